using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Benchmarks.Floor;

// Rules of the least possible shape, each firing once per case: what any design pays per firing that applies, before its
// own facts, joins and trace. The floor benchmark compiles as many of them as the typical case's decision has firings.

/// <summary>A single-pattern rule: fires on a case's subject and inserts one outcome of that case.</summary>
internal abstract class FloorRule(int index) : Rule
{
    public override void Define()
    {
        FloorSubject subject = default!;

        When()
            .Match(() => subject, s => s.Amount > index);

        Then()
            .Do(ctx => ctx.Insert(new FloorOutcome(subject.CaseId, $"floor-{index}/{subject.Id}", subject.Amount * subject.Share)));
    }
}

internal sealed class Floor0() : FloorRule(0);

internal sealed class Floor1() : FloorRule(1);

internal sealed class Floor2() : FloorRule(2);

internal sealed class Floor3() : FloorRule(3);

internal sealed class Floor4() : FloorRule(4);

internal sealed class Floor5() : FloorRule(5);

internal sealed class Floor6() : FloorRule(6);

internal sealed class Floor7() : FloorRule(7);

internal sealed class Floor8() : FloorRule(8);

internal sealed class Floor9() : FloorRule(9);

internal sealed class Floor10() : FloorRule(10);

internal sealed class Floor11() : FloorRule(11);

internal sealed class Floor12() : FloorRule(12);

internal sealed class Floor13() : FloorRule(13);

internal sealed class Floor14() : FloorRule(14);

internal sealed class Floor15() : FloorRule(15);
