using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// A point on the Earth's surface, as a WGS 84 latitude and longitude in decimal degrees.
/// </summary>
/// <remarks>
/// <para>
/// Latitude is in the range [-90, 90] (positive north) and longitude in the range [-180, 180]
/// (positive east). Values outside those ranges, NaN and infinities cannot be constructed.
/// </para>
/// <para>
/// The default value is (0, 0), which is a valid point (in the Gulf of Guinea); code that needs to
/// distinguish "no point" should use <c>GeoPoint?</c>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct GeoPoint
{
    // The bounds of each coordinate, in degrees either side of zero; readers check against them too.
    internal const double MaxLatitude = 90;
    internal const double MaxLongitude = 180;

    /// <summary>
    /// Creates a point from a latitude and a longitude in decimal degrees.
    /// </summary>
    /// <param name="latitude">The latitude in degrees, from -90 (south pole) to 90 (north pole) inclusive.</param>
    /// <param name="longitude">The longitude in degrees, from -180 to 180 inclusive; positive east of Greenwich.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="latitude"/> or <paramref name="longitude"/> is NaN, infinite or out of range.
    /// </exception>
    public GeoPoint(double latitude, double longitude)
    {
        // The comparisons alone would let NaN through (every comparison with NaN is false), hence IsFinite.
        if (!double.IsFinite(latitude) || latitude < -MaxLatitude || latitude > MaxLatitude)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be a finite number of degrees in the range [-90, 90].");
        }

        if (!double.IsFinite(longitude) || longitude < -MaxLongitude || longitude > MaxLongitude)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be a finite number of degrees in the range [-180, 180].");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>
    /// Gets the latitude in decimal degrees, in the range [-90, 90]; positive values are north of the equator.
    /// </summary>
    public double Latitude { get; }

    /// <summary>
    /// Gets the longitude in decimal degrees, in the range [-180, 180]; positive values are east of Greenwich.
    /// </summary>
    public double Longitude { get; }

    /// <summary>
    /// Returns the point as "latitude, longitude" in decimal degrees, formatted with the invariant culture
    /// (for example "48.9482, 38.4917").
    /// </summary>
    /// <returns>A culture-invariant representation of the point.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:R}, {Longitude:R}");
}
