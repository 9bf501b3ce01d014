namespace Baotou.Incentives.Tests.Exploration;

/// <summary>
/// Issue 26, acceptance 1 (its second half) and 3's summary: the library's rule set explored whole under the default packs
/// (every systematic case and the default random sample) breaks no invariant, and the summary names every boundary the packs
/// define as touched. Evaluated in parallel: about a minute on this 2-core machine.
/// </summary>
public sealed class ExplorerTests
{
    [Fact]
    public void The_unchanged_rule_set_breaks_no_invariant_over_the_whole_exploration_and_touches_every_boundary()
    {
        var explorer = new PolicyExplorer(KnownPacks.Default);

        var report = explorer.Explore();

        report.Violations.Should().BeEmpty(string.Join("\n", report.Violations.Select(v => $"{v.Invariant}: {v.Detail}")));
        report.ViolationCounts.Select(c => c.Value).Should().AllBeEquivalentTo(0);
        report.Complete.Should().BeTrue();
        report.CasesChecked.Should().Be(explorer.SystematicCases + new ExplorationOptions().SampleCases);
        report.Boundaries.Should().OnlyContain(b => b.Value > 0, "every boundary is dealt to some case");
        // 200 万元 of （七） and 2023-12-18 of 149号 come from the pack, at and one either side.
        var threshold = Baotou149.Pack.ValuesOf(Baotou149.MajorProjectThreshold)[0].Value;
        report.Boundaries.Select(b => b.Key).Should().Contain(
        [
            $"{Baotou149.MajorProjectThreshold.Key} = {threshold}: amount one fen below",
            $"{Baotou149.MajorProjectThreshold.Key} = {threshold}: amount exactly",
            $"{Baotou149.MajorProjectThreshold.Key} = {threshold}: amount one fen above",
            $"{Baotou149.PackId} from {Baotou149.Pack.EffectiveFrom:yyyy-MM-dd}: contract signed one day below",
        ]);
        report.Dimensions.Select(d => d.Key).Should().Contain(["unit kind: University", "mode: EquityInvestment", "secrecy: approved on signing", "packs: Municipal + NationalLaw + AutonomousRegion"]);
    }

    [Fact]
    public void The_bounds_stop_the_exploration_and_the_report_says_so()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var bounded = new PolicyExplorer(KnownPacks.Default).Explore(new ExplorationOptions(MaxCases: 40, SampleCases: 0));
        var stopped = new PolicyExplorer(KnownPacks.Default).Explore(new ExplorationOptions(MaxCases: 40), cancellationToken: cancelled.Token);

        bounded.CasesChecked.Should().Be(40);
        bounded.Complete.Should().BeFalse("40 of the systematic cases were asked for");
        stopped.CasesChecked.Should().Be(0);
        stopped.Complete.Should().BeFalse();
    }
}
