namespace ConflictModel.Reliability.Tests.Support;

/// <summary>Reads an asynchronous sequence to its end on the calling thread, for campaigns that run many inputs in parallel.</summary>
internal static class Drain
{
    public static List<T> ToList<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        var enumerator = source.GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                items.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return items;
    }
}
