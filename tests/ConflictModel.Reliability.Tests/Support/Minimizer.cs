namespace ConflictModel.Reliability.Tests.Support;

/// <summary>Shrinks a failing byte input by deleting chunks while it still fails (a simple delta debugging).</summary>
internal static class Minimizer
{
    public static byte[] Bytes(byte[] input, Func<byte[], bool> stillFails, int maxAttempts = 3000)
    {
        var current = input;
        var attempts = 0;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && attempts < maxAttempts; chunk /= 2)
        {
            var progress = true;
            while (progress && attempts < maxAttempts)
            {
                progress = false;
                for (var start = 0; start + chunk <= current.Length && attempts < maxAttempts; start += chunk)
                {
                    var candidate = new byte[current.Length - chunk];
                    current.AsSpan(0, start).CopyTo(candidate);
                    current.AsSpan(start + chunk).CopyTo(candidate.AsSpan(start));
                    attempts++;
                    bool fails;
                    try
                    {
                        fails = stillFails(candidate);
                    }
                    catch (Exception)
                    {
                        fails = false;
                    }

                    if (fails)
                    {
                        current = candidate;
                        progress = true;
                        start -= chunk;
                    }
                }
            }
        }

        return current;
    }
}
