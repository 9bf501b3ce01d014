using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>The 149号 pack: its dates, its values, and copies that never change the original.</summary>
public sealed class PolicyPackTests
{
    [Fact]
    public void Takes_effect_thirty_days_after_publication_counted_from_the_next_day()
    {
        Baotou149.PublishedOn.Should().Be(new LocalDate(2023, 11, 17));
        Baotou149.Pack.EffectiveFrom.Should().Be(new LocalDate(2023, 12, 18));
        Baotou149.Pack.IsInForceOn(new LocalDate(2023, 12, 17)).Should().BeFalse();
        Baotou149.Pack.IsInForceOn(new LocalDate(2023, 12, 18)).Should().BeTrue();
    }

    [Fact]
    public void Carries_every_number_of_the_text()
    {
        var values = Baotou149.Pack.Parameters.ToDictionary(p => p.Key, p => Baotou149.Pack.Read(p, Baotou149.EffectiveFrom).Value);

        values.Should().BeEquivalentTo(new Dictionary<string, decimal>
        {
            ["149.2.minimum-use-right-years"] = 10m,
            ["149.3.income-retained-share"] = 1m,
            ["149.5.transfer-office-reward-share"] = 0.05m,
            ["149.7.major-project-threshold"] = 2_000_000m,
            ["149.7.regional-incentive-rate"] = 0.20m,
            ["149.8.transfer-licence-net-income-share"] = 0.80m,
            ["149.8.equity-share"] = 0.80m,
            ["149.8.operating-profit-share"] = 0.10m,
            ["149.8.operating-profit-years"] = 5m,
            ["149.8.national-award-transfer-share"] = 0.90m,
            ["149.9.surplus-researcher-share"] = 0.90m,
        });
    }

    [Fact]
    public void An_amendment_applies_to_events_on_or_after_its_date_only_and_leaves_the_original_alone()
    {
        var amended = Baotou149.Pack.WithAmendment(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 1, 1), 0.85m, "amendment");

        amended.Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2024, 12, 31)).Value.Should().Be(0.80m);
        amended.Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 1, 1)).Value.Should().Be(0.85m);
        Baotou149.Pack.Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 1, 1)).Value.Should().Be(0.80m);
    }

    [Fact]
    public void Reading_before_the_first_value_says_when_the_first_value_applies()
    {
        var act = () => Baotou149.Pack.Read(Baotou149.EquityShare, new LocalDate(2023, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*first value takes effect on 2023-12-18*");
    }

    [Theory]
    [InlineData(1.01)]
    [InlineData(-0.01)]
    public void A_rate_outside_zero_to_one_is_refused(decimal rate)
    {
        var act = () => Baotou149.Pack.WithValue(Baotou149.EquityShare, rate);

        act.Should().Throw<InvalidFactException>().Which.Problem.Reason.Should().Be($"must be a rate from 0 to 1; was {rate}");
    }
}
