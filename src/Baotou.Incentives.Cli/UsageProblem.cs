namespace Baotou.Incentives.Cli;

/// <summary>
/// Input the tool cannot use, said in plain words that name the file and the problem (e.g. <c>cases: is a folder</c>). The
/// command's action catches it, prints <see cref="Exception.Message"/> and exits with <see cref="ExitCodes.TamperedOrInvalid"/>.
/// </summary>
internal sealed class UsageProblem(string message) : Exception(message);
