using System;
using System.Collections.Generic;

namespace ConflictModel.Interop.Acled;

/// <summary>The 31 columns of ACLED's export, in its order, with their positions.</summary>
internal static class AcledColumns
{
    public const int EventIdCnty = 0;
    public const int EventDate = 1;
    public const int Year = 2;
    public const int TimePrecision = 3;
    public const int DisorderType = 4;
    public const int EventType = 5;
    public const int SubEventType = 6;
    public const int Actor1 = 7;
    public const int AssocActor1 = 8;
    public const int Inter1 = 9;
    public const int Actor2 = 10;
    public const int AssocActor2 = 11;
    public const int Inter2 = 12;
    public const int Interaction = 13;
    public const int CivilianTargeting = 14;
    public const int Iso = 15;
    public const int Region = 16;
    public const int Country = 17;
    public const int Admin1 = 18;
    public const int Admin2 = 19;
    public const int Admin3 = 20;
    public const int Location = 21;
    public const int Latitude = 22;
    public const int Longitude = 23;
    public const int GeoPrecision = 24;
    public const int Source = 25;
    public const int SourceScale = 26;
    public const int Notes = 27;
    public const int Fatalities = 28;
    public const int Tags = 29;
    public const int Timestamp = 30;

    public const int Count = 31;

    /// <summary>The column names, indexed by the constants above.</summary>
    public static readonly string[] Names =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The columns a file must have: without them no event can be built.</summary>
    public static readonly int[] Required = [EventIdCnty, EventDate, EventType, SubEventType, Actor1];

    /// <summary>The columns computed from other cells rather than from the model; rendered after all others.</summary>
    public static readonly int[] Dependent = [Year, DisorderType, Interaction, CivilianTargeting];

    private static readonly Dictionary<string, int> Positions = CreatePositions();

    /// <summary>The position of a standard column, or -1 for any other name (an extra column).</summary>
    public static int IndexOf(string name) => Positions.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Whether a name is one of the 31 standard columns.</summary>
    public static bool IsStandard(string name) => Positions.ContainsKey(name);

    private static Dictionary<string, int> CreatePositions()
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            positions.Add(Names[i], i);
        }

        return positions;
    }
}
