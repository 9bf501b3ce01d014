using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Cli;

/// <summary>
/// The commands, kept apart from the console so tests run them in-process:
/// <c>evaluate</c> (case file in, decision record out), <c>replay</c> (record in, verdict out), <c>explain</c> (record in,
/// Markdown or HTML out) and <c>verify</c> (a folder of policy cases in, each pass or fail out).
/// </summary>
internal static class CommandLine
{
    internal const string Usage = """
        usage: baotou-incentives <command> [options]

          evaluate <case.json> [--out <record.json>]
              evaluate a case file; write its decision record (stdout unless --out)
              under the case's "packs", or by default 第四十五条 (cn-law-2015-art45) and 149号 (baotou-2023-149)
          replay <record.json>
              replay a decision record; exit 0 reproduced, 1 diverged, 2 tampered or invalid
          explain <record.json> [--format md|html] [--lang zh|en] [--out <file>]
              explain a decision record for a person (Markdown by default, 中文 by default)
          verify <folder>
              run every policy case (*.json) in a folder; exit 0 only if all pass
        """;

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["evaluate", var path, .. var rest] => Evaluate(path, Options(rest, "--out"), output),
                ["replay", var path] => ReplayRecord(path, output),
                ["explain", var path, .. var rest] => Explain(path, Options(rest, "--format", "--lang", "--out"), output),
                ["verify", var folder] => Verify(folder, output),
                ["--help" or "-h" or "help"] => Help(output),
                _ => Fail(error, "unknown command or wrong arguments\n" + Usage),
            };
        }
        catch (IncentiveValidationException e)
        {
            return Fail(error, "invalid input:\n" + string.Join("\n", e.Problems.Select(p => "  " + p)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UsageException)
        {
            return Fail(error, e.Message);
        }
    }

    private static int Evaluate(string path, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        var record = CaseFile.Parse(File.ReadAllText(path)).Evaluate();
        Write(record.ToJson(), options, output);
        return ExitCodes.Success;
    }

    private static int ReplayRecord(string path, TextWriter output)
    {
        var record = DecisionRecord.Parse(File.ReadAllBytes(path));
        var result = new IncentiveEngine(Policy.KnownPacks.Resolve(record.Decision.PackIds)).Replay(record);
        output.WriteLine(result.Summary());
        return result.Verdict switch
        {
            ReplayVerdict.Reproduced => ExitCodes.Success,
            ReplayVerdict.Diverged => ExitCodes.DivergedOrFailed,
            _ => ExitCodes.TamperedOrInvalid,
        };
    }

    private static int Explain(string path, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        var record = DecisionRecord.Parse(File.ReadAllBytes(path));
        var language = options.GetValueOrDefault("--lang", "zh") switch
        {
            "zh" => ExplanationLanguage.Chinese,
            "en" => ExplanationLanguage.English,
            var other => throw new UsageException($"--lang must be zh or en; was '{other}'"),
        };
        var text = options.GetValueOrDefault("--format", "md") switch
        {
            "md" => DecisionReport.ToMarkdown(record, language),
            "html" => DecisionReport.ToHtml(record, language),
            var other => throw new UsageException($"--format must be md or html; was '{other}'"),
        };
        Write(text, options, output);
        return ExitCodes.Success;
    }

    private static int Verify(string folder, TextWriter output)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"no such folder: {folder}");
        }

        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        var failed = 0;
        foreach (var file in files)
        {
            PolicyCaseResult result;
            try
            {
                result = PolicyCaseFile.Parse(File.ReadAllText(file)).Verify();
            }
            catch (IncentiveValidationException e)
            {
                result = new PolicyCaseResult(Path.GetFileName(file), "?", false, "invalid case file: " + string.Join("; ", e.Problems));
            }

            failed += result.Passed ? 0 : 1;
            output.WriteLine(result.Passed
                ? $"PASS {Path.GetFileName(file)}: {result.Name} [{result.Clause}]"
                : $"FAIL {Path.GetFileName(file)}: {result.Name} [{result.Clause}]: {result.FirstDifference}");
        }

        output.WriteLine($"{files.Length - failed} passed, {failed} failed");
        return failed == 0 && files.Length > 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return ExitCodes.Success;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return ExitCodes.TamperedOrInvalid;
    }

    private static void Write(string text, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        if (options.TryGetValue("--out", out var path))
        {
            File.WriteAllText(path, text);
        }
        else
        {
            output.Write(text);
        }
    }

    private static Dictionary<string, string> Options(string[] rest, params string[] allowed)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Length; i += 2)
        {
            if (!allowed.Contains(rest[i]) || i + 1 >= rest.Length)
            {
                throw new UsageException($"unexpected argument '{rest[i]}'; allowed: {string.Join(", ", allowed)}, each with a value");
            }

            options[rest[i]] = rest[i + 1];
        }

        return options;
    }

    private sealed class UsageException(string message) : Exception(message);
}
