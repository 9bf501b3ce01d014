using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Tests.Exploration.PlantedFaults;

namespace Baotou.Incentives.Tests.Exploration;

/// <summary>
/// Issue 26, acceptance 1: faults planted in a rule set of the test's own (<see cref="FaultyRuleSet"/>) are found by the
/// explorer, each written as a minimised policy case that <c>verify</c> runs and fails under the faulty rules and passes under
/// the library's. The unchanged rule set's whole exploration finds nothing (<see cref="ExplorerTests"/>).
/// </summary>
public sealed class PlantedFaultTests : IDisposable
{
    // The first cases of the grid: every scenario is dealt out within them, under each of the three kinds of pack set.
    private static readonly ExplorationOptions Bounded = new(MaxCases: 1_200, SampleCases: 0, MaxViolationsPerInvariant: 1);

    private readonly string _folder = Directory.CreateTempSubdirectory("planted-faults-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_permission_that_may_set_aside_an_owed_grant_is_found_and_written_as_a_failing_case()
    {
        var (violation, underFault, underLibrary) = FoundAndVerified(typeof(PermissionMaySetAsideOwed), Invariants.WeakerNeverSetsAsideStronger);

        // Minimised: the unit, the national-award achievement, the transfer and its money; the 90% may-enjoy sets aside the owed 80%.
        violation.Detail.Should().Contain("(MayEnjoy) set aside").And.Contain("(OwedMinimum)");
        violation.Case.Facts.Should().HaveCountLessThanOrEqualTo(4);
        violation.Case.Facts.OfType<Achievement>().Single().HasNationalScienceAward.Should().BeTrue();
        underFault.Passed.Should().BeFalse();
        underFault.FirstDifference.Should().StartWith("invariant weaker-never-sets-aside-stronger:");
        underLibrary.Passed.Should().BeTrue(underLibrary.FirstDifference);
    }

    [Fact]
    public void A_threshold_read_as_strictly_greater_is_found_and_written_as_a_failing_case()
    {
        var (violation, underFault, underLibrary) = FoundAndVerified(typeof(ThresholdReadAsStrictlyGreater), Invariants.NeverSilent);

        // At exactly 200 万元 (read from the pack) neither the incentive nor "below the threshold" fires: （七） is silent on C1.
        violation.Detail.Should().Be($"149号·（七） under {violation.Packs.First(p => p.RuleSet == RuleSets.Baotou149).Id} says nothing about C1");
        var threshold = violation.Packs.First(p => p.RuleSet == RuleSets.Baotou149).ValuesOf(Baotou149.MajorProjectThreshold)[0].Value;
        (violation.Case.Facts.OfType<PaymentReceived>().Sum(p => p.Amount) + violation.Case.Facts.OfType<EquityConversion>().Sum(q => q.ConvertedAmount))
            .Should().Be(threshold);
        underFault.FirstDifference.Should().StartWith("invariant never-silent:");
        underLibrary.Passed.Should().BeTrue(underLibrary.FirstDifference);
    }

    [Fact]
    public void A_change_that_reaches_past_its_parameter_is_found_and_written_as_a_failing_case()
    {
        var (violation, underFault, underLibrary) = FoundAndVerified(typeof(ChangeReachesPastItsParameter), Invariants.ChangeSetsAsideOnlyWhatItDrives);

        violation.Detail.Should().Contain("从其规定 set aside 149-8-national-award-transfer/C1");
        violation.Packs.Should().Contain(p => p.ChangesPackId == Baotou149.PackId, "the change is one the exploration made of 149号");
        File.Exists(Path.Combine(_folder, "packs", violation.Packs.Single(p => p.ChangesPackId is not null).Id + ".pack.json")).Should().BeTrue();
        underFault.FirstDifference.Should().StartWith("invariant change-sets-aside-only-what-it-drives:");
        underLibrary.Passed.Should().BeTrue(underLibrary.FirstDifference);
    }

    private (InvariantViolation Violation, PolicyCaseResult UnderFault, PolicyCaseResult UnderLibrary) FoundAndVerified(Type fault, string invariant)
    {
        var faulty = new FaultyRuleSet(fault);
        var report = new PolicyExplorer(KnownPacks.Default, faulty.For).Explore(Bounded);
        report.Violations.Should().Contain(v => v.Invariant == invariant, "the planted fault breaks {0}", invariant);
        var violation = report.Violations.First(v => v.Invariant == invariant);

        foreach (var (path, text) in violation.ToPolicyCaseFiles("counterexample"))
        {
            var file = Path.Combine(_folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        var casePath = Path.Combine(_folder, "counterexample.json");
        PolicyCaseFile written;
        using (var stream = File.OpenRead(casePath))
        {
            written = PolicyCaseFile.Parse(stream, casePath);
        }

        return (violation, written.Verify(written.Packs, faulty.For(written.Packs)), written.Verify());
    }
}
