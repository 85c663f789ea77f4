using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// The countries UCDP names, by Gleditsch–Ward number (GED's <c>country_id</c>, <c>gwnoa</c>, <c>gwnob</c>) and by UCDP's
/// country name (GED's <c>country</c>, e.g. <c>DR Congo (Zaire)</c>), with their ISO 3166-1 alpha-2 codes.
/// </summary>
/// <remarks>
/// <para>
/// The table covers the countries of the shared GED sample and a few more; a number or name it does not hold gives no
/// country, and the importer keeps the raw cell in <see cref="Origin"/> either way. States that no longer exist are mapped
/// to the ISO code of the state that continues them in GW numbering: 345 Serbia (Yugoslavia) to RS, 365 Russia (Soviet
/// Union) to RU, 678 Yemen (North Yemen) to YE.
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class UcdpCountries
{
    private static readonly (int Gw, string Name, string Alpha2)[] Table =
    [
        (2, "United States of America", "US"),
        (20, "Canada", "CA"),
        (41, "Haiti", "HT"),
        (70, "Mexico", "MX"),
        (90, "Guatemala", "GT"),
        (92, "El Salvador", "SV"),
        (93, "Nicaragua", "NI"),
        (100, "Colombia", "CO"),
        (101, "Venezuela", "VE"),
        (130, "Ecuador", "EC"),
        (135, "Peru", "PE"),
        (140, "Brazil", "BR"),
        (200, "United Kingdom", "GB"),
        (220, "France", "FR"),
        (255, "Germany", "DE"),
        (344, "Croatia", "HR"),
        (345, "Serbia (Yugoslavia)", "RS"),
        (346, "Bosnia-Herzegovina", "BA"),
        (365, "Russia (Soviet Union)", "RU"),
        (369, "Ukraine", "UA"),
        (371, "Armenia", "AM"),
        (372, "Georgia", "GE"),
        (373, "Azerbaijan", "AZ"),
        (432, "Mali", "ML"),
        (436, "Niger", "NE"),
        (439, "Burkina Faso", "BF"),
        (450, "Liberia", "LR"),
        (451, "Sierra Leone", "SL"),
        (452, "Ghana", "GH"),
        (471, "Cameroon", "CM"),
        (475, "Nigeria", "NG"),
        (483, "Chad", "TD"),
        (482, "Central African Republic", "CF"),
        (490, "DR Congo (Zaire)", "CD"),
        (500, "Uganda", "UG"),
        (501, "Kenya", "KE"),
        (510, "Tanzania", "TZ"),
        (516, "Burundi", "BI"),
        (517, "Rwanda", "RW"),
        (520, "Somalia", "SO"),
        (530, "Ethiopia", "ET"),
        (531, "Eritrea", "ER"),
        (540, "Angola", "AO"),
        (541, "Mozambique", "MZ"),
        (560, "South Africa", "ZA"),
        (572, "Kingdom of eSwatini (Swaziland)", "SZ"),
        (581, "Comoros", "KM"),
        (600, "Morocco", "MA"),
        (615, "Algeria", "DZ"),
        (620, "Libya", "LY"),
        (625, "Sudan", "SD"),
        (626, "South Sudan", "SS"),
        (630, "Iran", "IR"),
        (640, "Turkey", "TR"),
        (645, "Iraq", "IQ"),
        (651, "Egypt", "EG"),
        (652, "Syria", "SY"),
        (660, "Lebanon", "LB"),
        (663, "Jordan", "JO"),
        (666, "Israel", "IL"),
        (670, "Saudi Arabia", "SA"),
        (678, "Yemen (North Yemen)", "YE"),
        (700, "Afghanistan", "AF"),
        (702, "Tajikistan", "TJ"),
        (710, "China", "CN"),
        (750, "India", "IN"),
        (770, "Pakistan", "PK"),
        (771, "Bangladesh", "BD"),
        (775, "Myanmar (Burma)", "MM"),
        (780, "Sri Lanka", "LK"),
        (790, "Nepal", "NP"),
        (800, "Thailand", "TH"),
        (811, "Cambodia (Kampuchea)", "KH"),
        (812, "Laos", "LA"),
        (840, "Philippines", "PH"),
        (850, "Indonesia", "ID"),
    ];

    private static readonly FrozenDictionary<int, CountryCode> ByGw =
        Table.ToFrozenDictionary(static e => e.Gw, static e => new CountryCode(e.Alpha2));

    private static readonly FrozenDictionary<string, CountryCode> ByName =
        Table.ToFrozenDictionary(static e => e.Name, static e => new CountryCode(e.Alpha2), StringComparer.OrdinalIgnoreCase);

    /// <summary>The country with a Gleditsch–Ward number, e.g. 652 → SY.</summary>
    /// <param name="gleditschWard">The GW number, as in GED's <c>country_id</c>, <c>gwnoa</c> or <c>gwnob</c>.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 code, when the table has the number.</param>
    /// <returns>Whether the table has the number.</returns>
    public static bool TryGetByGleditschWard(int gleditschWard, out CountryCode country) =>
        ByGw.TryGetValue(gleditschWard, out country);

    /// <summary>The country UCDP calls by a name, e.g. <c>DR Congo (Zaire)</c> → CD (case-insensitive).</summary>
    /// <param name="name">The name as in GED's <c>country</c> column.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 code, when the table has the name.</param>
    /// <returns>Whether the table has the name.</returns>
    public static bool TryGetByName([NotNullWhen(true)] string? name, out CountryCode country)
    {
        country = default;
        return name is not null && ByName.TryGetValue(name, out country);
    }

    /// <summary>The GW numbers the table holds, in ascending order.</summary>
    public static IReadOnlyList<int> GleditschWardNumbers { get; } = [.. ByGw.Keys.Order()];
}
