using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel.Interop.Plover;

/// <summary>The sixteen PLOVER event types ("cue categories"), in the manual's order from verbal cooperation to material conflict.</summary>
public enum PloverEventType
{
    /// <summary><c>AGREE</c>: agree to, offer or promise cooperation (verbal cooperation).</summary>
    Agree,

    /// <summary><c>CONSULT</c>: meetings, visits, talks, calls (verbal cooperation).</summary>
    Consult,

    /// <summary><c>SUPPORT</c>: diplomatic, non-material support, praise, recognition (verbal cooperation).</summary>
    Support,

    /// <summary><c>CONCEDE</c>: verbal concessions without immediate material consequence (verbal cooperation).</summary>
    Concede,

    /// <summary><c>COOPERATE</c>: mutual material cooperation (material cooperation).</summary>
    Cooperate,

    /// <summary><c>AID</c>: material aid benefiting the recipient (material cooperation).</summary>
    Aid,

    /// <summary><c>RETREAT</c>: material concessions: withdrawals, releases, ceasefires, resignations (material cooperation).</summary>
    Retreat,

    /// <summary><c>REQUEST</c>: requests, demands and orders (verbal conflict); <c>DEMAND</c> in earlier drafts of the manual.</summary>
    Request,

    /// <summary><c>ACCUSE</c>: disapproval, accusations, lawsuits, investigations (verbal conflict); <c>DISAPPROVE</c> and
    /// <c>INVESTIGATE</c> in earlier drafts.</summary>
    Accuse,

    /// <summary><c>REJECT</c>: rejections and refusals (verbal conflict).</summary>
    Reject,

    /// <summary><c>THREATEN</c>: threats and ultimatums (verbal conflict).</summary>
    Threaten,

    /// <summary><c>PROTEST</c>: demonstrations, riots, strikes, boycotts (material conflict).</summary>
    Protest,

    /// <summary><c>SANCTION</c>: reductions of relations, sanctions, expulsions, convictions (material conflict).</summary>
    Sanction,

    /// <summary><c>MOBILIZE</c>: military or police moves short of the use of force (material conflict).</summary>
    Mobilize,

    /// <summary><c>COERCE</c>: repression and restrictions: arrests, curfews, censorship, confiscation (material conflict).</summary>
    Coerce,

    /// <summary><c>ASSAULT</c>: deliberate actions that can cause substantial physical harm, including fighting (material conflict);
    /// <c>FIGHT</c> in earlier drafts.</summary>
    Assault,
}

/// <summary>The codes and modes of <see cref="PloverEventType"/>.</summary>
/// <remarks>
/// <para>
/// The modes are those the PLOVER manual lists for each type (draft 0.7 of <c>openeventdata/PLOVER</c>); types the manual gives
/// no modes (AGREE, SUPPORT, CONCEDE, COOPERATE) have none. REQUEST has DEMAND's modes (<c>assist</c>, <c>change</c>,
/// <c>yield</c>, <c>meet</c>) and AID's (<c>economic</c>, <c>military</c>, <c>humanitarian</c>, <c>asylum</c>), which the drafts
/// shared between them; ASSAULT also has <c>aerial</c>, the later name for air and drone attacks. Modes of the 0.5 drafts that
/// the gold-standard records use (<c>riot-spon</c>, <c>demo-org</c>, <c>strike-hun</c>, <c>detain</c>, …) are read as well;
/// see <see cref="NormalizeMode"/>.
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class PloverEventTypes
{
    private static readonly string[] Codes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    private static readonly Dictionary<string, PloverEventType> ByCode = CreateByCode();

    private static readonly string[][] ModeTable =
    [
        [],
        ["visit", "third-party", "multilateral", "phone"],
        [],
        [],
        [],
        ["economic", "military", "humanitarian", "asylum"],
        ["withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"],
        ["assist", "change", "yield", "meet", "economic", "military", "humanitarian", "asylum"],
        ["disapprove", "investigate", "allege"],
        ["assist", "change", "yield", "meet"],
        ["restrict", "ban", "arrest", "relations", "expel", "territory", "violence"],
        ["demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"],
        ["convict", "expel", "withdraw", "discontinue"],
        ["troops", "weapons", "police", "militia"],
        ["confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"],
        [
            "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms", "explosives",
            "suicide-attack", "heavy-weapons", "cleansing", "massacre", "unconventional", "sideAB", "aerial",
        ],
    ];

    /// <summary>All sixteen types, in the manual's order.</summary>
    public static IReadOnlyList<PloverEventType> All { get; } =
    [
        PloverEventType.Agree, PloverEventType.Consult, PloverEventType.Support, PloverEventType.Concede,
        PloverEventType.Cooperate, PloverEventType.Aid, PloverEventType.Retreat, PloverEventType.Request,
        PloverEventType.Accuse, PloverEventType.Reject, PloverEventType.Threaten, PloverEventType.Protest,
        PloverEventType.Sanction, PloverEventType.Mobilize, PloverEventType.Coerce, PloverEventType.Assault,
    ];

    /// <summary>The type's code as PLOVER writes it, e.g. <c>ASSAULT</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The upper-case code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static string ToCode(this PloverEventType type) =>
        type is >= PloverEventType.Agree and <= PloverEventType.Assault
            ? Codes[(int)type]
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a PLOVER event type.");

    /// <summary>
    /// Parses a PLOVER event type code (case-insensitive), including the names of earlier drafts: <c>DEMAND</c> is
    /// <see cref="PloverEventType.Request"/>, <c>DISAPPROVE</c> and <c>INVESTIGATE</c> are <see cref="PloverEventType.Accuse"/>,
    /// <c>FIGHT</c> is <see cref="PloverEventType.Assault"/>.
    /// </summary>
    /// <param name="code">The code, e.g. <c>ASSAULT</c>.</param>
    /// <param name="type">The type, when recognised.</param>
    /// <returns>Whether the code names a type.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out PloverEventType type)
    {
        type = default;
        return code is not null && ByCode.TryGetValue(code.Trim(), out type);
    }

    /// <summary>The mode an earlier draft's code implies for the current type: <c>investigate</c> for <c>INVESTIGATE</c>,
    /// <c>disapprove</c> for <c>DISAPPROVE</c>; null otherwise.</summary>
    /// <param name="code">The code as read.</param>
    /// <returns>The implied mode, or null.</returns>
    public static string? ImpliedMode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "INVESTIGATE" => "investigate",
        "DISAPPROVE" => "disapprove",
        _ => null,
    };

    /// <summary>The modes the manual lists for a type, in its order; empty for types without modes.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The mode names.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static IReadOnlyList<string> Modes(this PloverEventType type) =>
        type is >= PloverEventType.Agree and <= PloverEventType.Assault
            ? ModeTable[(int)type]
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a PLOVER event type.");

    /// <summary>
    /// Maps a mode of the 0.5 drafts to its current name, and trims and lower-cases any mode (except <c>sideAB</c>):
    /// <c>demo-org</c>/<c>demo-spon</c> → <c>demo</c>, <c>riot-org</c>/<c>riot-spon</c> → <c>riot</c>, <c>strike-gen</c> →
    /// <c>general</c>, <c>strike-lim</c> → <c>strike</c>, <c>strike-hun</c> → <c>hunger</c>, <c>detain</c> → <c>arrest</c>,
    /// <c>explosion</c> → <c>explosives</c>.
    /// </summary>
    /// <param name="mode">The mode as read.</param>
    /// <returns>The current name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mode"/> is null.</exception>
    public static string NormalizeMode(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        string trimmed = mode.Trim();
        if (string.Equals(trimmed, "sideAB", StringComparison.OrdinalIgnoreCase))
        {
            return "sideAB";
        }

        return trimmed.ToLowerInvariant() switch
        {
            "demo-org" or "demo-spon" => "demo",
            "riot-org" or "riot-spon" => "riot",
            "strike-gen" => "general",
            "strike-lim" => "strike",
            "strike-hun" => "hunger",
            "detain" => "arrest",
            "explosion" => "explosives",
            var other => other,
        };
    }

    private static Dictionary<string, PloverEventType> CreateByCode()
    {
        var map = new Dictionary<string, PloverEventType>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Codes.Length; i++)
        {
            map[Codes[i]] = (PloverEventType)i;
        }

        map["DEMAND"] = PloverEventType.Request;
        map["DISAPPROVE"] = PloverEventType.Accuse;
        map["INVESTIGATE"] = PloverEventType.Accuse;
        map["FIGHT"] = PloverEventType.Assault;
        return map;
    }
}
