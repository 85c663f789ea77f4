using System;

namespace ConflictModel.Interop.Plover;

/// <summary>
/// PLOVER's actor codes and sector codes and this model's <see cref="ActorKind"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reading, the primary sector (the first three letters of <c>sector</c>, e.g. <c>CVL</c> of <c>CVLalb</c>) decides the kind:
/// GOV, JUD, LEG → <see cref="ActorKind.Government"/>; MIL, COP, SPY → <see cref="ActorKind.StateForces"/>; REB →
/// <see cref="ActorKind.RebelGroup"/>; PRM → <see cref="ActorKind.PoliticalMilitia"/>; CVL (and CAMEO's CIV), REF, AGR →
/// <see cref="ActorKind.Civilians"/>; ELI → <see cref="ActorKind.Person"/>; OPP, PTY, EDU, MED, LAB, REL, SOC →
/// <see cref="ActorKind.Organization"/>; JRN → <see cref="ActorKind.Media"/>; BUS → <see cref="ActorKind.Company"/>; UAF,
/// CRM → <see cref="ActorKind.Other"/>. Without a sector, the non-state actor codes decide: IGO →
/// <see cref="ActorKind.InternationalOrganization"/>, NGO and ISM → <see cref="ActorKind.Organization"/>, MNC →
/// <see cref="ActorKind.Company"/>, IMG → <see cref="ActorKind.RebelGroup"/>.
/// </para>
/// <para>
/// Writing, each kind has one sector: MIL for state and external forces, REB, PRM for both militias, CVL for civilians,
/// protesters, rioters and private persons, GOV for governments and officials, SOC for organisations, JRN, BUS; international
/// organisations get the actor code IGO, and organisations without a country NGO.
/// </para>
/// </remarks>
internal static class PloverActors
{
    public static ActorKind? KindOfSector(string? sector)
    {
        if (sector is null || sector.Length < 3)
        {
            return null;
        }

        return sector[..3].ToUpperInvariant() switch
        {
            "GOV" or "JUD" or "LEG" => ActorKind.Government,
            "MIL" or "COP" or "SPY" => ActorKind.StateForces,
            "REB" => ActorKind.RebelGroup,
            "PRM" => ActorKind.PoliticalMilitia,
            "CVL" or "CIV" or "REF" or "AGR" => ActorKind.Civilians,
            "ELI" => ActorKind.Person,
            "OPP" or "PTY" or "EDU" or "MED" or "LAB" or "REL" or "SOC" => ActorKind.Organization,
            "JRN" => ActorKind.Media,
            "BUS" => ActorKind.Company,
            "UAF" or "CRM" => ActorKind.Other,
            _ => null,
        };
    }

    public static ActorKind? KindOfCode(string? code) => code?.ToUpperInvariant() switch
    {
        "IGO" => ActorKind.InternationalOrganization,
        "NGO" or "ISM" => ActorKind.Organization,
        "MNC" => ActorKind.Company,
        "IMG" => ActorKind.RebelGroup,
        _ => null,
    };

    public static string? SectorOf(ActorKind? kind) => kind switch
    {
        ActorKind.StateForces or ActorKind.ExternalForces => "MIL",
        ActorKind.RebelGroup => "REB",
        ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia => "PRM",
        ActorKind.Rioters or ActorKind.Protesters or ActorKind.Civilians or ActorKind.Person => "CVL",
        ActorKind.Government or ActorKind.Official => "GOV",
        ActorKind.Organization => "SOC",
        ActorKind.Media => "JRN",
        ActorKind.Company => "BUS",
        _ => null,
    };

    public static string? CodeOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Country is { } country)
        {
            return IsoCountries.Alpha3Of(country);
        }

        return actor.Kind switch
        {
            ActorKind.InternationalOrganization => "IGO",
            ActorKind.Organization => "NGO",
            _ => null,
        };
    }
}
