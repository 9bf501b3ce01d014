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

/// <summary>
/// The library's shape for reading a parameter: the subject, then a join to its pack (does the pack drive the parameter, is it in
/// force on the subject's date), then the reading bound with <c>Let</c>. What the lever "parameters read once" would take out of
/// each firing rule is the difference between this and <see cref="FloorRule"/>.
/// </summary>
internal abstract class FloorPackRule(int index) : Rule
{
    public override void Define()
    {
        FloorDatedSubject subject = default!;
        FloorPack pack = default!;
        FloorReading share = default!;

        When()
            .Match(() => subject, s => s.Amount > index)
            .Match(() => pack, p => p.Drives(index), p => p.IsInForceOn(subject.SignedOn))
            .Let(() => share, () => pack.Read(index, subject.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(new FloorOutcome(subject.CaseId, $"floor-pack-{index}/{subject.Id}", subject.Amount * share.Value)));
    }
}

internal sealed class FloorPack0() : FloorPackRule(0);

internal sealed class FloorPack1() : FloorPackRule(1);

internal sealed class FloorPack2() : FloorPackRule(2);

internal sealed class FloorPack3() : FloorPackRule(3);

internal sealed class FloorPack4() : FloorPackRule(4);

internal sealed class FloorPack5() : FloorPackRule(5);

internal sealed class FloorPack6() : FloorPackRule(6);

internal sealed class FloorPack7() : FloorPackRule(7);

internal sealed class FloorPack8() : FloorPackRule(8);

internal sealed class FloorPack9() : FloorPackRule(9);

internal sealed class FloorPack10() : FloorPackRule(10);

internal sealed class FloorPack11() : FloorPackRule(11);

internal sealed class FloorPack12() : FloorPackRule(12);

internal sealed class FloorPack13() : FloorPackRule(13);

internal sealed class FloorPack14() : FloorPackRule(14);

internal sealed class FloorPack15() : FloorPackRule(15);
