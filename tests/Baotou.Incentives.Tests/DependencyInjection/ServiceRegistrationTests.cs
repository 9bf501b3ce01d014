using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.DependencyInjection;
using Baotou.Incentives.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Baotou.Incentives.Tests.DependencyInjection;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void The_engine_is_one_singleton_applying_the_law_and_149_with_Chinese_explanations_by_default()
    {
        using var provider = new ServiceCollection().AddBaotouIncentives().BuildServiceProvider();

        var engine = provider.GetRequiredService<IncentiveEngine>();
        engine.Should().BeSameAs(provider.GetRequiredService<IncentiveEngine>());
        engine.Packs.Select(p => p.Id).Should().Equal(Baotou149.PackId, NationalLaw2015Article45.PackId);
        provider.GetRequiredService<BaotouIncentivesOptions>().ExplanationLanguage.Should().Be(ExplanationLanguage.Chinese);
    }

    [Fact]
    public void The_engine_resolved_decides_a_case()
    {
        using var provider = new ServiceCollection().AddBaotouIncentives().BuildServiceProvider();

        // 500,000.00 licence income, nothing deducted: 149号·（八） 80% = 400,000.00.
        var decision = provider.GetRequiredService<IncentiveEngine>()
            .Evaluate(Cases.University().WithMoneyContract(TransformationMode.Licence, 500_000m).Build(), Cases.Evaluated);

        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(400_000m);
    }

    [Fact]
    public void Options_choose_the_packs_and_the_language()
    {
        var amended = Baotou149.Pack.WithReadings(Baotou149.Pack.Readings);
        using var provider = new ServiceCollection()
            .AddBaotouIncentives(o =>
            {
                o.Packs.Clear();
                o.Packs.Add(amended);
                o.ExplanationLanguage = ExplanationLanguage.English;
            })
            .BuildServiceProvider();

        provider.GetRequiredService<IncentiveEngine>().Packs.Should().Equal(amended);
        provider.GetRequiredService<BaotouIncentivesOptions>().ExplanationLanguage.Should().Be(ExplanationLanguage.English);
    }

    [Fact]
    public void Registering_no_pack_fails_at_registration_not_at_first_use()
    {
        var act = () => new ServiceCollection().AddBaotouIncentives(o => o.Packs.Clear());

        act.Should().Throw<IncentiveValidationException>().WithMessage("*at least one policy pack*");
    }

    [Fact]
    public void Registering_twice_keeps_the_first_engine()
    {
        var services = new ServiceCollection().AddBaotouIncentives().AddBaotouIncentives(o => o.ExplanationLanguage = ExplanationLanguage.English);

        services.Count(s => s.ServiceType == typeof(IncentiveEngine)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<BaotouIncentivesOptions>().ExplanationLanguage.Should().Be(ExplanationLanguage.Chinese);
    }
}
