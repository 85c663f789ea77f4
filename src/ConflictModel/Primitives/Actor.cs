using System;

namespace ConflictModel;

/// <summary>
/// A party to an event or a speaker in a report: an armed force, a government body, an official, a person,
/// an organisation.
/// </summary>
/// <remarks>
/// <para>
/// For example the governor quoted in a report is <c>new Actor { Name = "Serhiy Haidai", Kind = ActorKind.Official,
/// Country = new CountryCode("UA"), Affiliation = "Luhansk regional administration", Role = "Governor of Luhansk region" }</c>.
/// </para>
/// <para>
/// <see cref="Name"/> is required and never empty or whitespace; assigning such a name throws, also in a <c>with</c> expression.
/// Equality is value equality over all properties.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Actor
{
    // Backing fields so the init accessors can validate; Name is required, so its initial value is always overwritten.
    private readonly string _name = string.Empty;
    private readonly ActorKind? _kind;

    /// <summary>
    /// Gets the name of the actor as the report gives it, for example "Russian forces" or "Serhiy Haidai".
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
                throw new ArgumentException($"An actor name must not be empty or whitespace, but was \"{value}\".", nameof(Name));
            }

            _name = value;
        }
    }

    /// <summary>
    /// Gets the kind of actor; null if not known.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value being initialised is not a defined <see cref="ActorKind"/> value.</exception>
    public ActorKind? Kind
    {
        get => _kind;
        init
        {
            if (value is < ActorKind.StateForces or > ActorKind.Other)
            {
                throw new ArgumentOutOfRangeException(nameof(Kind), value, "Kind is not a defined ActorKind value.");
            }

            _kind = value;
        }
    }

    /// <summary>
    /// Gets the country the actor belongs to or acts for; null if not known or not applicable.
    /// </summary>
    public CountryCode? Country { get; init; }

    /// <summary>
    /// Gets the body the actor belongs to or speaks for, for example "Luhansk regional administration"; null if not stated.
    /// </summary>
    public string? Affiliation { get; init; }

    /// <summary>
    /// Gets the actor's title or function, for example "Governor of Luhansk region"; null if not stated.
    /// </summary>
    public string? Role { get; init; }
}
