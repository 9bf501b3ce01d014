using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>A pilot platform for engineering scale-up (概念验证、中试熟化、小批量试生产等中试平台, 149号·（四）).</summary>
/// <param name="Id">The platform's id within the case.</param>
/// <param name="Name">The platform's name.</param>
/// <param name="FocusArea">The area it serves.</param>
/// <param name="OpenToPublic">Whether it is open to the public (面向社会开放).</param>
/// <param name="EstablishedOn">The date it was established or recognised: the event a policy covers.</param>
public sealed record PilotPlatform(string Id, string Name, PilotFocusArea FocusArea, bool OpenToPublic, LocalDate EstablishedOn) : ICaseFact, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(PilotPlatform));

    /// <summary>The platform's name.</summary>
    public string Name { get; } = Guard.Text(Name, nameof(PilotPlatform), Id, nameof(Name));

    /// <summary>The area it serves.</summary>
    public PilotFocusArea FocusArea { get; } = Guard.Defined(FocusArea, nameof(PilotPlatform), Id, nameof(FocusArea));

    /// <summary>Whether it is open to the public.</summary>
    public bool OpenToPublic { get; } = OpenToPublic;

    /// <summary>The date it was established or recognised.</summary>
    public LocalDate EstablishedOn { get; } = Guard.Date(EstablishedOn, nameof(PilotPlatform), Id, nameof(EstablishedOn));

    LocalDate IDatedEvent.EventDate => EstablishedOn;
}
