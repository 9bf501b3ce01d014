namespace Baotou.Incentives.Tests.Support;

/// <summary>Engines over the shipped packs in the combinations the tests need, each built once.</summary>
internal static class Packs
{
    internal static readonly IncentiveEngine NationalOnly = new([NationalLaw2015Article45.Pack]);

    /// <summary>149号 and 第四十五条: what <c>new IncentiveEngine()</c> applies.</summary>
    internal static readonly IncentiveEngine Both = new([Baotou149.Pack, NationalLaw2015Article45.Pack]);

    internal static IncentiveDecision EvaluateUnder(this IncentiveCaseBuilder builder, IncentiveEngine engine, LocalDate? on = null) =>
        engine.Evaluate(builder.Build(), on ?? Cases.Evaluated);
}
