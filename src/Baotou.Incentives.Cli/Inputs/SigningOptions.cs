using System.CommandLine;
using Baotou.Incentives.Signing;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Cli.Inputs;

/// <summary>
/// <c>evaluate … --sign key.pem [--cert cert.pem]</c> and <c>replay … --trust cert-or-public-key.pem</c>: the key,
/// certificate and trust files read into the library's <see cref="RecordSigner"/> and <see cref="RecordTrust"/>, each
/// refusal naming its file.
/// </summary>
internal static class SigningOptions
{
    /// <summary>The signer of <c>--sign</c> and <c>--cert</c>, or <see langword="null"/> when neither is given.</summary>
    /// <param name="keyPath">The <c>--sign</c> file.</param>
    /// <param name="certificatePath">The <c>--cert</c> file.</param>
    /// <returns>The signer.</returns>
    internal static RecordSigner? Signer(string? keyPath, string? certificatePath)
    {
        if (keyPath is null)
        {
            return certificatePath is null ? null : throw new UsageProblem($"{certificatePath}: --cert is the certificate of the --sign key; give --sign too");
        }

        var key = InputFiles.ReadPem(keyPath, "signing key");
        var certificate = certificatePath is null ? null : InputFiles.ReadPem(certificatePath, "certificate");
        try
        {
            return RecordSigner.FromPem(key, certificate);
        }
        catch (IncentiveValidationException e)
        {
            var problem = e.Problems[0];
            throw new UsageProblem($"{(problem.Field == "Certificate" ? certificatePath! : keyPath)}: {problem.Reason}");
        }
    }

    /// <summary><c>--trust PEM</c>: the keys and certificates a record's signer must be one of.</summary>
    /// <param name="asWhat">Words after "to trust" that point to where the option is described first, e.g. <c>, as replay --trust</c>.</param>
    /// <returns>The option.</returns>
    internal static Option<string> TrustOption(string asWhat = "") => new("--trust")
    {
        Description = $"the certificates or public keys (PEM) to trust{asWhat}: an unsigned record, or one signed by any other key, is untrusted (exit 3); without --trust a signature is checked but its signer is not verified",
        HelpName = "cert-or-public-key.pem",
    };

    /// <summary>The trust of <c>--trust</c>, or <see langword="null"/> when it is not given.</summary>
    /// <param name="path">The <c>--trust</c> file.</param>
    /// <returns>The trust.</returns>
    internal static RecordTrust? Trust(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var pem = InputFiles.ReadPem(path, "trust file");
        try
        {
            return RecordTrust.FromPem(pem);
        }
        catch (IncentiveValidationException e)
        {
            throw new UsageProblem($"{path}: {e.Problems[0].Reason}");
        }
    }
}
