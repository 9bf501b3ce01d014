using Baotou.Incentives.Policy;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// <c>packs list</c> and <c>packs show ID|FILE</c>: the shipped packs and a pack file in the catalogs' words, zh by default or
/// en; a file read strictly first. The words expected are the pack files' own (document numbers, dates, titles, references).
/// </summary>
public sealed class PacksCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-packs-show-").FullName;

    [Fact]
    public void Packs_list_is_a_table_with_a_header_in_chinese_by_default_and_in_english()
    {
        var zh = Run("packs", "list");
        var en = Run("packs", "list", "-l", "en");

        // Columns padded to the widest cell plus two spaces, a Chinese character counting two columns as a terminal shows
        // it: the document column's widest cell is the law's, 30 CJK characters and full-width brackets (58 columns) + 2.
        zh.Code.Should().Be(0);
        zh.Out.Should().Be(Lines(
            "编号               文号                                                         层级      施行日期    标题",
            "baotou-2023-149    包府办发〔2023〕149号                                        市级政策  2023-12-18  关于进一步强化科技成果转化激励若干措施",
            "cn-law-2015-art45  《中华人民共和国促进科技成果转化法》(2015年修正) 第四十五条  国家法律  2015-10-01  关于科技成果完成、转化人员的奖励和报酬"));
        en.Code.Should().Be(0);
        en.Out.Should().Be(Lines(
            "id                 document                                                     level         effective from  title",
            "baotou-2023-149    包府办发〔2023〕149号                                        municipal     2023-12-18      Several Measures on Further Strengthening Incentives for the Transformation of Scientific and Technological Achievements",
            "cn-law-2015-art45  《中华人民共和国促进科技成果转化法》(2015年修正) 第四十五条  national law  2015-10-01      Law on Promoting the Transformation of Scientific and Technological Achievements (2015), Article 45: rewards and remuneration of the people who completed and transformed an achievement"));
    }

    [Fact]
    public void Packs_list_as_json_is_an_array_of_the_shipped_packs()
    {
        var (code, output, error) = Run("packs", "list", "--format", "json", "--lang", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().Should().Be(2);
        var first = json.RootElement[0];
        first.GetProperty("id").GetString().Should().Be("baotou-2023-149");
        first.GetProperty("documentNumber").GetString().Should().Be("包府办发〔2023〕149号");
        first.GetProperty("level").GetString().Should().Be("Municipal");
        first.GetProperty("levelWords").GetString().Should().Be("municipal");
        first.GetProperty("effectiveFrom").GetString().Should().Be("2023-12-18");
        json.RootElement[1].GetProperty("id").GetString().Should().Be("cn-law-2015-art45");
    }

    [Fact]
    public void Packs_show_as_json_is_the_pack_file_format_that_reads_back_as_the_same_pack()
    {
        var (code, output, _) = Run("packs", "show", "baotou-2023-149", "-f", "json");

        code.Should().Be(0);
        var pack = PackFile.Parse(output);
        pack.Id.Should().Be("baotou-2023-149");
        PackFile.Write(pack).Should().Be(PackFile.Write(Baotou149.Pack));
    }

    [Fact]
    public void Packs_show_gives_the_identity_dates_and_every_parameter_with_its_unit_dated_values_and_references()
    {
        var (code, output, error) = Run("packs", "show", "baotou-2023-149", "--lang", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith(Lines(
            "baotou-2023-149 包府办发〔2023〕149号",
            "  title: Several Measures on Further Strengthening Incentives for the Transformation of Scientific and Technological Achievements",
            "  issued by: General Office of the Baotou Municipal People's Government",
            "  level: municipal",
            "  published: 2023-11-17",
            "  effective from: 2023-12-18",
            "  rule set: baotou-2023-149"))
            .And.Contain(Lines(
                "  149.7.major-project-threshold: major project threshold (yuan); an amount in yuan; No. 149 (7) major projects landing in Baotou",
                "    from 2023-12-18: 2,000,000.00 yuan (set by: 包府办发〔2023〕149号（七）金额在 200 万元以上的)"))
            .And.Contain(Lines(
                "  149.8.transfer-licence-net-income-share: share of transfer or licence net income; a rate; No. 149 (8) rewarding the people who did the work",
                "    from 2023-12-18: 80% (set by: 包府办发〔2023〕149号（八）成果转让或许可取得的净收入……不低于 80% 的比例)"));
        foreach (var parameter in Baotou149.Pack.Parameters)
        {
            output.Should().Contain($"{Environment.NewLine}  {parameter.Key}: ");
        }

        output.Split(Environment.NewLine).Count(l => l.StartsWith("    from ", StringComparison.Ordinal))
            .Should().Be(Baotou149.Pack.Parameters.Sum(p => Baotou149.Pack.ValuesOf(p).Count));
    }

    [Fact]
    public void Packs_show_says_each_reading_in_words_with_the_clause_it_decides_and_its_json_name()
    {
        var zh = Run("packs", "show", "baotou-2023-149");
        var en = Run("packs", "show", "baotou-2023-149", "--lang", "en");

        zh.Code.Should().Be(0);
        zh.Out.Should().Contain("（八）投产后年限的计算：投产当年为第一年 (profitYears)")
            .And.Contain("（五）成果转化收益的计算基数：净收入 (transferOfficeRewardBasis)");
        en.Out.Should().Contain("(8) how the years after production are counted: the year production succeeded is the first (profitYears)");
    }

    [Fact]
    public void Packs_show_of_a_pack_file_reads_it_and_says_what_it_succeeds_in_chinese()
    {
        var (code, output, _) = Run("packs", "show", PackOptionTests.Successor);

        code.Should().Be(0);
        output.Should().StartWith(Lines(
            "baotou-2025-x 包府办发〔2025〕X号",
            "  标题：关于调整职务科技成果转化收益分配比例的通知（示例）",
            "  发文机关：包头市人民政府办公室",
            "  层级：市级政策",
            "  发布日期：2025-06-01",
            "  施行日期：2025-07-01",
            "  规则集：baotou-2023-149",
            "  接续：baotou-2023-149"))
            .And.Contain(Lines(
                "  149.8.transfer-licence-net-income-share：转让或许可净收入奖励比例；比例；149号·（八） 放活职务科技成果转化收益",
                "    2025-07-01 起：85%（依据：包府办发〔2025〕X号（一）成果转让或许可取得的净收入……不低于 85% 的比例）"));
    }

    [Fact]
    public void Packs_show_of_an_invalid_file_names_it_and_every_problem_and_of_an_unknown_id_lists_the_shipped_ones()
    {
        var bad = Path.Combine(_folder, "bad.pack.json");
        File.WriteAllText(bad, File.ReadAllText(PackOptionTests.Successor).Replace("\"value\": 0.85", "\"value\": -0.1", StringComparison.Ordinal).Replace("\"ruleSet\": \"baotou-2023-149\"", "\"ruleSet\": \"baotou-2023-149\", \"extra\": 1", StringComparison.Ordinal));

        var invalid = Run("packs", "show", bad);
        var unknown = Run("packs", "show", "baotou-2099");

        invalid.Code.Should().Be(2);
        invalid.Err.Should().StartWith($"{bad}: invalid pack file:{Environment.NewLine}").And.Contain("$.extra: unknown field").And.Contain("$.parameters[0].values[0].value: must be a rate from 0 to 1");
        unknown.Code.Should().Be(2);
        unknown.Err.Should().Be(Lines("baotou-2099: neither a shipped pack (baotou-2023-149, cn-law-2015-art45) nor a pack file"));
    }

    [Theory]
    [InlineData("whatif", "whatif <case> [options]", "--set <parameter=value>")]
    [InlineData("packs", "packs [command] [options]", "list")]
    [InlineData("packs show", "packs show <id-or-file> [options]", "--lang <en|zh>")]
    [InlineData("packs list", "packs list [options]", "--lang <en|zh>")]
    [InlineData("evaluate", "evaluate <case>... [options]", "--pack <pack.json>")]
    [InlineData("verify", "verify <path>... [options]", "--pack <pack.json>")]
    [InlineData("replay", "replay <record> [options]", "--pack <pack.json>")]
    [InlineData("explain", "explain <record> [options]", "--pack <pack.json>")]
    public void Every_new_command_and_option_has_help(string command, string usage, string shows)
    {
        var (code, output, _) = Run([.. command.Split(' '), "--help"]);

        code.Should().Be(0);
        output.Should().Contain("Usage:" + Environment.NewLine + $"  {System.CommandLine.RootCommand.ExecutableName} {usage}").And.Contain(shows);
    }

    [Fact]
    public void The_new_messages_show_no_dotnet_type_name_or_stack_trace()
    {
        var malformed = Path.Combine(_folder, "malformed.json");
        File.WriteAllText(malformed, "{ ] }");
        var runs = new[]
        {
            Run("packs", "show", malformed),
            Run("packs", "show", _folder),
            Run("evaluate", PackOptionTests.TransferSignedOn("2025-07-01"), "--pack", malformed),
            Run("whatif", PackOptionTests.TransferSignedOn("2025-07-01"), "--pack", malformed),
            Run("whatif", malformed, "--set", "149.8.equity-share=1"),
            Run("replay", malformed, "--pack", PackOptionTests.Successor),
            Run("packs"),
        };

        foreach (var (code, output, error) in runs)
        {
            code.Should().NotBe(0);
            (output + error).Should().NotContain("Exception").And.NotContain("   at ").And.NotContain("System.").And.NotContain("Baotou.Incentives.");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
