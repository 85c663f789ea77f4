using System;
using System.Collections.Generic;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// ACLED's countries: the numeric ISO 3166-1 code of its <c>iso</c> column, the alpha-2 code the model uses,
/// and the country and region names ACLED writes. Covers every country of the shared samples and the other
/// countries ACLED covers most; a country missing here imports with a null <see cref="Place.Country"/> and its
/// <c>iso</c>, <c>country</c> and <c>region</c> cells are kept on the event's <see cref="Origin"/>.
/// </summary>
internal static class AcledCountries
{
    private static readonly Country[] All =
    [
        new(4, "AF", "Afghanistan", "Caucasus and Central Asia"),
        new(12, "DZ", "Algeria", "Northern Africa"),
        new(32, "AR", "Argentina", "South America"),
        new(40, "AT", "Austria", "Europe"),
        new(50, "BD", "Bangladesh", "South Asia"),
        new(68, "BO", "Bolivia", "South America"),
        new(70, "BA", "Bosnia and Herzegovina", "Europe"),
        new(76, "BR", "Brazil", "South America"),
        new(100, "BG", "Bulgaria", "Europe"),
        new(104, "MM", "Myanmar", "Southeast Asia"),
        new(108, "BI", "Burundi", "Eastern Africa"),
        new(112, "BY", "Belarus", "Europe"),
        new(120, "CM", "Cameroon", "Middle Africa"),
        new(140, "CF", "Central African Republic", "Middle Africa"),
        new(144, "LK", "Sri Lanka", "South Asia"),
        new(148, "TD", "Chad", "Middle Africa"),
        new(156, "CN", "China", "East Asia"),
        new(170, "CO", "Colombia", "South America"),
        new(180, "CD", "Democratic Republic of Congo", "Middle Africa"),
        new(192, "CU", "Cuba", "Caribbean"),
        new(222, "SV", "El Salvador", "Central America"),
        new(231, "ET", "Ethiopia", "Eastern Africa"),
        new(250, "FR", "France", "Europe"),
        new(275, "PS", "Palestine", "Middle East"),
        new(276, "DE", "Germany", "Europe"),
        new(300, "GR", "Greece", "Europe"),
        new(332, "HT", "Haiti", "Caribbean"),
        new(356, "IN", "India", "South Asia"),
        new(364, "IR", "Iran", "Middle East"),
        new(368, "IQ", "Iraq", "Middle East"),
        new(372, "IE", "Ireland", "Europe"),
        new(376, "IL", "Israel", "Middle East"),
        new(404, "KE", "Kenya", "Eastern Africa"),
        new(408, "KP", "North Korea", "East Asia"),
        new(422, "LB", "Lebanon", "Middle East"),
        new(434, "LY", "Libya", "Northern Africa"),
        new(466, "ML", "Mali", "Western Africa"),
        new(484, "MX", "Mexico", "North America"),
        new(508, "MZ", "Mozambique", "Southern Africa"),
        new(562, "NE", "Niger", "Western Africa"),
        new(566, "NG", "Nigeria", "Western Africa"),
        new(586, "PK", "Pakistan", "South Asia"),
        new(591, "PA", "Panama", "Central America"),
        new(600, "PY", "Paraguay", "South America"),
        new(608, "PH", "Philippines", "Southeast Asia"),
        new(616, "PL", "Poland", "Europe"),
        new(643, "RU", "Russia", "Europe"),
        new(703, "SK", "Slovakia", "Europe"),
        new(706, "SO", "Somalia", "Eastern Africa"),
        new(710, "ZA", "South Africa", "Southern Africa"),
        new(728, "SS", "South Sudan", "Eastern Africa"),
        new(729, "SD", "Sudan", "Northern Africa"),
        new(760, "SY", "Syria", "Middle East"),
        new(764, "TH", "Thailand", "Southeast Asia"),
        new(792, "TR", "Turkey", "Middle East"),
        new(796, "TC", "Turks and Caicos Islands", "Caribbean"),
        new(800, "UG", "Uganda", "Eastern Africa"),
        new(804, "UA", "Ukraine", "Europe"),
        new(826, "GB", "United Kingdom", "Europe"),
        new(834, "TZ", "Tanzania", "Eastern Africa"),
        new(840, "US", "United States", "North America"),
        new(854, "BF", "Burkina Faso", "Western Africa"),
        new(887, "YE", "Yemen", "Middle East"),
    ];

    private static readonly Dictionary<int, Country> ByNumeric = Index(c => c.Numeric, EqualityComparer<int>.Default);
    private static readonly Dictionary<string, Country> ByAlpha2 = Index(c => c.Alpha2, StringComparer.Ordinal);
    private static readonly Dictionary<string, Country> ByName = Index(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>All countries of the table.</summary>
    public static IReadOnlyList<Country> Countries => All;

    public static Country? FromNumeric(int numeric) => ByNumeric.TryGetValue(numeric, out var country) ? country : null;

    public static Country? FromName(string name) => ByName.TryGetValue(name.Trim(), out var country) ? country : null;

    public static Country? FromCode(CountryCode code) => ByAlpha2.TryGetValue(code.Value, out var country) ? country : null;

    private static Dictionary<TKey, Country> Index<TKey>(Func<Country, TKey> key, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, Country>(comparer);
        foreach (var country in All)
        {
            index.Add(key(country), country);
        }

        return index;
    }

    /// <summary>One country as ACLED names it.</summary>
    /// <param name="Numeric">The ISO 3166-1 numeric code (ACLED's <c>iso</c>).</param>
    /// <param name="Alpha2">The ISO 3166-1 alpha-2 code.</param>
    /// <param name="Name">ACLED's <c>country</c> name.</param>
    /// <param name="Region">ACLED's <c>region</c>.</param>
    internal sealed record Country(int Numeric, string Alpha2, string Name, string Region)
    {
        public CountryCode Code => new(Alpha2);
    }
}
