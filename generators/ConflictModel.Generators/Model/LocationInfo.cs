using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators.Model;

/// <summary>A cache-safe stand-in for <see cref="Location"/>: a span inside a schema file.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
