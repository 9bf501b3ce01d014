using System.Runtime.InteropServices;

namespace Baotou.Incentives.Inputs;

/// <summary>
/// What a path names before it is opened: a regular file, a folder, or something else (a FIFO, a device, a socket), and
/// which file it is (its device and inode). Opening a FIFO for reading waits for a writer, forever if none comes, and a
/// device may never end: a reader asks first and refuses anything but a regular file by name, without opening it.
/// <para>
/// .NET does not say a file's type (a FIFO's attributes are <see cref="FileAttributes.Normal"/>, like a regular file's), so
/// on Linux and macOS this asks <c>stat(2)</c> through the runtime's own native shim (<c>libSystem.Native</c>, present in
/// every .NET on those systems), whose result has one layout on every platform. On Windows, where a named pipe or device
/// is not reached through a file path the tool is given, a path that exists and is not a folder is a regular file and
/// has no identity (two paths are the same file when their full paths are).
/// </para>
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// What is wrong with reading <paramref name="path"/> as a file, in words that follow the path in a message
    /// (<c>is a FIFO (named pipe), not a regular file</c>); <see langword="null"/> when it is a regular file, or does not
    /// exist (the caller's open says so in its own words). Symbolic links are followed.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? NotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return System.IO.Directory.Exists(path) ? "is a folder, not a regular file" : null;
        }

        if (Stat(path, out var status) != 0)
        {
            return null;
        }

        return (status.Mode & TypeMask) switch
        {
            Regular => null,
            Directory => "is a folder, not a regular file",
            Fifo => "is a FIFO (named pipe), not a regular file; it is not opened, since reading it would wait for a writer",
            CharacterDevice or BlockDevice => "is a device, not a regular file; it is not opened",
            Socket => "is a socket, not a regular file; it is not opened",
            _ => "is not a regular file; it is not opened",
        };
    }

    /// <summary>
    /// Whether two paths name one file: the same device and inode (hard links included, symbolic links followed); on
    /// Windows, or when either cannot be examined, the same full path.
    /// </summary>
    /// <param name="a">One path.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> when they are one file.</returns>
    public static bool SameFile(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!OperatingSystem.IsWindows() && Stat(a, out var first) == 0 && Stat(b, out var second) == 0)
        {
            return first.Device == second.Device && first.Inode == second.Inode;
        }

        return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    // The shim's FileStatus (src/native/libs/System.Native/pal_io.h): Flags, Mode, Uid, Gid, then int64 Size, ATime,
    // ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec, BirthTime, BirthTimeNsec, Dev, RDev, Ino, then uint32 UserFlags. Its
    // Mode carries the file type in the shim's own S_IF* values (the ones above), the same on every platform.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct FileStatus
    {
        [FieldOffset(4)]
        public int Mode;

        [FieldOffset(88)]
        public long Device;

        [FieldOffset(104)]
        public long Inode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(string path, out FileStatus status);
}
