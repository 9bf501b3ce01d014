using System.Reflection;
using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>Arrows one way: no type of the library uses a type of a room above its own (docs/ARCHITECTURE.md).</summary>
public sealed class NamespaceLayersTests
{
    private static readonly Assembly Library = typeof(IncentiveEngine).Assembly;

    [Fact]
    public void No_arrow_runs_back_between_the_rooms_of_the_library()
    {
        var uses = NamespaceDependencies.TypeEdges(Library).Select(e => (e.From.FullName!, e.To.FullName!));

        string.Join(Environment.NewLine, NamespaceLayers.House.BackArrows(uses))
            .Should().BeEmpty("an arrow between rooms runs down only (docs/ARCHITECTURE.md); each line is one that runs back");
    }

    [Fact]
    public void Every_namespace_of_the_library_is_in_a_room()
    {
        Library.GetTypes().Where(t => t.Namespace?.StartsWith("Baotou.Incentives", StringComparison.Ordinal) == true)
            .Select(t => NamespaceLayers.House.RoomOf(t.FullName!) ?? t.Namespace!).Distinct()
            .Where(room => NamespaceLayers.House.BackArrows([($"Baotou.Incentives.{room}.X", "Baotou.Incentives.Money.Fen")]).Count > 0)
            .Should().BeEmpty("a new namespace is placed in docs/ARCHITECTURE.md and in NamespaceLayers.House");
    }

    [Theory]
    [InlineData("Baotou.Incentives.Facts.Unit", "Baotou.Incentives.Engine.IncentiveEngine", "Facts.Unit → Engine.IncentiveEngine (Facts → Engine)")]
    [InlineData("Baotou.Incentives.Records.DecisionRecord", "Baotou.Incentives.Signing.DetachedJws", "Records.DecisionRecord → Signing.DetachedJws (Records → Signing)")]
    [InlineData("Baotou.Incentives.Policy.PackFile", "Baotou.Incentives.Nowhere.Thing", "Policy.PackFile → Nowhere.Thing (Policy → Nowhere)")]
    public void A_planted_back_arrow_is_named_type_to_type(string from, string to, string named)
    {
        var uses = new[]
        {
            ("Baotou.Incentives.Engine.IncentiveEngine", "Baotou.Incentives.Facts.Unit"),
            ("Baotou.Incentives.Engine.IncentiveEngine", "Baotou.Incentives.WhatIf.WhatIfComparison"),
            ("Baotou.Incentives.WhatIf.WhatIfComparison", "Baotou.Incentives.Engine.IncentiveDecision"),
            (from, to),
        };

        NamespaceLayers.House.BackArrows(uses).Should().Equal(named);
    }

    [Fact]
    public void A_use_only_a_method_body_makes_is_read_from_its_IL()
    {
        // RecordReplay names DecisionComparison nowhere but inside Replay's body.
        NamespaceDependencies.TypeEdges(Library).Should().Contain((typeof(RecordReplay), typeof(DecisionComparison)));
    }
}
