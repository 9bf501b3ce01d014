namespace Baotou.Incentives.Policy.Files;

/// <summary>
/// The shipped packs' files (Policy/Packs/*.pack.json), embedded in the library and read with the same strict reader as
/// anyone's pack file: the files are the one source of the shipped values and references, and the C# classes
/// (<see cref="Baotou149"/>, <see cref="NationalLaw2015Article45"/>) only declare the parameters their rules read.
/// </summary>
internal static class ShippedPackFiles
{
    /// <summary>Reads the embedded file of a shipped pack, e.g. <c>baotou-2023-149</c>.</summary>
    internal static PolicyPack Read(string packId) => PackFile.Parse(Bytes(packId), []);

    /// <summary>The embedded file's bytes, for tests and for <c>packs show</c>.</summary>
    internal static byte[] Bytes(string packId)
    {
        var name = $"Baotou.Incentives.Policy.Packs.{packId}.pack.json";
        using var stream = typeof(ShippedPackFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The library is built without its pack file {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
