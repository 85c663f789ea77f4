using System;

namespace ConflictModel;

/// <summary>
/// Where an event happened, as precisely as the report says: a named place, its administrative areas,
/// its country, optionally coordinates, and how precise all that is.
/// </summary>
/// <remarks>
/// <para>
/// For example Sievierodonetsk is <c>new Place { Name = "Sievierodonetsk", Admin1 = "Luhansk", Country = new CountryCode("UA"),
/// Point = new GeoPoint(48.9482, 38.4917) }</c>, with the default precision <see cref="PlacePrecision.Locality"/>.
/// </para>
/// <para>
/// <see cref="Name"/> is required and never empty or whitespace; assigning such a name throws, also in a <c>with</c> expression.
/// Equality is value equality over all properties.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Place
{
    // Backing fields so the init accessors can validate; the initial values are always overwritten
    // (Name is required) or are the documented default (Precision).
    private readonly string _name = string.Empty;
    private readonly PlacePrecision _precision = PlacePrecision.Locality;

    /// <summary>
    /// Gets the name of the place as the report gives it, for example "Sievierodonetsk" or "Luhansk region".
    /// Never empty or whitespace.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value being initialised is null.</exception>
    /// <exception cref="ArgumentException">The value being initialised is empty or whitespace.</exception>
    public required string Name
    {
        get => _name;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Name));
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"A place name must not be empty or whitespace, but was \"{value}\".", nameof(Name));
            }

            _name = value;
        }
    }

    /// <summary>
    /// Gets the first-level administrative area (oblast, province, state), for example "Luhansk"; null if not known.
    /// </summary>
    public string? Admin1 { get; init; }

    /// <summary>
    /// Gets the second-level administrative area (district, raion), for example "Sievierodonetsk raion"; null if not known.
    /// </summary>
    public string? Admin2 { get; init; }

    /// <summary>
    /// Gets the third-level administrative area (municipality, hromada); null if not known.
    /// </summary>
    public string? Admin3 { get; init; }

    /// <summary>
    /// Gets the country the place is in; null if not known.
    /// </summary>
    public CountryCode? Country { get; init; }

    /// <summary>
    /// Gets the coordinates of the place, if known; how closely they locate the event is given by <see cref="Precision"/>.
    /// </summary>
    public GeoPoint? Point { get; init; }

    /// <summary>
    /// Gets how precisely the event is located; <see cref="PlacePrecision.Locality"/> unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value being initialised is not a defined <see cref="PlacePrecision"/> value.</exception>
    public PlacePrecision Precision
    {
        get => _precision;
        init
        {
            if (value is < PlacePrecision.Exact or > PlacePrecision.Approximate)
            {
                throw new ArgumentOutOfRangeException(nameof(Precision), value, "Precision is not a defined PlacePrecision value.");
            }

            _precision = value;
        }
    }
}
