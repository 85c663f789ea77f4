using ConflictModel.Cli.Text;

namespace ConflictModel.Cli.Tests;

public sealed class TextTableTests
{
    [Theory]
    [InlineData("Sievierodonetsk", 20, false, "Sievierodonetsk")]
    [InlineData("Sievierodonetsk", 8, false, "Sievier…")]
    [InlineData("seed-statement-stryuk-tv", 11, true, "seed-…uk-tv")]
    [InlineData("abc", 0, false, "")]
    public void Fit_cuts_text_with_an_ellipsis(string text, int width, bool inMiddle, string expected) =>
        Assert.Equal(expected, TextTable.Fit(text, width, inMiddle));

    [Fact]
    public void Columns_are_aligned_and_shrink_in_order_to_fit()
    {
        var table = new TextTable(new TextColumn(), new TextColumn(MinWidth: 4, ShrinkOrder: 1), new TextColumn(AlignRight: true));
        table.Add("a", "a long name that does not fit", "7");
        table.Add("bb", "short", "1,234");
        using var writer = new StringWriter();

        table.WriteTo(writer, 24, "  ");

        Assert.Equal(
            ["  a   a long nam…      7", "  bb  short        1,234"],
            writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
