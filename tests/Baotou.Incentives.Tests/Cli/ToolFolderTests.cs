using System.Security.Cryptography.X509Certificates;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// What the tests of the tool's files share: a folder of their own, deleted after each test, the sample transfer case, a
/// signer's key and self-signed certificate written as PEM files, and that case's record written by <c>evaluate</c>.
/// </summary>
public abstract class ToolFolderTests : IDisposable
{
    private protected ToolFolderTests(string prefix) => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    private protected string Folder { get; }

    private protected static string Sample => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json");

    private protected string InFolder(string name) => Path.Combine(Folder, name);

    /// <summary>A key and its self-signed certificate, written as PEM files: (key.pem, cert.pem).</summary>
    private protected (string Key, string Certificate) Signer(string subject = "CN=test signer", string prefix = "")
    {
        using var certificate = TestKeys.SelfSigned(subject);
        File.WriteAllText(InFolder(prefix + "key.pem"), TestKeys.PrivateKeyPem(certificate.GetECDsaPrivateKey()!));
        File.WriteAllText(InFolder(prefix + "cert.pem"), TestKeys.CertificatePem(certificate));
        return (InFolder(prefix + "key.pem"), InFolder(prefix + "cert.pem"));
    }

    /// <summary>The sample's record, written by <c>evaluate</c> with the options given.</summary>
    private protected string Record(params string[] options)
    {
        var record = InFolder("record.json");
        Run(["evaluate", Sample, "--out", record, .. options]).Code.Should().Be(0);
        return record;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
