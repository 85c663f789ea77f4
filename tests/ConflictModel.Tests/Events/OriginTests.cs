using ConflictModel.Events;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Events;

public class OriginTests
{
    private static readonly Strike Imported = new()
    {
        Id = "acled-ARG10607",
        Attacker = new Actor { Name = "Military Forces of Argentina" },
        Origin = new Origin
        {
            Dataset = "acled",
            RecordId = "ARG10607",
            Fields = [new OriginField("inter1", "1"), new OriginField("tags", "crowd size=no report")],
        },
    };

    [Fact]
    public void An_origin_travels_with_its_kept_cells_in_order()
    {
        var json = ConflictJson.Serialize(Imported);

        Assert.Contains("\"origin\":{\"dataset\":\"acled\",\"recordId\":\"ARG10607\",\"fields\":{\"inter1\":\"1\",\"tags\":\"crowd size=no report\"}}", json);
        var read = ConflictJson.Deserialize(json);
        Assert.Equal(Imported, read);
        Assert.Equal("crowd size=no report", read.Origin!["tags"]);
        Assert.Null(read.Origin["missing"]);
    }

    [Fact]
    public void A_blank_dataset_cannot_be_constructed_or_read()
    {
        Assert.Throws<ArgumentException>(() => new Origin { Dataset = " " });
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"strike","id":"s","attacker":{"name":"a"},"origin":{"recordId":"X"}}"""));
        Assert.Equal("$.origin", e.Path);
    }
}
