using System.Globalization;

namespace ConflictModel.Cli.Text;

/// <summary>Counts with their noun: <c>1 event</c>, <c>41 events</c>, <c>120,000 events</c>.</summary>
internal static class Plural
{
    /// <summary>Formats a count with the singular or plural noun, with thousands separators.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one, e.g. <c>event</c>.</param>
    /// <param name="plural">The noun for any other count; the singular with an <c>s</c> when null.</param>
    /// <returns>The text.</returns>
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
