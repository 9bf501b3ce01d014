using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Benchmarks.Floor;

// Six rules of the least possible shape, each firing once per session: what any design pays per firing that applies, before
// its own facts, joins and trace. The library's typical case has six firings (five measures and a derivation) like these.

/// <summary>Single-pattern rules: fire on the subject and insert one outcome.</summary>
internal abstract class SinglePatternFloorRule(int index) : Rule
{
    public override void Define()
    {
        FloorSubject subject = default!;

        When()
            .Match(() => subject, s => s.Amount > index);

        Then()
            .Do(ctx => ctx.Insert(new FloorOutcome($"single-{index}/{subject.Id}", subject.Amount)));
    }
}

/// <summary>Rules that join the subject with its pack, as each of the library's rules does, and insert one outcome.</summary>
internal abstract class PackJoinFloorRule(int index) : Rule
{
    public override void Define()
    {
        FloorSubject subject = default!;
        FloorPack pack = default!;

        When()
            .Match(() => subject, s => s.Amount > index)
            .Match(() => pack, p => p.Share > 0m);

        Then()
            .Do(ctx => ctx.Insert(new FloorOutcome($"joined-{index}/{subject.Id}", subject.Amount * pack.Share)));
    }
}

internal sealed class Single0() : SinglePatternFloorRule(0);

internal sealed class Single1() : SinglePatternFloorRule(1);

internal sealed class Single2() : SinglePatternFloorRule(2);

internal sealed class Single3() : SinglePatternFloorRule(3);

internal sealed class Single4() : SinglePatternFloorRule(4);

internal sealed class Single5() : SinglePatternFloorRule(5);

internal sealed class Joined0() : PackJoinFloorRule(0);

internal sealed class Joined1() : PackJoinFloorRule(1);

internal sealed class Joined2() : PackJoinFloorRule(2);

internal sealed class Joined3() : PackJoinFloorRule(3);

internal sealed class Joined4() : PackJoinFloorRule(4);

internal sealed class Joined5() : PackJoinFloorRule(5);
