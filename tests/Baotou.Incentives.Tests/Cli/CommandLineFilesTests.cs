using System.Security.Cryptography.X509Certificates;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// The tool's files, one test per message in the style of <see cref="CommandLineMessagesTests"/> (the input, the exact
/// words, the exit code): <c>--sign</c>/<c>--cert</c> and <c>--trust</c> (exit 3 untrusted), limits enforced before reading
/// for every command, no input overwritten, an empty <c>--out</c> refused, and every error as <c>file: problem</c>.
/// </summary>
public sealed class CommandLineFilesTests : ToolFolderTests
{
    public CommandLineFilesTests()
        : base("baotou-cli-files-")
    {
    }

    private const string Evaluated = "the decision record of case sample-university-transfer on 2025-06-30 (4 entitlements, 3 determinations, 10 rule firings)";

    private string Huge()
    {
        var huge = InFolder("huge.json");
        using var file = File.Create(huge);
        file.SetLength(1_610_612_736);
        return huge;
    }

    [Fact]
    public void Evaluate_sign_with_cert_says_who_signed_and_replay_trust_of_the_cert_reproduces_with_exit_code_0()
    {
        var (key, certificate) = Signer();
        var record = InFolder("record.json");

        var evaluate = Run("evaluate", Sample, "--sign", key, "--cert", certificate, "--out", record);
        var (code, output, error) = Run("replay", record, "--trust", certificate);

        evaluate.Should().Be((0, Lines($"wrote {record}: {Evaluated}; signed by CN=test signer"), string.Empty));
        code.Should().Be(0);
        output.Should().Be(Lines("reproduced; signed by CN=test signer (trusted; certificate validity dates not checked)"));
        error.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_sign_without_cert_names_the_signer_by_its_keys_thumbprint()
    {
        using var key = TestKeys.NewP256();
        File.WriteAllText(InFolder("key.pem"), TestKeys.PrivateKeyPem(key));
        File.WriteAllText(InFolder("public.pem"), TestKeys.PublicKeyPem(key));
        var record = Record("--sign", InFolder("key.pem"));

        var (code, output, _) = Run("replay", record, "--trust", InFolder("public.pem"));

        code.Should().Be(0);
        output.Should().StartWith("reproduced; signed by key sha256:").And.EndWith(" (trusted)" + Environment.NewLine);
    }

    [Fact]
    public void Evaluate_to_standard_output_with_sign_writes_a_signed_record()
    {
        var (key, _) = Signer();

        var (code, output, _) = Run("evaluate", Sample, "--sign", key);

        code.Should().Be(0);
        output.Should().Contain("\n  \"signature\": \"");
        Baotou.Incentives.Records.DecisionRecord.Parse(output).IsSigned.Should().BeTrue();
    }

    [Fact]
    public void Cert_without_sign_is_an_error_with_exit_code_2_and_nothing_is_written()
    {
        var (_, certificate) = Signer();
        var record = InFolder("record.json");

        var (code, output, error) = Run("evaluate", Sample, "--cert", certificate, "--out", record);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{certificate}: --cert is the certificate of the --sign key; give --sign too"));
        File.Exists(record).Should().BeFalse();
    }

    [Fact]
    public void A_cert_of_another_key_is_named_with_exit_code_2()
    {
        var (key, _) = Signer();
        var (_, other) = Signer("CN=someone else", "other-");

        var (code, _, error) = Run("evaluate", Sample, "--sign", key, "--cert", other);

        code.Should().Be(2);
        error.Should().Be(Lines($"{other}: must be the certificate of the signing key; it holds another key"));
    }

    [Fact]
    public void A_key_file_that_holds_no_key_is_named_with_exit_code_2()
    {
        File.WriteAllText(InFolder("key.pem"), "not a key");

        var (code, output, error) = Run("evaluate", Sample, "--sign", InFolder("key.pem"));

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{InFolder("key.pem")}: must be an ECDSA P-256 private key in PEM (BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)"));
    }

    [Fact]
    public void A_missing_key_or_trust_file_is_named_with_exit_code_2()
    {
        var record = Record();

        var key = Run("evaluate", Sample, "--sign", InFolder("nope.pem"));
        var trust = Run("replay", record, "--trust", InFolder("nope.pem"));

        key.Should().Be((2, string.Empty, Lines($"{InFolder("nope.pem")}: no such file")));
        trust.Should().Be((2, string.Empty, Lines($"{InFolder("nope.pem")}: no such file")));
    }

    [Fact]
    public void Replay_trust_of_an_unsigned_record_is_untrusted_with_exit_code_3()
    {
        var (_, certificate) = Signer();
        var record = Record();

        var (code, output, _) = Run("replay", record, "--trust", certificate);

        code.Should().Be(3);
        output.Should().Be(Lines("untrusted; unsigned"));
    }

    [Fact]
    public void Replay_trust_of_another_signers_certificate_is_untrusted_with_exit_code_3()
    {
        var (key, certificate) = Signer();
        var (_, other) = Signer("CN=someone else", "other-");
        var record = Record("--sign", key, "--cert", certificate);

        var (code, output, _) = Run("replay", record, "--trust", other);

        code.Should().Be(3);
        output.Should().Be(Lines("untrusted; signature valid, signer not verified (certificate claims CN=test signer)"));
    }

    [Fact]
    public void Replay_without_trust_says_the_signature_is_valid_and_the_signer_not_verified_with_exit_code_0()
    {
        var (key, certificate) = Signer();
        var record = Record("--sign", key, "--cert", certificate);

        Run("replay", record).Should().Be((0, Lines("reproduced; signature valid, signer not verified (certificate claims CN=test signer)", NotVerified), string.Empty));
    }

    [Fact]
    public void A_record_re_signed_with_an_attackers_certificate_carrying_the_auditors_CN_never_prints_the_trusted_line()
    {
        var (auditorKey, auditorCertificate) = Signer("CN=包头市某审计单位");
        var (attackerKey, attackerCertificate) = Signer("CN=包头市某审计单位", "attacker-");
        var genuine = Record("--sign", auditorKey, "--cert", auditorCertificate);
        var forged = InFolder("forged.json");
        Run("evaluate", Sample, "--sign", attackerKey, "--cert", attackerCertificate, "--out", forged).Code.Should().Be(0);

        Run("replay", genuine, "--trust", auditorCertificate).Should().Be((0, Lines("reproduced; signed by CN=包头市某审计单位 (trusted; certificate validity dates not checked)"), string.Empty));
        Run("replay", forged).Should().Be((0, Lines("reproduced; signature valid, signer not verified (certificate claims CN=包头市某审计单位)", NotVerified), string.Empty));
        Run("replay", forged, "--trust", auditorCertificate).Should().Be((3, Lines("untrusted; signature valid, signer not verified (certificate claims CN=包头市某审计单位)"), string.Empty));
    }

    [Fact]
    public void Sign_with_a_certificate_that_does_not_allow_signing_is_refused_naming_the_cert_with_exit_code_2()
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var server = TestKeys.IssuedBy(authority, "CN=www.example.invalid", TestKeys.Leaf(X509KeyUsageFlags.KeyEncipherment, "1.3.6.1.5.5.7.3.1"));
        File.WriteAllText(InFolder("key.pem"), TestKeys.PrivateKeyPem(server.GetECDsaPrivateKey()!));
        File.WriteAllText(InFolder("cert.pem"), TestKeys.CertificatePem(server));
        var record = InFolder("record.json");

        var (code, output, error) = Run("evaluate", Sample, "--sign", InFolder("key.pem"), "--cert", InFolder("cert.pem"), "--out", record);

        (code, output).Should().Be((2, string.Empty));
        error.Should().StartWith($"{InFolder("cert.pem")}: must allow signing: its key usage has no digitalSignature");
        File.Exists(record).Should().BeFalse();
    }

    [Fact]
    public void A_signed_record_edited_with_its_digest_recomputed_says_signature_invalid_with_exit_code_2()
    {
        var (key, _) = Signer();
        var record = Record("--sign", key);
        File.WriteAllText(record, Forgery.Set(File.ReadAllText(record), "$.entitlements[0].beneficiary", "TransferringUnit"));

        var (code, output, _) = Run("replay", record);

        code.Should().Be(2);
        output.Should().Be(Lines("tampered; signature invalid: the signature does not match the record's content"));
    }

    [Fact]
    public void Evaluate_out_dir_with_sign_signs_every_record()
    {
        var (key, certificate) = Signer();
        var cases = Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases");
        var records = InFolder("records");

        var (code, _, _) = Run("evaluate", cases, "--out-dir", records, "--sign", key, "--cert", certificate);

        code.Should().Be(0);
        var written = Directory.GetFiles(records, "*.record.json");
        written.Should().HaveCount(Directory.GetFiles(cases, "*.json").Length);
        foreach (var record in written)
        {
            Run("replay", record, "--trust", certificate).Should().Be((0, Lines("reproduced; signed by CN=test signer (trusted; certificate validity dates not checked)"), string.Empty));
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    public void An_empty_out_is_a_clear_error_and_writes_nothing(string command)
    {
        var input = command == "evaluate" ? Sample : Record();

        var (code, output, error) = Run(command, input, "--out", string.Empty);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines("--out: needs a file name; was empty (leave --out out to write to the console)"));
    }

    [Fact]
    public void An_empty_out_dir_is_a_clear_error()
    {
        var (code, _, error) = Run("evaluate", Sample, "--out-dir", string.Empty);

        code.Should().Be(2);
        error.Should().Be(Lines("--out-dir: needs a folder name; was empty"));
    }

    [Fact]
    public void Explain_out_naming_its_record_is_refused_and_the_record_is_unchanged()
    {
        var record = Record();
        var before = File.ReadAllBytes(record);

        var (code, output, error) = Run("explain", record, "--out", record);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{record}: is one of this command's inputs; --out must name another file, so that no input is overwritten"));
        File.ReadAllBytes(record).Should().Equal(before);
    }

    [Fact]
    public void Evaluate_out_resolving_to_its_case_file_is_refused_before_reading()
    {
        // The case file does not exist: the refusal is about --out, so it comes before the case is read.
        var missing = InFolder("case.json");
        var sameFile = Path.Combine(Folder, ".", "case.json");

        var (code, _, error) = Run("evaluate", missing, "--out", sameFile);

        code.Should().Be(2);
        error.Should().Be(Lines($"{sameFile}: is one of this command's inputs; --out must name another file, so that no input is overwritten"));
    }

    [Fact]
    public void Evaluate_out_naming_its_signing_key_is_refused_and_the_key_is_unchanged()
    {
        var (key, certificate) = Signer();
        var before = File.ReadAllText(key);

        var (code, _, error) = Run("evaluate", Sample, "--sign", key, "--cert", certificate, "--out", key);

        code.Should().Be(2);
        error.Should().Be(Lines($"{key}: is one of this command's inputs; --out must name another file, so that no input is overwritten"));
        File.ReadAllText(key).Should().Be(before);
    }

    [Fact]
    public void An_out_that_is_a_symbolic_link_to_the_input_is_refused()
    {
        var record = Record();
        var link = InFolder("link.md");
        File.CreateSymbolicLink(link, record);

        var (code, _, error) = Run("explain", record, "--out", link);

        code.Should().Be(2);
        error.Should().Be(Lines($"{link}: is one of this command's inputs; --out must name another file, so that no input is overwritten"));
    }

    [Fact]
    public void A_sparse_case_file_of_one_and_a_half_gigabytes_is_refused_from_its_length_naming_the_file()
    {
        var huge = Huge();

        var (code, output, error) = Run("evaluate", huge);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{huge}: invalid case file:", "  JSON.$: is 1610612736 bytes; a case file may be at most 16777216 bytes"));
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("explain")]
    public void A_sparse_record_of_one_and_a_half_gigabytes_is_refused_from_its_length_naming_the_file(string command)
    {
        var huge = Huge();

        var (code, _, error) = Run(command, huge);

        code.Should().Be(2);
        error.Should().Be(Lines($"{huge}: invalid decision record:", "  JSON.$: is 1610612736 bytes; a record may be at most 16777216 bytes"));
    }

    [Fact]
    public void A_sparse_policy_case_fails_verify_naming_the_file()
    {
        Huge();

        var (code, output, _) = Run("verify", Folder);

        code.Should().Be(2);
        output.Should().Be(Lines("FAIL huge.json: invalid policy case: JSON.$: is 1610612736 bytes; a policy case may be at most 16777216 bytes", "0 passed, 1 failed"));
    }

    [Fact]
    public void A_sparse_case_among_many_is_refused_and_the_others_evaluated()
    {
        var huge = Huge();
        File.Copy(Sample, InFolder("good.json"));

        var (code, output, _) = Run("evaluate", Folder, "--out-dir", InFolder("records"));

        code.Should().Be(1);
        output.Should().Contain(Lines($"FAIL {huge}: JSON.$: is 1610612736 bytes; a case file may be at most 16777216 bytes"));
        File.Exists(Path.Combine(InFolder("records"), "good.record.json")).Should().BeTrue();
    }

    [Theory]
    [InlineData("evaluate", "case file")]
    [InlineData("replay", "decision record")]
    [InlineData("explain", "decision record")]
    public void Dev_zero_is_refused_as_a_device_without_being_read_naming_the_file(string command, string what)
    {
        // Issue 23: only regular files are read; a device is refused by name before it is opened, not read up to the limit.
        var (code, _, error) = Run(command, "/dev/zero");

        code.Should().Be(2);
        error.Should().Be(Lines($"/dev/zero: is a device, not a regular file; it is not opened; give a {what} (a .json file)"));
    }

    [Fact]
    public void A_record_whose_pack_ids_disagree_with_the_packs_it_carries_is_refused_naming_the_file()
    {
        var record = Record();
        var json = File.ReadAllText(record);
        File.WriteAllText(record, json.Replace("\"packs\": [\n    \"baotou-2023-149\"", "\"packs\": [\n    \"baotou-2099-1\"", StringComparison.Ordinal));
        File.ReadAllText(record).Should().NotBe(json);

        var (code, _, error) = Run("replay", record);

        code.Should().Be(2);
        error.Should().Be(Lines($"{record}: invalid decision record:",
            "  JSON.$.packDefinitions: must define the packs of $.packs in the same order (baotou-2099-1, cn-law-2015-art45); defines baotou-2023-149, cn-law-2015-art45"));
    }

    [Theory]
    [InlineData("evaluate", "--sign <key.pem>", "--cert <cert.pem>")]
    [InlineData("replay", "--trust <cert-or-public-key.pem>", "3 untrusted")]
    public void Help_shows_the_signing_options(string command, string option, string other)
    {
        var (code, output, _) = Run(command, "--help");

        code.Should().Be(0);
        output.Should().Contain(option).And.Contain(other);
    }
}
