using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Signing;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Issue 23's signature attacks, each made as an attacker makes it (a real signature under a header or certificate of the
/// attacker's choosing, see <see cref="HandMadeJws"/>), each refused: a signer named only when verified, no unknown
/// <c>crit</c> (RFC 7515 §4.1.11), <c>kid</c> checked, one encoding of one signature (low-S, canonical unpadded base64url),
/// and a certificate whose key usage allows signing.
/// </summary>
public sealed class RecordSignatureAttackTests
{
    private const string Auditor = "CN=包头市某审计单位";

    private static DecisionRecord Unsigned() => Cases.Engine.Record(DecisionRecordTests.Transfer(), Cases.Evaluated);

    private static SignatureCheck Check(string json, RecordTrust? trust = null) => DecisionRecord.Parse(json).CheckSignature(trust);

    [Fact]
    public void A_record_re_signed_with_an_attackers_self_signed_certificate_carrying_the_auditors_CN_never_reads_as_signed_by_the_auditor()
    {
        using var attacker = TestKeys.SelfSigned(Auditor);
        using var signer = RecordSigner.FromCertificate(attacker);
        var forged = Forgery.Set(Unsigned().ToJson(), "$.case.id", JsonValue.Create("C-2099-0001"));

        var result = Cases.Engine.Replay(signer.Sign(DecisionRecord.Parse(forged)));

        result.Signature.Trusted.Should().BeFalse();
        result.Summary().Should().NotContain("signed by", "without --trust nobody is verified to have signed");
        result.Summary().Should().EndWith($"; signature valid, signer not verified (certificate claims {Auditor})");
    }

    [Fact]
    public void A_record_signed_with_a_bare_key_and_no_trust_says_the_signer_is_not_verified_naming_the_key()
    {
        using var key = TestKeys.NewP256();
        using var signer = RecordSigner.FromPem(TestKeys.PrivateKeyPem(key));

        var result = Cases.Engine.Replay(signer.Sign(Unsigned()));

        result.Summary().Should().Be($"reproduced; signature valid, signer not verified (key {DetachedJws.Thumbprint(key.ExportParameters(false))})");
    }

    [Fact]
    public void A_header_whose_crit_names_an_extension_is_invalid_and_the_record_tampered()
    {
        using var key = TestKeys.NewP256();
        var header = HandMadeJws.Header(key);
        header["crit"] = new JsonArray("exp");
        header["exp"] = 1;

        var record = DecisionRecord.Parse(HandMadeJws.Signed(Unsigned(), header, key));
        var result = Cases.Engine.Replay(record, RecordTrust.FromPem(TestKeys.PublicKeyPem(key)));

        result.Verdict.Should().Be(ReplayVerdict.Tampered);
        result.Signature.Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false,
            "the header's crit names extensions this reader does not understand (exp): RFC 7515 §4.1.11 says to reject it"));
    }

    [Theory]
    [InlineData("x5u", "the header's x5u is not a member this reader understands (alg, kid, jwk, x5c)")]
    [InlineData("b64", "the header's b64 is not a member this reader understands (alg, kid, jwk, x5c)")]
    [InlineData("jwk.d", "the header's jwk.d is not a member this reader understands (kty, crv, x, y)")]
    public void A_header_or_key_member_the_reader_does_not_understand_is_invalid(string member, string reason)
    {
        using var key = TestKeys.NewP256();
        var header = HandMadeJws.Header(key);
        if (member == "jwk.d")
        {
            header["jwk"]!["d"] = "AAAA";
        }
        else
        {
            header[member] = member == "b64" ? JsonValue.Create(false) : JsonValue.Create("https://example.invalid/cert.pem");
        }

        Check(HandMadeJws.Signed(Unsigned(), header, key)).Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false, reason));
    }

    [Fact]
    public void A_header_naming_a_member_twice_is_invalid()
    {
        using var key = TestKeys.NewP256();
        var header = HandMadeJws.Header(key).ToJsonString();
        var twice = "{\"alg\":\"none\"," + header[1..];

        Check(HandMadeJws.Signed(Unsigned(), twice, key)).Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false, "the header names alg twice"));
    }

    [Fact]
    public void A_kid_that_is_not_the_thumbprint_of_the_key_that_verifies_is_invalid()
    {
        using var key = TestKeys.NewP256();
        using var other = TestKeys.NewP256();
        var header = HandMadeJws.Header(key);
        header["kid"] = DetachedJws.Thumbprint(other.ExportParameters(false));

        var check = Check(HandMadeJws.Signed(Unsigned(), header, key), RecordTrust.FromPem(TestKeys.PublicKeyPem(key)));

        check.Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false, "the header's kid is not the RFC 7638 thumbprint of its jwk"));
    }

    [Fact]
    public void A_header_without_kid_is_invalid()
    {
        using var key = TestKeys.NewP256();
        var header = HandMadeJws.Header(key);
        header.Remove("kid");

        Check(HandMadeJws.Signed(Unsigned(), header, key)).Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false,
            "the header has no kid: it must be the RFC 7638 thumbprint of its jwk"));
    }

    [Fact]
    public void An_x5c_of_more_than_the_signers_certificate_is_invalid()
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var leaf = TestKeys.IssuedBy(authority, "CN=test auditor");
        using var key = leaf.GetECDsaPrivateKey()!;
        var header = HandMadeJws.Header(key, leaf);
        header["x5c"]!.AsArray().Add(Convert.ToBase64String(authority.RawData));

        Check(HandMadeJws.Signed(Unsigned(), header, key)).Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false,
            "the header's x5c must hold exactly one certificate, the signer's"));
    }

    [Fact]
    public void A_signature_in_high_S_form_is_invalid()
    {
        using var key = TestKeys.NewP256();
        var jws = HandMadeJws.Sign(Unsigned(), HandMadeJws.Header(key).ToJsonString(), key);
        var parts = jws.Split('.');
        var high = parts[0] + ".." + HandMadeJws.Base64Url(HandMadeJws.FlipS(HandMadeJws.FromBase64Url(parts[2])));

        Check(HandMadeJws.WithSignature(Unsigned(), jws)).Status.Should().Be(SignatureStatus.Valid, "the low-S form is the one encoding");
        Check(HandMadeJws.WithSignature(Unsigned(), high)).Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false,
            "the signature's s is in high form (above half the curve order): only the low-S encoding is accepted"));
    }

    [Fact]
    public void The_signer_writes_every_signature_in_low_S_form()
    {
        using var key = TestKeys.NewP256();
        using var signer = RecordSigner.FromPem(TestKeys.PrivateKeyPem(key));

        for (var i = 0; i < 24; i++)
        {
            var jws = signer.Sign(Unsigned()).Document.Signature!;
            HandMadeJws.IsLowS(HandMadeJws.FromBase64Url(jws.Split('.')[2])).Should().BeTrue($"signature {i} must be low-S");
        }
    }

    [Theory]
    [InlineData("padding")]
    [InlineData("standard alphabet")]
    [InlineData("white space")]
    [InlineData("trailing bits")]
    public void A_signature_in_any_but_canonical_unpadded_base64url_is_invalid(string spelling)
    {
        using var key = TestKeys.NewP256();
        string jws;
        do
        {
            jws = HandMadeJws.Sign(Unsigned(), HandMadeJws.Header(key).ToJsonString(), key);
        }
        while (spelling == "standard alphabet" && !jws.Split('.')[2].AsSpan().ContainsAny('-', '_'));

        var signature = jws.Split('.')[2];
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var respelt = spelling switch
        {
            "padding" => signature + "==",
            "standard alphabet" => signature.Replace('-', '+').Replace('_', '/'),
            "white space" => signature[..40] + " " + signature[40..],
            _ => signature[..^1] + alphabet[alphabet.IndexOf(signature[^1], StringComparison.Ordinal) ^ 1],
        };
        HandMadeJws.FromBase64Url(respelt.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('='))
            .Should().Equal(HandMadeJws.FromBase64Url(signature), "each spelling decodes to the same bytes");

        Check(HandMadeJws.WithSignature(Unsigned(), jws.Split('.')[0] + ".." + respelt)).Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false,
            "the signature is not canonical base64url (unpadded, URL alphabet, nothing else)"));
    }

    [Fact]
    public void A_leaf_with_server_auth_only_and_no_digital_signature_issued_by_a_trusted_authority_is_not_trusted()
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var leaf = TestKeys.IssuedBy(authority, "CN=www.example.invalid",
            TestKeys.Leaf(X509KeyUsageFlags.KeyEncipherment, "1.3.6.1.5.5.7.3.1"));
        using var key = leaf.GetECDsaPrivateKey()!;

        var record = DecisionRecord.Parse(HandMadeJws.Signed(Unsigned(), HandMadeJws.Header(key, leaf), key));
        var result = Cases.Engine.Replay(record, RecordTrust.FromPem(TestKeys.CertificatePem(authority)));

        result.Verdict.Should().Be(ReplayVerdict.Tampered);
        result.Signature.Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false,
            "the certificate does not allow signing: its key usage has no digitalSignature"));
    }

    [Theory]
    [InlineData(X509KeyUsageFlags.DigitalSignature, "1.3.6.1.5.5.7.3.1", "its extended key usage names none of codeSigning, emailProtection, documentSigning (1.3.6.1.5.5.7.3.36 or 1.3.6.1.4.1.311.10.3.12) or anyExtendedKeyUsage")]
    [InlineData(X509KeyUsageFlags.KeyCertSign, null, "its key usage has no digitalSignature")]
    [InlineData(X509KeyUsageFlags.None, null, "it has no key usage extension; it must name digitalSignature")]
    public void A_certificate_whose_key_usage_does_not_allow_signing_is_refused_by_the_signer_and_invalid_to_the_reader(
        X509KeyUsageFlags usage, string? extendedUsage, string why)
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        var extensions = usage == X509KeyUsageFlags.None
            ? new X509Extension[] { new X509BasicConstraintsExtension(false, false, 0, true) }
            : TestKeys.Leaf(usage, extendedUsage is null ? [] : [extendedUsage]);
        using var leaf = TestKeys.IssuedBy(authority, "CN=test auditor", extensions);
        using var key = leaf.GetECDsaPrivateKey()!;

        var sign = () => RecordSigner.FromCertificate(leaf);
        var check = Check(HandMadeJws.Signed(Unsigned(), HandMadeJws.Header(key, leaf), key), RecordTrust.FromPem(TestKeys.CertificatePem(authority)));

        sign.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Should().BeEquivalentTo(new { Field = "Certificate", Reason = "must allow signing: " + why });
        check.Should().Be(new SignatureCheck(SignatureStatus.Invalid, null, false, "the certificate does not allow signing: " + why));
    }

    [Theory]
    [InlineData("1.3.6.1.5.5.7.3.3")]
    [InlineData("1.3.6.1.5.5.7.3.4")]
    [InlineData("1.3.6.1.5.5.7.3.36")]
    [InlineData("1.3.6.1.4.1.311.10.3.12")]
    [InlineData("2.5.29.37.0")]
    public void A_leaf_with_digital_signature_and_a_signing_extended_key_usage_is_trusted(string extendedUsage)
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var leaf = TestKeys.IssuedBy(authority, "CN=test auditor", TestKeys.Leaf(X509KeyUsageFlags.DigitalSignature, extendedUsage));
        using var signer = RecordSigner.FromCertificate(leaf);

        var result = Cases.Engine.Replay(signer.Sign(Unsigned()), RecordTrust.FromPem(TestKeys.CertificatePem(authority)));

        result.Summary().Should().Be("reproduced; signed by CN=test auditor (trusted; certificate validity dates not checked)");
    }

    [Fact]
    public void An_expired_leaf_is_trusted_and_the_verdict_says_its_dates_are_not_checked()
    {
        using var authority = TestKeys.SelfSigned("CN=test authority");
        using var expired = TestKeys.IssuedBy(authority, "CN=test auditor", notAfter: new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var signer = RecordSigner.FromCertificate(expired);

        var result = Cases.Engine.Replay(signer.Sign(Unsigned()), RecordTrust.FromPem(TestKeys.CertificatePem(authority)));

        result.Verdict.Should().Be(ReplayVerdict.Reproduced);
        result.Summary().Should().Be("reproduced; signed by CN=test auditor (trusted; certificate validity dates not checked)");
    }

    [Fact]
    public void A_trusted_key_whose_record_carries_a_certificate_of_another_subject_is_named_by_the_trusted_certificate()
    {
        using var auditor = TestKeys.SelfSigned(Auditor);
        using var key = auditor.GetECDsaPrivateKey()!;
        using var claim = TestKeys.SelfSigned("CN=someone the auditor is not", key);
        using var signer = RecordSigner.FromCertificate(claim);

        var result = Cases.Engine.Replay(signer.Sign(Unsigned()), RecordTrust.FromPem(TestKeys.CertificatePem(auditor)));

        result.Summary().Should().Be($"reproduced; signed by {Auditor} (trusted; certificate validity dates not checked)");
    }
}
