using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Signing;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Signed records: a detached JWS (ES256) over the bytes the digest covers. A digest shows an accidental change; only a
/// signature shows who made the record and that nothing changed since: a forgery with its digest recomputed still fails it.
/// </summary>
public sealed class RecordSignatureTests
{
    private static DecisionRecord Unsigned() => Cases.Engine.Record(DecisionRecordTests.Transfer(), Cases.Evaluated);

    [Fact]
    public void A_record_signed_with_a_certificate_replays_as_signed_by_its_subject_and_trusted_by_it()
    {
        using var certificate = TestKeys.SelfSigned("CN=包头市科技局 test signer");
        using var signer = RecordSigner.FromCertificate(certificate);

        var signed = DecisionRecord.Parse(signer.Sign(Unsigned()).ToJson());
        var result = Cases.Engine.Replay(signed, RecordTrust.FromPem(TestKeys.CertificatePem(certificate)));

        signed.IsSigned.Should().BeTrue();
        signed.Digest.Should().Be(Unsigned().Digest, "a signature is over the content the digest covers and leaves it as it was");
        result.Verdict.Should().Be(ReplayVerdict.Reproduced);
        result.Signature.Should().Be(new SignatureCheck(SignatureStatus.Valid, "CN=包头市科技局 test signer", true, null));
        result.Summary().Should().Be("reproduced; signed by CN=包头市科技局 test signer (trusted; certificate validity dates not checked)");
    }

    [Fact]
    public void A_record_signed_with_a_bare_key_is_signed_by_the_keys_thumbprint_and_trusted_by_its_public_key()
    {
        using var key = TestKeys.NewP256();
        using var signer = RecordSigner.FromPem(TestKeys.PrivateKeyPem(key));

        var signed = DecisionRecord.Parse(signer.Sign(Unsigned()).ToJson());
        var check = signed.CheckSignature(RecordTrust.FromPem(TestKeys.PublicKeyPem(key)));

        check.Status.Should().Be(SignatureStatus.Valid);
        check.Signer.Should().MatchRegex("^key sha256:[0-9a-f]{64}$");
        check.Trusted.Should().BeTrue();
    }

    [Fact]
    public void A_signed_record_with_one_edit_and_its_digest_recomputed_has_an_invalid_signature_and_is_tampered()
    {
        using var key = TestKeys.NewP256();
        using var signer = RecordSigner.FromPem(TestKeys.PrivateKeyPem(key));
        var signed = signer.Sign(Unsigned()).ToJson();

        var forged = Forgery.Set(signed, "$.case.facts[3].paymentReceived.amount", JsonValue.Create(2_600_000));
        var record = DecisionRecord.Parse(forged);
        var result = Cases.Engine.Replay(record);

        record.IsIntact.Should().BeTrue("the forger recomputed the digest");
        result.Verdict.Should().Be(ReplayVerdict.Tampered);
        result.Signature.Status.Should().Be(SignatureStatus.Invalid);
        result.Summary().Should().Be("tampered; signature invalid: the signature does not match the record's content");
    }

    [Fact]
    public void With_a_trust_an_unsigned_record_and_a_record_signed_by_another_key_are_untrusted()
    {
        using var trusted = TestKeys.NewP256();
        using var other = TestKeys.NewP256();
        using var otherSigner = RecordSigner.FromPem(TestKeys.PrivateKeyPem(other));
        var trust = RecordTrust.FromPem(TestKeys.PublicKeyPem(trusted));

        var unsigned = Cases.Engine.Replay(Unsigned(), trust);
        var signedByOther = Cases.Engine.Replay(otherSigner.Sign(Unsigned()), trust);

        unsigned.Verdict.Should().Be(ReplayVerdict.Untrusted);
        unsigned.Summary().Should().Be("untrusted; unsigned");
        signedByOther.Verdict.Should().Be(ReplayVerdict.Untrusted);
        signedByOther.Signature.Status.Should().Be(SignatureStatus.Valid);
        signedByOther.Signature.Trusted.Should().BeFalse();
    }

    [Fact]
    public void A_certificate_issued_by_a_trusted_authority_is_trusted()
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var issued = TestKeys.IssuedBy(authority, "CN=test auditor");
        using var signer = RecordSigner.FromCertificate(issued);

        var result = Cases.Engine.Replay(signer.Sign(Unsigned()), RecordTrust.FromPem(TestKeys.CertificatePem(authority)));

        result.Verdict.Should().Be(ReplayVerdict.Reproduced);
        result.Signature.Signer.Should().Be("CN=test auditor");
    }

    [Fact]
    public void A_certificate_issued_by_a_trusted_leaf_that_is_no_authority_is_untrusted()
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var auditor = TestKeys.IssuedBy(authority, "CN=test auditor");
        using var auditorKey = auditor.GetECDsaPrivateKey()!;
        using var attackerKey = TestKeys.NewP256();
        var request = new CertificateRequest("CN=test auditor's deputy", attackerKey, HashAlgorithmName.SHA256);
        foreach (var extension in TestKeys.Leaf())
        {
            request.CertificateExtensions.Add(extension);
        }

        using var issued = request.Create(auditor.SubjectName, X509SignatureGenerator.CreateForECDsa(auditorKey),
            new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), [5, 6, 7, 8]);
        using var deputy = issued.CopyWithPrivateKey(attackerKey);
        using var signer = RecordSigner.FromCertificate(deputy);

        var result = Cases.Engine.Replay(signer.Sign(Unsigned()), RecordTrust.FromPem(TestKeys.CertificatePem(auditor)));

        result.Verdict.Should().Be(ReplayVerdict.Untrusted, "the auditor's certificate is a leaf (CA:FALSE): it vouches for its own key, not for certificates it signs");
    }

    [Fact]
    public void A_garbled_signature_is_invalid_not_an_exception()
    {
        var json = Forgery.Edit(Unsigned().ToJson(), root => root["signature"] = "not..a-signature");

        var result = Cases.Engine.Replay(DecisionRecord.Parse(json));

        result.Verdict.Should().Be(ReplayVerdict.Tampered);
        result.Signature.Status.Should().Be(SignatureStatus.Invalid);
    }

    [Fact]
    public void A_key_that_is_not_P256_and_a_certificate_of_another_key_are_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var key = TestKeys.NewP256();
        using var otherCertificate = TestKeys.SelfSigned("CN=someone else");

        var wrongCurve = () => RecordSigner.FromPem(p384.ExportPkcs8PrivateKeyPem());
        var wrongCertificate = () => RecordSigner.FromPem(TestKeys.PrivateKeyPem(key), TestKeys.CertificatePem(otherCertificate));
        var notAKey = () => RecordSigner.FromPem("hello");

        wrongCurve.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().Be("must be an ECDSA P-256 key; was 384 bits");
        wrongCertificate.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().Be("must be the certificate of the signing key; it holds another key");
        notAKey.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Field.Should().Be("Key");
    }
}
