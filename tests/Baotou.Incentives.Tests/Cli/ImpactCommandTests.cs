using System.Text.Json;
using Baotou.Incentives.Tests.Conventions;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// <c>impact --pack NEW.json RECORDS</c> on the sample records (samples/records, made by the tool from samples/cases and
/// samples/successor) with the sample later pack (80% → 85% from 2025-07-01): exactly the one decision whose event is on or
/// after 2025-07-01 changes, 900,000.00 × 80% = 720,000.00 → × 85% = 765,000.00; the tampered copy is listed apart; exit 2
/// because one record could not be replayed.
/// </summary>
public sealed class ImpactCommandTests
{
    private static readonly string Root = ConventionTests.RepositoryRoot();
    private static readonly string Records = Path.Combine(Root, "samples", "records");
    private static readonly string Pack = Path.Combine(Root, "samples", "packs", "baotou-2025-x.pack.json");

    [Fact]
    public void The_table_lists_the_one_decision_from_the_packs_date_the_tampered_record_apart_and_the_totals()
    {
        var (code, output, _) = Run("impact", "--pack", Pack, Records);

        code.Should().Be(2);
        var lines = output.Split(Environment.NewLine);
        lines.Where(l => l.Contains(" → ", StringComparison.Ordinal) && !l.StartsWith("  ", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain("transfer-signed-2025-07-01.record.json").And.Contain("80% = 720,000.00 OwedMinimum → 85% = 765,000.00 OwedMinimum")
            .And.Contain("149号·从高从新不重复");
        lines.Should().Contain(l => l.Contains("tampered-transfer-signed-2025-07-01.record.json: tampered", StringComparison.Ordinal));
        lines.Should().Contain("  149号·（八） CompletingTeam: 1 change, 720,000.00 → 765,000.00 (+45,000.00)");
        lines.Should().Contain("1 changed, 9 unchanged, 1 not replayable");
    }

    [Fact]
    public void Csv_has_one_row_per_change_and_per_record_that_does_not_change_or_cannot_be_replayed()
    {
        var (_, output, _) = Run("impact", "--pack", Pack, Records, "--format", "csv");

        var rows = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        rows.Should().HaveCount(1 + 11, "a header and one row for each of the eleven records");
        rows.Should().ContainSingle(r => r.Contains(",changed,", StringComparison.Ordinal))
            .Which.Should().Contain(",0.80,0.85,720000.00,765000.00,149-closing-higher-newer-governs,");
        rows.Should().ContainSingle(r => r.Contains(",not replayable,", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_one_document_with_every_record_and_the_totals()
    {
        var (_, output, _) = Run("impact", "--pack", Pack, Records, "--format", "json");

        using var document = JsonDocument.Parse(output);
        var records = document.RootElement.GetProperty("records").EnumerateArray().ToArray();
        records.Should().HaveCount(11);
        records.Count(r => r.GetProperty("status").GetString() == "changed").Should().Be(1);
        var totals = document.RootElement.GetProperty("totals");
        (totals.GetProperty("changed").GetInt32(), totals.GetProperty("unchanged").GetInt32(), totals.GetProperty("notReplayable").GetInt32()).Should().Be((1, 9, 1));
        totals.GetProperty("byClauseAndBeneficiary")[0].GetProperty("after").GetDecimal().Should().Be(765_000m);
    }

    [Fact]
    public void Without_a_pack_it_is_refused_with_exit_2()
    {
        Run("impact", Records).Code.Should().Be(2);
    }
}
