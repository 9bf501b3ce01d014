using Baotou.Incentives.Records;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// The rule-set fingerprint is read from the rules' definitions, not compiled bytes. That it is the same for Debug and
/// Release and for net8.0 and net10.0 is checked by building all four (<c>.ci/fingerprint-stability.sh</c>); here, that it
/// holds nothing a build could change and that one changed condition changes it.
/// </summary>
public sealed class RuleSetFingerprintTests
{
    [Fact]
    public void The_rendering_names_no_compiler_generated_type_assembly_version_or_object_identity()
    {
        var text = Fingerprints.RuleSetText();

        text.Should().Contain("rule 149-8-transfer-licence-net-income\n").And.Contain("clause 149号·（八）\n");
        text.Should().NotContain("<>").And.NotContain("DisplayClass").And.NotContain("Version=").And.NotContain("object ").And.NotContain("`");
    }

    [Fact]
    public void One_changed_condition_of_one_rule_changes_the_fingerprint_and_reloading_does_not()
    {
        var library = Baotou.Incentives.Engine.CompiledRules.All.ToArray();

        var first = Fingerprints.RuleSetText([.. library, Load(typeof(ThresholdAtOne))]);
        var again = Fingerprints.RuleSetText([.. library, Load(typeof(ThresholdAtOne))]);
        var changed = Fingerprints.RuleSetText([.. library, Load(typeof(ThresholdAtTwo))]);

        again.Should().Be(first);
        changed.Should().NotBe(first);
        changed.Length.Should().Be(first.Length, "the two rules differ in one digit of one condition");
    }

    [Fact]
    public void A_captured_variable_is_named_by_its_own_name()
    {
        var threshold = 3m;
        System.Linq.Expressions.Expression<Func<PaymentReceived, bool>> condition = p => p.Amount > threshold;

        RuleDefinitionText.Expr(condition).Should().Be(
            "(p:Baotou.Incentives.Facts.PaymentReceived) => GreaterThan(p.Amount, threshold, op_GreaterThan[System.Decimal,System.Decimal])");
    }

    private static IRuleDefinition Load(Type rule)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(rule));
        return repository.GetRuleSets().SelectMany(s => s.Rules).Single();
    }
}

/// <summary>A test rule: a payment over 1 yuan.</summary>
[Name("test-threshold")]
public sealed class ThresholdAtOne : Rule
{
    public override void Define()
    {
        PaymentReceived payment = default!;
        When().Match(() => payment, p => p.Amount > 1m);
        Then().Do(ctx => ctx.Halt());
    }
}

/// <summary>The same rule with one digit of its condition changed: over 2 yuan.</summary>
[Name("test-threshold")]
public sealed class ThresholdAtTwo : Rule
{
    public override void Define()
    {
        PaymentReceived payment = default!;
        When().Match(() => payment, p => p.Amount > 2m);
        Then().Do(ctx => ctx.Halt());
    }
}
