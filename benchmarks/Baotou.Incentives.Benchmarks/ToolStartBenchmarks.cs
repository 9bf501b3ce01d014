using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// The tool as an auditor starts it: a new process of <c>baotou-incentives evaluate CASE --out RECORD</c> for the sample
/// case, beside a hello-world console app started the same way (its own executable, framework-dependent), in the same run.
/// Both are published once in the set-up, the tool as its package is built for this machine (ReadyToRun for its runtime
/// identifier, <c>src/Baotou.Incentives.Cli</c>'s project), the hello-world app from a two-line project written to a
/// temporary folder. Each operation is one process, started and waited for.
/// </summary>
[Config(typeof(Launches))]
public class ToolStartBenchmarks
{
    private string _folder = string.Empty;
    private string _tool = string.Empty;
    private string _hello = string.Empty;

    [GlobalSetup]
    public void Publish()
    {
        var repository = Repository();
        _folder = Directory.CreateTempSubdirectory("baotou-tool-start-").FullName;
        var rid = RuntimeInformation.RuntimeIdentifier;
        DotNet($"publish \"{Path.Combine(repository, "src", "Baotou.Incentives.Cli")}\" -c Release -r {rid} --self-contained false -o \"{Path.Combine(_folder, "tool")}\"");
        var helloProject = Directory.CreateDirectory(Path.Combine(_folder, "hello-src")).FullName;
        File.WriteAllText(Path.Combine(helloProject, "hello.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(helloProject, "Program.cs"), "System.Console.WriteLine(\"hello\");");
        DotNet($"publish \"{helloProject}\" -c Release -r {rid} --self-contained false -o \"{Path.Combine(_folder, "hello")}\"");
        _tool = Path.Combine(_folder, "tool", Executable("baotou-incentives"));
        _hello = Path.Combine(_folder, "hello", Executable("hello"));
        File.Copy(Path.Combine(repository, "samples", "cases", "sample-university-transfer.json"), Path.Combine(_folder, "case.json"));
    }

    [Benchmark(Baseline = true, Description = "new process: hello-world console app")]
    public int HelloWorld() => Run(_hello, string.Empty);

    [Benchmark(Description = "new process: installed tool, evaluate one case file with its record")]
    public int ToolEvaluate() => Run(_tool, "evaluate case.json --out record.json");

    [Benchmark(Description = "new process: installed tool, --version")]
    public int ToolVersion() => Run(_tool, "--version");

    [GlobalCleanup]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    private int Run(string executable, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Length : throw new InvalidOperationException($"{executable} {arguments} exited {process.ExitCode}");
    }

    private static void DotNet(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", arguments + " -nologo -v quiet") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} exited {process.ExitCode}:{Environment.NewLine}{output}");
        }
    }

    private static string Executable(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Baotou.Incentives.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: Baotou.Incentives.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// In the benchmark's own process (each operation starts a process of its own anyway), one warm-up launch and
    /// <see cref="SuiteJobs.Launches"/> measured ones of each: the first launch after publishing pays the disk cache.
    /// </summary>
    private sealed class Launches : ManualConfig
    {
        public Launches() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(SuiteJobs.Launches)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true)).WithId("Launch"));
    }
}
