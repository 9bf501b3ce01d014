using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// <c>explain</c> tells what it shows (issue 23, 6): a signature row in the header, <c>--trust</c> as <c>replay</c> has it,
/// and for a tampered, diverged, untrusted record or an invalid signature no report and replay's exit code, unless
/// <c>--force</c> asks for it, then under a red warning above everything, in both languages.
/// </summary>
public sealed class ExplainTrustTests : ToolFolderTests
{
    public ExplainTrustTests()
        : base("baotou-explain-trust-")
    {
    }

    private const string Amount = "$.entitlements[0].minimumAmount";

    /// <summary>The report's text without the bidi isolates around case text.</summary>
    private static string Plain(string text) => text.Replace("\u2068", string.Empty, StringComparison.Ordinal).Replace("\u2069", string.Empty, StringComparison.Ordinal);

    private string Tampered()
    {
        var record = Record();
        var root = JsonNode.Parse(File.ReadAllText(record))!;
        root["entitlements"]![0]!["minimumAmount"] = 9_999_999.00m;
        File.WriteAllText(record, Forgery.Write(root));
        return record;
    }

    private string Diverged()
    {
        var record = Record();
        File.WriteAllText(record, Forgery.Set(File.ReadAllText(record), Amount, JsonValue.Create(9_999_999.00m)));
        return record;
    }

    private string BadSignature()
    {
        var (key, certificate) = Signer();
        var record = Record("--sign", key, "--cert", certificate);
        var root = JsonNode.Parse(File.ReadAllText(record))!;
        var signature = (string)root["signature"]!;
        var at = signature.LastIndexOf('.') + 10;
        root["signature"] = signature[..at] + (signature[at] == 'A' ? 'B' : 'A') + signature[(at + 1)..];
        File.WriteAllText(record, Forgery.Write(root));
        return record;
    }

    [Fact]
    public void Explain_of_a_tampered_record_writes_no_report_and_exits_2()
    {
        var record = Tampered();

        var (code, output, error) = Run("explain", record);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{record}: not explained: tampered; unsigned; --force writes the report anyway, under a warning"));
    }

    [Fact]
    public void Explain_force_of_a_tampered_record_puts_the_warning_above_everything_in_both_languages_with_exit_code_0()
    {
        var record = Tampered();

        var zh = Run("explain", record, "--force");
        var en = Run("explain", record, "--force", "--lang", "en");

        zh.Code.Should().Be(0);
        zh.Out.Should().StartWith("> 警告：摘要校验失败，记录在写入后被修改，本报告不可作为依据\n\n# ");
        en.Code.Should().Be(0);
        en.Out.Should().StartWith("> WARNING: the digest does not match: the record was edited after it was written; do not rely on this report\n\n# ");
    }

    [Fact]
    public void Explain_force_html_of_a_tampered_record_opens_the_body_with_a_red_alert()
    {
        var record = Tampered();

        var (code, output, _) = Run("explain", record, "--force", "--format", "html", "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("<body>\n<div class=\"tampered\" role=\"alert\">WARNING: the digest does not match: the record was edited after it was written; do not rely on this report</div>\n<h1>");
        output.Should().Contain(".tampered{");
    }

    [Fact]
    public void Explain_of_a_diverged_record_writes_no_report_and_exits_1_and_force_shows_the_warning()
    {
        var record = Diverged();

        var (code, output, error) = Run("explain", record);
        var forced = Run("explain", record, "--force", "--lang", "en");
        var zh = Run("explain", record, "--force");

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith($"{record}: not explained: diverged; first difference at ").And.EndWith("; unsigned; --force writes the report anyway, under a warning" + Environment.NewLine);
        forced.Code.Should().Be(0);
        forced.Out.Should().StartWith("> WARNING: replayed under today's rules, the record gives another decision; do not rely on this report\n\n# ");
        zh.Out.Should().StartWith("> 警告：按现行规则重算，结果与记录不一致，本报告不可作为依据\n\n# ");
    }

    [Fact]
    public void Explain_trust_of_another_signers_certificate_is_untrusted_with_exit_code_3()
    {
        var (key, certificate) = Signer();
        var (_, other) = Signer("CN=someone else", "other-");
        var record = Record("--sign", key, "--cert", certificate);

        var (code, output, error) = Run("explain", record, "--trust", other);
        var forced = Run("explain", record, "--trust", other, "--force", "--lang", "en");
        var zh = Run("explain", record, "--trust", other, "--force");

        code.Should().Be(3);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{record}: not explained: untrusted; signature valid, signer not verified (certificate claims CN=test signer); --force writes the report anyway, under a warning"));
        forced.Code.Should().Be(0);
        Plain(forced.Out).Should().StartWith("> WARNING: the record is not signed by a signer the trust file names; do not rely on this report\n\n# ")
            .And.Contain(@"| Signature | signature valid, signer not verified \(certificate claims CN=test signer\) |");
        Plain(zh.Out).Should().StartWith("> 警告：记录未经受信任的签名人签名，本报告不可作为依据\n\n# ")
            .And.Contain("| 签名 | 签名有效，签名人未经核实（证书声称 CN=test signer） |");
    }

    [Fact]
    public void Explain_of_an_unsigned_record_with_trust_is_untrusted_with_exit_code_3()
    {
        var (_, certificate) = Signer();
        var record = Record();

        var (code, output, error) = Run("explain", record, "--trust", certificate);

        code.Should().Be(3);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{record}: not explained: untrusted; unsigned; --force writes the report anyway, under a warning"));
    }

    [Fact]
    public void Explain_of_a_record_whose_signature_is_invalid_exits_2_and_force_shows_the_warning()
    {
        var record = BadSignature();

        var (code, output, error) = Run("explain", record);
        var forced = Run("explain", record, "--force", "--lang", "en");
        var zh = Run("explain", record, "--force");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{record}: not explained: tampered; signature invalid: the signature does not match the record's content; --force writes the report anyway, under a warning"));
        forced.Code.Should().Be(0);
        forced.Out.Should().StartWith("> WARNING: the signature is invalid: the record may have been altered; do not rely on this report\n\n# ")
            .And.Contain("| Signature | signature invalid: the signature does not match the record's content |");
        zh.Out.Should().StartWith("> 警告：签名无效，记录可能被修改，本报告不可作为依据\n\n# ")
            .And.Contain("| 签名 | 签名无效 |");
    }

    [Fact]
    public void Explain_trust_of_the_signers_certificate_reproduces_with_exit_code_0_a_signature_row_and_no_warning()
    {
        var (key, certificate) = Signer();
        var record = Record("--sign", key, "--cert", certificate);

        var en = Run("explain", record, "--trust", certificate, "--lang", "en");
        var zh = Run("explain", record, "--trust", certificate);
        var html = Run("explain", record, "--trust", certificate, "--format", "html");

        en.Code.Should().Be(0);
        en.Err.Should().BeEmpty();
        Plain(en.Out).Should().StartWith("# ").And.Contain(@"| Signature | signed by CN=test signer \(trusted; certificate validity dates not checked\) |");
        zh.Code.Should().Be(0);
        Plain(zh.Out).Should().StartWith("# ").And.Contain("| 签名 | 签名人 CN=test signer（受信任；未检查证书有效期） |");
        html.Code.Should().Be(0);
        html.Out.Should().NotContain("class=\"tampered\"");
    }

    [Fact]
    public void Explain_of_a_genuine_unsigned_record_says_unsigned_with_exit_code_0_and_no_warning()
    {
        var record = Record();

        var en = Run("explain", record, "--lang", "en");
        var zh = Run("explain", record);

        en.Should().Match<(int Code, string Out, string Err)>(r => r.Code == 0 && r.Err.Length == 0);
        en.Out.Should().StartWith("# ").And.Contain("| Signature | unsigned |");
        zh.Code.Should().Be(0);
        zh.Out.Should().StartWith("# ").And.Contain("| 签名 | 未签名 |");
    }
}
