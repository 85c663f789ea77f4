using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Events;

namespace ConflictModel.Interop.Plover;

/// <summary>A PLOVER event type with its modes, e.g. <c>ASSAULT</c> with <c>aerial</c>.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Modes">The modes, in the manual's spelling; empty when none applies.</param>
/// <remarks>Immutable and thread-safe; equality includes the modes in order.</remarks>
public sealed record PloverCode(PloverEventType Type, ValueList<string> Modes)
{
    /// <summary>The type's code and modes, e.g. <c>ASSAULT (aerial)</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => Modes.IsEmpty ? Type.ToCode() : Type.ToCode() + " (" + string.Join(", ", Modes) + ")";
}

/// <summary>
/// The two-way mapping between PLOVER event types with their modes and this model's event kinds.
/// </summary>
/// <remarks>
/// <para>From PLOVER to a kind (what <see cref="PloverReader"/> builds):</para>
/// <list type="table">
/// <listheader><term>PLOVER</term><description>kind</description></listheader>
/// <item><term>AGREE</term><description><see cref="Agreement"/>, every actor a party.</description></item>
/// <item><term>CONSULT</term><description><see cref="Statement"/> of kind <see cref="StatementKind.Other"/> with the content
/// "Consultation or meeting": the model has no meeting kind.</description></item>
/// <item><term>SUPPORT</term><description><see cref="Statement"/>, <see cref="StatementKind.Other"/>, "Expression of support".</description></item>
/// <item><term>CONCEDE</term><description><see cref="Statement"/>, <see cref="StatementKind.Announcement"/>, "Verbal concession".</description></item>
/// <item><term>COOPERATE</term><description><see cref="DiplomaticDecision"/> (decision <see cref="DecisionKind.Other"/>), as the
/// schema's <c>maps</c> say.</description></item>
/// <item><term>AID</term><description><see cref="Evacuation"/> when the text speaks of evacuating and a place is given; otherwise
/// <see cref="Statement"/>, <see cref="StatementKind.Other"/>, "Provision of aid".</description></item>
/// <item><term>RETREAT</term><description><see cref="Withdrawal"/> (status <see cref="WithdrawalStatus.UnderWay"/>) for mode
/// <c>withdraw</c> with a place; otherwise <see cref="Statement"/>, <see cref="StatementKind.Other"/>, "Material concession or
/// retreat" (releases, returns, disarming, ceasefires, access, resignations have no kind).</description></item>
/// <item><term>REQUEST</term><description><see cref="WeaponsRequest"/> for mode <c>military</c>, or mode <c>assist</c> in a
/// <c>military</c> context; otherwise <see cref="Statement"/> of kind <see cref="StatementKind.Demand"/>.</description></item>
/// <item><term>ACCUSE</term><description><see cref="Statement"/> of kind <see cref="StatementKind.Condemnation"/> for mode
/// <c>disapprove</c>; otherwise <see cref="Accusation"/> (allegation <see cref="AllegationKind.Other"/>).</description></item>
/// <item><term>REJECT</term><description><see cref="Statement"/> of kind <see cref="StatementKind.Denial"/>.</description></item>
/// <item><term>THREATEN</term><description><see cref="Statement"/> of kind <see cref="StatementKind.Threat"/>.</description></item>
/// <item><term>PROTEST</term><description><see cref="Riot"/> for mode <c>riot</c>, otherwise <see cref="Protest"/>.</description></item>
/// <item><term>SANCTION</term><description><see cref="Sanction"/>.</description></item>
/// <item><term>MOBILIZE</term><description><see cref="StrategicDevelopment"/> (development <see cref="DevelopmentKind.Other"/>),
/// the nearest kind.</description></item>
/// <item><term>COERCE</term><description><see cref="Arrest"/> for mode <c>arrest</c>; <see cref="PropertyDestruction"/> for
/// <c>confiscate</c> (a seizure); otherwise <see cref="Statement"/>, <see cref="StatementKind.Other"/>, "Coercion or repression".</description></item>
/// <item><term>ASSAULT</term><description><see cref="PropertyDestruction"/> for <c>destroy</c>; <see cref="Strike"/> for
/// <c>aerial</c>, <c>heavy-weapons</c>, <c>explosives</c>, <c>suicide-attack</c> or <c>unconventional</c>;
/// <see cref="AttackOnCivilians"/> for <c>abduct</c>, <c>sexual</c>, <c>beat</c>, <c>torture</c>, <c>execute</c>,
/// <c>assassinate</c>, <c>massacre</c> or <c>cleansing</c>; <see cref="ArmedClash"/> for <c>sideAB</c> or two or more source
/// actors; otherwise <see cref="AttackOnCivilians"/> when every recipient is civilian, <see cref="GroundAssault"/> (action
/// <see cref="AssaultAction.Attack"/>) when there is a recipient, and <see cref="ArmedClash"/> when there is none.</description></item>
/// </list>
/// <para>
/// Back from a kind (what <see cref="PloverWriter"/> writes, see <see cref="CodeFor(ConflictEvent)"/>): each kind's
/// <c>maps.plover</c> code from its schema, with the mode its fields imply (weapons give <c>heavy-weapons</c>, <c>aerial</c>,
/// <c>explosives</c>, <c>suicide-attack</c>, <c>unconventional</c> or <c>firearms</c>); a <see cref="PropertyDestruction"/>
/// that demolished, burned or vandalised is ASSAULT <c>destroy</c>, one that seized or looted is COERCE <c>confiscate</c>;
/// <see cref="StrategicDevelopment"/> is MOBILIZE; a <see cref="Statement"/> goes by its kind (demand → REQUEST, denial →
/// REJECT, threat → THREATEN, condemnation → ACCUSE) or by the content the reader gave it. Kinds and statements PLOVER has no
/// category for (a claim, an assessment, a change of command, control of territory, an information operation) have no code.
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class PloverMapping
{
    /// <summary>The content of a CONSULT statement.</summary>
    public const string ConsultContent = "Consultation or meeting";

    /// <summary>The content of a SUPPORT statement.</summary>
    public const string SupportContent = "Expression of support";

    /// <summary>The content of a CONCEDE statement.</summary>
    public const string ConcedeContent = "Verbal concession";

    /// <summary>The content of an AID statement (aid other than an evacuation).</summary>
    public const string AidContent = "Provision of aid";

    /// <summary>The content of a RETREAT statement (a retreat other than a withdrawal from a place).</summary>
    public const string RetreatContent = "Material concession or retreat";

    /// <summary>The content of a COERCE statement (coercion other than an arrest or a seizure).</summary>
    public const string CoerceContent = "Coercion or repression";

    /// <summary>
    /// The actor put where a kind requires one and the record names none (PLOVER leaves the source of some events
    /// implicit); the writer leaves it out.
    /// </summary>
    public static Actor UnidentifiedActor { get; } = new() { Name = "unidentified", Kind = ActorKind.Other };

    private static readonly (PloverEventType Type, string Content, StatementKind Kind)[] Fallbacks =
    [
        (PloverEventType.Consult, ConsultContent, StatementKind.Other),
        (PloverEventType.Support, SupportContent, StatementKind.Other),
        (PloverEventType.Concede, ConcedeContent, StatementKind.Announcement),
        (PloverEventType.Aid, AidContent, StatementKind.Other),
        (PloverEventType.Retreat, RetreatContent, StatementKind.Other),
        (PloverEventType.Coerce, CoerceContent, StatementKind.Other),
    ];

    private static readonly string[] StrikeModes = ["aerial", "heavy-weapons", "explosives", "suicide-attack", "unconventional"];
    private static readonly string[] OneSidedModes = ["abduct", "sexual", "beat", "torture", "execute", "assassinate", "massacre", "cleansing"];

    /// <summary>
    /// The kind a PLOVER type and modes become, for a record with one source actor, no recipient, a place, and a text that
    /// does not speak of evacuating (<see cref="PloverReader"/> looks at the actual actors, place and text; see the class remarks).
    /// </summary>
    /// <param name="type">The event type.</param>
    /// <param name="modes">The modes, in any spelling <see cref="PloverEventTypes.NormalizeMode"/> accepts; null for none.</param>
    /// <param name="contexts">The contexts (REQUEST in a <c>military</c> context is a weapons request); null for none.</param>
    /// <returns>The kind.</returns>
    public static EventKind KindFor(PloverEventType type, IEnumerable<string>? modes = null, IEnumerable<string>? contexts = null) =>
        KindOf(Choose(type, Normalize(modes), contexts?.ToList() ?? [], new Shape(1, 0, false, true, false)));

    /// <summary>Every kind a PLOVER type can become, whatever its modes and actors.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The kinds, without duplicates.</returns>
    public static IReadOnlyList<EventKind> KindsFor(PloverEventType type)
    {
        var shapes = new[]
        {
            default(Shape),
            new Shape(2, 0, false, true, true),
            new Shape(1, 1, true, true, false),
            new Shape(1, 1, false, true, false),
        };
        var modeSets = new List<IReadOnlyList<string>> { Array.Empty<string>() };
        foreach (var mode in type.Modes())
        {
            modeSets.Add([mode]);
        }

        var kinds = new List<EventKind>();
        foreach (var modes in modeSets)
        {
            foreach (var shape in shapes)
            {
                foreach (var context in new[] { Array.Empty<string>(), new[] { "military" } })
                {
                    var kind = KindOf(Choose(type, modes, context, shape));
                    if (!kinds.Contains(kind))
                    {
                        kinds.Add(kind);
                    }
                }
            }
        }

        return kinds;
    }

    /// <summary>The PLOVER type an event kind is written as, from the kind's <c>maps.plover</c> or this mapping's table;
    /// null for <see cref="Statement"/> (it depends on the statement) and for kinds PLOVER has no category for.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The type, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static PloverEventType? TypeFor(EventKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.ClrType == typeof(StrategicDevelopment))
        {
            return PloverEventType.Mobilize;
        }

        foreach (var code in kind.CodesIn("plover"))
        {
            if (PloverEventTypes.TryParse(code, out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The PLOVER type and modes an event is written as; null when PLOVER has no category for it.</summary>
    /// <param name="conflictEvent">The event.</param>
    /// <returns>The code, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conflictEvent"/> is null.</exception>
    public static PloverCode? CodeFor(ConflictEvent conflictEvent)
    {
        ArgumentNullException.ThrowIfNull(conflictEvent);
        switch (conflictEvent)
        {
            case Statement statement:
                return StatementCode(statement);
            case PropertyDestruction destruction:
                bool destroyed = destruction.Acts.Any(a => a is DestructionAct.Demolition or DestructionAct.Arson or DestructionAct.Vandalism);
                return destroyed ? Code(PloverEventType.Assault, "destroy") : Code(PloverEventType.Coerce, "confiscate");
            case Strike strike:
                return new PloverCode(PloverEventType.Assault, WeaponModes(strike.Weapons));
            case GroundAssault assault:
                return new PloverCode(PloverEventType.Assault, WeaponModes(assault.Weapons));
            case ArmedClash clash:
                return new PloverCode(PloverEventType.Assault, WeaponModes(clash.Weapons));
            case AttackOnCivilians attack:
                return attack.Violence switch
                {
                    CivilianViolence.Abduction => Code(PloverEventType.Assault, "abduct"),
                    CivilianViolence.SexualViolence => Code(PloverEventType.Assault, "sexual"),
                    _ => new PloverCode(PloverEventType.Assault, WeaponModes(attack.Weapons)),
                };
            case Withdrawal:
                return Code(PloverEventType.Retreat, "withdraw");
            case Evacuation:
                return Code(PloverEventType.Aid, "humanitarian");
            case WeaponsRequest:
                return Code(PloverEventType.Request, "assist");
            case Accusation:
                return Code(PloverEventType.Accuse, "allege");
            case Protest:
                return Code(PloverEventType.Protest, "demo");
            case Riot:
                return Code(PloverEventType.Protest, "riot");
            case Arrest:
                return Code(PloverEventType.Coerce, "arrest");
            case StrategicDevelopment development:
                return development.Weapons.IsEmpty ? Code(PloverEventType.Mobilize) : Code(PloverEventType.Mobilize, "weapons");
            default:
                return TypeFor(conflictEvent.EventKind) is { } type ? Code(type) : null;
        }
    }

    /// <summary>
    /// The PLOVER type of a CAMEO code, by the manual's translation of CAMEO cue categories: 03 AGREE, 04 CONSULT, 05 SUPPORT,
    /// 06 COOPERATE, 07 AID, 081–083 CONCEDE, 084–087 RETREAT, 09 and 11 ACCUSE, 10 REQUEST, 12 REJECT, 13 THREATEN, 14 PROTEST,
    /// 15 MOBILIZE, 16 SANCTION, 17 COERCE, 18, 19 and 20 ASSAULT; null for 01 and 02 (statements and appeals, which PLOVER
    /// dropped), for a bare 08, and for anything else.
    /// </summary>
    /// <param name="cameoCode">A CAMEO code of two to four digits, e.g. <c>194</c>.</param>
    /// <returns>The type, or null.</returns>
    public static PloverEventType? TypeForCameo(string? cameoCode)
    {
        if (!CameoCodes.IsCode(cameoCode))
        {
            return null;
        }

        return cameoCode[..2] switch
        {
            "03" => PloverEventType.Agree,
            "04" => PloverEventType.Consult,
            "05" => PloverEventType.Support,
            "06" => PloverEventType.Cooperate,
            "07" => PloverEventType.Aid,
            "08" when cameoCode.Length >= 3 => cameoCode[2] is >= '1' and <= '3' ? PloverEventType.Concede
                : cameoCode[2] is >= '4' and <= '7' ? PloverEventType.Retreat : null,
            "09" or "11" => PloverEventType.Accuse,
            "10" => PloverEventType.Request,
            "12" => PloverEventType.Reject,
            "13" => PloverEventType.Threaten,
            "14" => PloverEventType.Protest,
            "15" => PloverEventType.Mobilize,
            "16" => PloverEventType.Sanction,
            "17" => PloverEventType.Coerce,
            "18" or "19" or "20" => PloverEventType.Assault,
            _ => null,
        };
    }

    /// <summary>The weapon an ASSAULT mode names: <c>aerial</c> → air strike, <c>heavy-weapons</c> → artillery,
    /// <c>explosives</c> → explosive device, <c>suicide-attack</c> → suicide bomb, <c>unconventional</c> → chemical,
    /// <c>firearms</c> → small arms, <c>primitive</c> → other; null for other modes.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The weapon, or null.</returns>
    public static WeaponKind? WeaponFor(string mode) => mode switch
    {
        "aerial" => WeaponKind.AirStrike,
        "heavy-weapons" => WeaponKind.Artillery,
        "explosives" => WeaponKind.ExplosiveDevice,
        "suicide-attack" => WeaponKind.SuicideBomb,
        "unconventional" => WeaponKind.Chemical,
        "firearms" => WeaponKind.SmallArms,
        "primitive" => WeaponKind.Other,
        _ => null,
    };

    /// <summary>The ASSAULT mode of a weapon: missiles, rockets, artillery, mortars and armour → <c>heavy-weapons</c>; air
    /// strikes, glide bombs and drones → <c>aerial</c>; explosive devices and grenades → <c>explosives</c>; suicide bombs →
    /// <c>suicide-attack</c>; chemical → <c>unconventional</c>; small arms → <c>firearms</c>; other → <c>primitive</c>.</summary>
    /// <param name="weapon">The weapon.</param>
    /// <returns>The mode.</returns>
    public static string ModeFor(WeaponKind weapon) => weapon switch
    {
        WeaponKind.AirStrike or WeaponKind.GlideBomb or WeaponKind.Drone => "aerial",
        WeaponKind.ExplosiveDevice or WeaponKind.Grenade => "explosives",
        WeaponKind.SuicideBomb => "suicide-attack",
        WeaponKind.Chemical => "unconventional",
        WeaponKind.SmallArms => "firearms",
        WeaponKind.Other => "primitive",
        _ => "heavy-weapons",
    };

    internal static IReadOnlyList<string> Normalize(IEnumerable<string>? modes)
    {
        var list = new List<string>();
        if (modes is null)
        {
            return list;
        }

        foreach (var mode in modes)
        {
            if (!string.IsNullOrWhiteSpace(mode))
            {
                string normalized = PloverEventTypes.NormalizeMode(mode);
                if (!list.Contains(normalized))
                {
                    list.Add(normalized);
                }
            }
        }

        return list;
    }

    /// <summary>What the reader builds for a type, modes, contexts and actors.</summary>
    internal static Choice Choose(PloverEventType type, IReadOnlyList<string> modes, IReadOnlyList<string> contexts, Shape shape)
    {
        bool Has(string mode) => modes.Contains(mode);
        switch (type)
        {
            case PloverEventType.Agree:
                return new Choice(Target.Agreement);
            case PloverEventType.Cooperate:
                return new Choice(Target.DiplomaticDecision);
            case PloverEventType.Aid:
                return shape.MentionsEvacuation && shape.HasPlace ? new Choice(Target.Evacuation) : Fallback(type);
            case PloverEventType.Retreat:
                return Has("withdraw") && shape.HasPlace ? new Choice(Target.Withdrawal) : Fallback(type);
            case PloverEventType.Request:
                bool military = Has("military") || (Has("assist") && contexts.Any(c => string.Equals(c.Trim(), "military", StringComparison.OrdinalIgnoreCase)));
                return military ? new Choice(Target.WeaponsRequest) : new Choice(Target.Statement, StatementKind.Demand);
            case PloverEventType.Accuse:
                return Has("disapprove") ? new Choice(Target.Statement, StatementKind.Condemnation) : new Choice(Target.Accusation);
            case PloverEventType.Reject:
                return new Choice(Target.Statement, StatementKind.Denial);
            case PloverEventType.Threaten:
                return new Choice(Target.Statement, StatementKind.Threat);
            case PloverEventType.Protest:
                return Has("riot") ? new Choice(Target.Riot) : new Choice(Target.Protest);
            case PloverEventType.Sanction:
                return new Choice(Target.Sanction);
            case PloverEventType.Mobilize:
                return new Choice(Target.StrategicDevelopment);
            case PloverEventType.Coerce:
                return Has("arrest") ? new Choice(Target.Arrest)
                    : Has("confiscate") ? new Choice(Target.PropertyDestruction, Act: DestructionAct.Seizure)
                    : Has("destroy") ? new Choice(Target.PropertyDestruction, Act: DestructionAct.Demolition)
                    : Fallback(type);
            case PloverEventType.Assault:
                if (Has("destroy"))
                {
                    return new Choice(Target.PropertyDestruction, Act: DestructionAct.Demolition);
                }

                if (StrikeModes.Any(Has))
                {
                    return new Choice(Target.Strike);
                }

                if (OneSidedModes.Any(Has))
                {
                    return new Choice(Target.AttackOnCivilians);
                }

                if (Has("sideAB") || shape.Sources >= 2)
                {
                    return new Choice(Target.ArmedClash);
                }

                return shape.Recipients == 0 ? new Choice(Target.ArmedClash)
                    : shape.RecipientsCivilian ? new Choice(Target.AttackOnCivilians)
                    : new Choice(Target.GroundAssault);
            default:
                return Fallback(type);
        }
    }

    private static Choice Fallback(PloverEventType type)
    {
        foreach (var (fallbackType, content, kind) in Fallbacks)
        {
            if (fallbackType == type)
            {
                return new Choice(Target.Statement, kind, content);
            }
        }

        return new Choice(Target.Statement, StatementKind.Other);
    }

    private static PloverCode? StatementCode(Statement statement)
    {
        switch (statement.Kind)
        {
            case StatementKind.Demand:
                return Code(PloverEventType.Request);
            case StatementKind.Denial:
                return Code(PloverEventType.Reject);
            case StatementKind.Threat:
                return Code(PloverEventType.Threaten);
            case StatementKind.Condemnation:
                return Code(PloverEventType.Accuse, "disapprove");
        }

        foreach (var (type, content, kind) in Fallbacks)
        {
            if (statement.Kind == kind && statement.Content is { } said
                && (said == content || said.StartsWith(content + ":", StringComparison.Ordinal)))
            {
                return Code(type);
            }
        }

        return null;
    }

    private static PloverCode Code(PloverEventType type, params string[] modes) => new(type, ValueList.Create<string>(modes));

    private static ValueList<string> WeaponModes(ValueList<WeaponKind> weapons)
    {
        var modes = new List<string>();
        foreach (var weapon in weapons)
        {
            string mode = ModeFor(weapon);
            if (!modes.Contains(mode))
            {
                modes.Add(mode);
            }
        }

        return ValueList.From(modes);
    }

    private static EventKind KindOf(Choice choice)
    {
        Type clr = choice.Target switch
        {
            Target.Agreement => typeof(Agreement),
            Target.DiplomaticDecision => typeof(DiplomaticDecision),
            Target.Evacuation => typeof(Evacuation),
            Target.Withdrawal => typeof(Withdrawal),
            Target.WeaponsRequest => typeof(WeaponsRequest),
            Target.Accusation => typeof(Accusation),
            Target.Protest => typeof(Protest),
            Target.Riot => typeof(Riot),
            Target.Sanction => typeof(Sanction),
            Target.StrategicDevelopment => typeof(StrategicDevelopment),
            Target.Arrest => typeof(Arrest),
            Target.PropertyDestruction => typeof(PropertyDestruction),
            Target.Strike => typeof(Strike),
            Target.GroundAssault => typeof(GroundAssault),
            Target.ArmedClash => typeof(ArmedClash),
            Target.AttackOnCivilians => typeof(AttackOnCivilians),
            _ => typeof(Statement),
        };
        return EventCatalog.TryFind(clr, out var kind) ? kind : throw new InvalidOperationException($"The kind {clr.Name} is not registered.");
    }

    /// <summary>The actors and text of a record, as far as the choice of kind depends on them.</summary>
    internal readonly record struct Shape(int Sources, int Recipients, bool RecipientsCivilian, bool HasPlace, bool MentionsEvacuation);

    /// <summary>A kind to build, with the statement kind and content or the destruction act it needs.</summary>
    internal readonly record struct Choice(Target Target, StatementKind StatementKind = StatementKind.Other, string? Content = null, DestructionAct Act = DestructionAct.Seizure);

    /// <summary>The kinds the reader builds.</summary>
    internal enum Target
    {
        Statement,
        Agreement,
        DiplomaticDecision,
        Evacuation,
        Withdrawal,
        WeaponsRequest,
        Accusation,
        Protest,
        Riot,
        Sanction,
        StrategicDevelopment,
        Arrest,
        PropertyDestruction,
        Strike,
        GroundAssault,
        ArmedClash,
        AttackOnCivilians,
    }
}
