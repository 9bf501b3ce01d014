using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Testing;

/// <summary>One-line additions to a <see cref="PolicyCase"/> starting point.</summary>
public static class CaseBuilderExtensions
{
    /// <summary>
    /// Adds a contract <paramref name="contractId"/> transferring or licensing achievement <see cref="PolicyCase.AchievementId"/>,
    /// landing in Baotou, paid in full in one payment ten days after signing.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="mode">Transfer or licence.</param>
    /// <param name="received">The contract amount, all received.</param>
    /// <param name="signedOn">The signing date.</param>
    /// <param name="contractId">The contract's id.</param>
    /// <returns>The builder.</returns>
    public static IncentiveCaseBuilder SoldFor(
        this IncentiveCaseBuilder builder, TransformationMode mode, decimal received, LocalDate signedOn, string contractId = "C1")
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Contract(contractId, PolicyCase.AchievementId, mode, signedOn, received)
            .Payment(contractId + "-P1", contractId, signedOn.PlusDays(10), received);
    }
}
