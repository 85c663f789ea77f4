namespace ConflictModel;

/// <summary>
/// How precisely a report locates an event; see <see cref="Place"/>.
/// </summary>
public enum PlacePrecision
{
    /// <summary>The coordinates are those of the spot itself (for example a named building or a geolocated video).</summary>
    Exact,

    /// <summary>The event happened in a town, village or city; any coordinates are those of the locality.</summary>
    Locality,

    /// <summary>The event happened near a named locality, not necessarily in it.</summary>
    Near,

    /// <summary>Only the second-level administrative area (district, raion) is known.</summary>
    District,

    /// <summary>Only the first-level administrative area (oblast, province, region) is known.</summary>
    Region,

    /// <summary>Only the country is known.</summary>
    Country,

    /// <summary>The location is only roughly known (for example "in the east", "along the front line").</summary>
    Approximate,
}
