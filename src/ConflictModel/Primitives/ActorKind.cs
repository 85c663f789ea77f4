namespace ConflictModel;

/// <summary>
/// The kind of party an <see cref="Actor"/> is.
/// </summary>
/// <remarks>
/// The first eight members, in this order, are ACLED's actor types ("inter" codes) 1 to 8:
/// <see cref="StateForces"/> = 1 through <see cref="ExternalForces"/> = 8. The numeric value of a member
/// is its ACLED inter code minus one; the members after <see cref="ExternalForces"/> have no ACLED equivalent
/// and describe the other parties news reports name (officials, media, companies and so on).
/// </remarks>
public enum ActorKind
{
    /// <summary>State forces: the military and police of a recognised government (ACLED inter code 1).</summary>
    StateForces,

    /// <summary>Rebel groups: organised armed groups seeking to overthrow or secede from a government (ACLED inter code 2).</summary>
    RebelGroup,

    /// <summary>Political militias: armed groups serving a political purpose without aiming to replace the government (ACLED inter code 3).</summary>
    PoliticalMilitia,

    /// <summary>Identity militias: armed groups organised around a communal, ethnic, religious or local identity (ACLED inter code 4).</summary>
    IdentityMilitia,

    /// <summary>Rioters: people engaged in violent demonstrations or spontaneous mob violence (ACLED inter code 5).</summary>
    Rioters,

    /// <summary>Protesters: people demonstrating peacefully (ACLED inter code 6).</summary>
    Protesters,

    /// <summary>Civilians: unarmed people who are not members of a group above (ACLED inter code 7).</summary>
    Civilians,

    /// <summary>External or other forces: international forces, private security firms and the like (ACLED inter code 8).</summary>
    ExternalForces,

    /// <summary>A government or one of its civilian bodies (ministry, regional administration) acting as such.</summary>
    Government,

    /// <summary>An individual official speaking or acting in an official capacity (a governor, a spokesperson).</summary>
    Official,

    /// <summary>A private individual named in a report.</summary>
    Person,

    /// <summary>A non-governmental organisation, party or other association.</summary>
    Organization,

    /// <summary>An intergovernmental organisation such as the UN, the OSCE or NATO.</summary>
    InternationalOrganization,

    /// <summary>A media outlet or journalist acting as a party to the event (not merely reporting it).</summary>
    Media,

    /// <summary>A commercial company.</summary>
    Company,

    /// <summary>Any other kind of party.</summary>
    Other,
}
