using System.Security.Cryptography.X509Certificates;
using Baotou.Incentives.Cli;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// The tool's files: signing and trusted replay, limits enforced before reading for every command, no input overwritten,
/// an empty <c>--out</c> refused, and every error naming the file and the problem.
/// </summary>
public sealed class CommandLineFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-files-").FullName;

    private static string Sample => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json");

    private string InFolder(string name) => Path.Combine(_folder, name);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_record_signed_with_a_certificate_replays_trusted_by_it_with_exit_code_0()
    {
        using var certificate = TestKeys.SelfSigned("CN=test signer");
        File.WriteAllText(InFolder("key.pem"), TestKeys.PrivateKeyPem(certificate.GetECDsaPrivateKey()!));
        File.WriteAllText(InFolder("cert.pem"), TestKeys.CertificatePem(certificate));

        Run("evaluate", Sample, "--sign", InFolder("key.pem"), "--cert", InFolder("cert.pem"), "--out", InFolder("record.json")).Code.Should().Be(0);
        var (code, output, _) = Run("replay", InFolder("record.json"), "--trust", InFolder("cert.pem"));

        code.Should().Be(0);
        output.Should().Be("reproduced; signed by CN=test signer (trusted)" + Environment.NewLine);
    }

    [Fact]
    public void With_trust_an_unsigned_record_is_untrusted_with_exit_code_3()
    {
        using var key = TestKeys.NewP256();
        File.WriteAllText(InFolder("trusted.pem"), TestKeys.PublicKeyPem(key));
        Run("evaluate", Sample, "--out", InFolder("record.json")).Code.Should().Be(0);

        var (code, output, _) = Run("replay", InFolder("record.json"), "--trust", InFolder("trusted.pem"));

        code.Should().Be(3);
        output.Should().Be("untrusted; unsigned" + Environment.NewLine);
    }

    [Fact]
    public void A_signed_record_edited_by_hand_says_signature_invalid_with_exit_code_2()
    {
        using var key = TestKeys.NewP256();
        File.WriteAllText(InFolder("key.pem"), TestKeys.PrivateKeyPem(key));
        Run("evaluate", Sample, "--sign", InFolder("key.pem"), "--out", InFolder("record.json")).Code.Should().Be(0);
        File.WriteAllText(InFolder("record.json"), Forgery.Set(File.ReadAllText(InFolder("record.json")), "$.entitlements[0].beneficiary", "TransferringUnit"));

        var (code, output, _) = Run("replay", InFolder("record.json"));

        code.Should().Be(2);
        output.Should().Be("tampered; signature invalid: the signature does not match the record's content" + Environment.NewLine);
    }

    [Fact]
    public void An_empty_out_is_a_clear_error_and_writes_nothing()
    {
        var (code, output, error) = Run("evaluate", Sample, "--out", "");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("--out: needs a file name; was empty (leave --out out to write to the console)" + Environment.NewLine);
    }

    [Fact]
    public void No_command_overwrites_its_own_input()
    {
        Run("evaluate", Sample, "--out", InFolder("record.json")).Code.Should().Be(0);
        var before = File.ReadAllBytes(InFolder("record.json"));
        File.Copy(Sample, InFolder("case.json"));

        var explain = Run("explain", InFolder("record.json"), "--out", InFolder("record.json"));
        var evaluate = Run("evaluate", InFolder("case.json"), "--out", Path.Combine(_folder, ".", "case.json"));

        explain.Code.Should().Be(2);
        explain.Err.Should().Contain("record.json: is one of this command's inputs; --out must name another file");
        evaluate.Code.Should().Be(2);
        File.ReadAllBytes(InFolder("record.json")).Should().Equal(before);
        File.ReadAllText(InFolder("case.json")).Should().Be(File.ReadAllText(Sample));
    }

    [Theory]
    [InlineData("evaluate", "case file")]
    [InlineData("replay", "record")]
    [InlineData("explain", "record")]
    public void A_sparse_file_of_one_and_a_half_gigabytes_is_refused_from_its_length_naming_the_file(string command, string what)
    {
        var huge = InFolder("huge.json");
        using (var file = File.Create(huge))
        {
            file.SetLength(1_610_612_736);
        }

        var (code, _, error) = Run(command, huge);

        code.Should().Be(2);
        error.Should().Contain($"{huge}: invalid {what}:").And.Contain($"is 1610612736 bytes; a {what} may be at most 16777216 bytes");
    }

    [Fact]
    public void A_sparse_policy_case_fails_verify_naming_the_file()
    {
        using (var file = File.Create(InFolder("huge.json")))
        {
            file.SetLength(1_610_612_736);
        }

        var (code, output, _) = Run("verify", _folder);

        code.Should().Be(1);
        output.Should().Contain("FAIL huge.json").And.Contain("is 1610612736 bytes; a policy case may be at most 16777216 bytes");
    }

    [Theory]
    [InlineData("evaluate", "case file")]
    [InlineData("replay", "record")]
    [InlineData("explain", "record")]
    public void Dev_zero_is_refused_after_the_limit_naming_the_file(string command, string what)
    {
        var (code, _, error) = Run(command, "/dev/zero");

        code.Should().Be(2);
        error.Should().Contain($"/dev/zero: invalid {what}:").And.Contain("is more than 16777216 bytes (stopped reading there)");
    }

    [Fact]
    public void A_missing_file_and_a_bad_key_file_are_named()
    {
        File.WriteAllText(InFolder("key.pem"), "not a key");

        var missing = Run("replay", InFolder("nothing.json"));
        var badKey = Run("evaluate", Sample, "--sign", InFolder("key.pem"));

        missing.Err.Should().Be($"{InFolder("nothing.json")}: no such file (the record){Environment.NewLine}");
        badKey.Code.Should().Be(2);
        badKey.Err.Should().Be($"{InFolder("key.pem")}: must be an ECDSA P-256 private key in PEM (BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY){Environment.NewLine}");
    }

    [Fact]
    public void A_record_of_a_pack_the_tool_does_not_ship_is_refused_naming_the_file()
    {
        Run("evaluate", Sample, "--out", InFolder("record.json")).Code.Should().Be(0);
        File.WriteAllText(InFolder("record.json"), Forgery.Set(File.ReadAllText(InFolder("record.json")), "$.packs[0]", "baotou-2099-1"));

        var (code, _, error) = Run("replay", InFolder("record.json"));

        code.Should().Be(2);
        error.Should().StartWith($"{InFolder("record.json")}: invalid record:").And.Contain("is not a pack the library ships");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
