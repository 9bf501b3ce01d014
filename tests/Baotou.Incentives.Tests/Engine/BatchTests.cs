using System.Runtime.CompilerServices;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Engine;

public sealed class BatchTests
{
    private const string Rule = "149-8-transfer-licence-net-income";

    /// <summary>Case i licenses for (i + 1) × 10,000.00 yuan, so 149号·（八） grants (i + 1) × 8,000.00.</summary>
    private static IncentiveCase Licensing(int i) =>
        Cases.University().WithMoneyContract(TransformationMode.Licence, (i + 1) * 10_000m).Build() is var built
            ? new IncentiveCase($"case-{i}", built.Facts)
            : throw new InvalidOperationException();

    private static readonly IncentiveCase Invalid = new("invalid", [
        new Unit("U1", "单位", UnitKind.University, false, false),
        new PaymentReceived("P1", "C404", Cases.Signed, 10m),
    ]);

    [Fact]
    public async Task Results_come_back_in_input_order_whatever_finishes_first()
    {
        var results = await Cases.Engine
            .EvaluateManyAsync(Stream(Enumerable.Range(0, 12).Select(Licensing)), Cases.Evaluated, new BatchOptions { MaxDegreeOfParallelism = 4 })
            .ToListAsync();

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, 12));
        results.Select(r => r.Decision!.CaseId).Should().Equal(Enumerable.Range(0, 12).Select(i => $"case-{i}"));
        // case 11: 120,000.00 × 80% = 96,000.00.
        results[11].Decision!.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(96_000m);
    }

    [Fact]
    public async Task A_bad_case_in_the_middle_is_reported_and_the_batch_goes_on()
    {
        var results = await Cases.Engine
            .EvaluateManyAsync(Stream([Licensing(0), Invalid, Licensing(2)]), Cases.Evaluated, new BatchOptions { MaxDegreeOfParallelism = 2 })
            .ToListAsync();

        results.Select(r => r.Succeeded).Should().Equal(true, false, true);
        results[1].Decision.Should().BeNull();
        results[1].Error!.Message.Should().Contain("PaymentReceived 'P1'.ContractId");
        // case 2: 30,000.00 × 80% = 24,000.00.
        results[2].Decision!.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(24_000m);
    }

    [Fact]
    public async Task Cancelling_stops_the_batch_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        var act = async () =>
        {
            await foreach (var _ in Cases.Engine.EvaluateManyAsync(
                Stream(Enumerable.Range(0, 50).Select(Licensing)), Cases.Evaluated, new BatchOptions { MaxDegreeOfParallelism = 1 }, cancellation.Token))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(2);
    }

    [Fact]
    public void Parallelism_below_one_is_refused()
    {
        var act = () => new BatchOptions { MaxDegreeOfParallelism = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static async IAsyncEnumerable<IncentiveCase> Stream(IEnumerable<IncentiveCase> cases, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var incentiveCase in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return incentiveCase;
        }
    }
}
