namespace Baotou.Incentives.Cli;

/// <summary>A problem with one of the tool's files, printed as <c>file: problem</c> with exit code 2.</summary>
internal sealed class FileProblem(string path, string problem) : Exception($"{path}: {problem}");
