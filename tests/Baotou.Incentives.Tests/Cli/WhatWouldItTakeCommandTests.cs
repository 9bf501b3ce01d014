using Baotou.Incentives.Records;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary><c>what-would-it-take CASE [--lang]</c> prints the answers in the catalogs' words, in either language.</summary>
public sealed class WhatWouldItTakeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-take-").FullName;

    /// <summary>1,950,000.00 received under a transfer signed 2024-03-01, evaluated 2025-06-30: 50,000.00 short of （七）'s 2,000,000.00.</summary>
    private string ShortCase()
    {
        var path = Path.Combine(_folder, "short.json");
        var incentiveCase = new IncentiveCaseBuilder("short")
            .Unit("U1", "包头某大学", UnitKind.University)
            .Achievement("A1", "U1", "稀土永磁材料", "张团队")
            .Contract("C1", "A1", TransformationMode.Transfer, new LocalDate(2024, 3, 1), 1_950_000m)
            .Payment("P1", "C1", new LocalDate(2024, 3, 11), 1_950_000m)
            .Build();
        File.WriteAllText(path, CaseFile.Write(incentiveCase, new LocalDate(2025, 6, 30), ["baotou-2023-149"]));
        return path;
    }

    [Fact]
    public void In_english_it_names_the_amount_the_contract_the_date_and_what_it_brings()
    {
        var (code, output, _) = Run("what-would-it-take", ShortCase(), "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("50,000.00 yuan more received on contract C1 by 2025-06-30")
            .And.Contain("confirmed")
            .And.Contain("400,000.00 yuan");
    }

    [Fact]
    public void In_chinese_it_says_the_same_in_the_catalogs_words()
    {
        var (code, output, _) = Run("what-would-it-take", ShortCase());

        code.Should().Be(0);
        output.Should().Contain("合同 C1 在 2025-06-30（含）前再收到 50,000.00 元").And.Contain("已验证").And.Contain("400,000.00 元");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
