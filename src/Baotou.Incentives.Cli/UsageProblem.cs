namespace Baotou.Incentives.Cli;

/// <summary>
/// Input the tool cannot use, said in plain words that name the file and the problem (e.g. <c>cases: is a folder</c>). The
/// command's action catches it, prints <see cref="Exception.Message"/> and exits with <see cref="ExitCodes.TamperedOrInvalid"/>.
/// </summary>
internal sealed class UsageProblem(string message) : Exception(message)
{
    /// <summary>The message without the path it begins with, for a line that names the file already (<c>FAIL empty.json: is empty</c>).</summary>
    /// <param name="path">The file, as the message names it.</param>
    /// <returns>The message after <c>PATH: </c>, or the whole message when it does not begin so.</returns>
    internal string About(string path) => Message.StartsWith(path + ": ", StringComparison.Ordinal) ? Message[(path.Length + 2)..] : Message;
}
