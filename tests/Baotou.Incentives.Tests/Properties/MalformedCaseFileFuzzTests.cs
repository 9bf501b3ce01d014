using System.Text;
using Baotou.Incentives.Records;
using Baotou.Incentives.Validation;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// Ten thousand malformed case files, made by mutating valid ones (cut, inserted or swapped characters; values replaced by
/// other types, numbers as strings, non-ISO dates, huge or negative numbers, deep nesting, unknown properties, duplicated
/// properties), fed through the reader and, when one still reads, the engine: the only exception that may escape is the
/// library's documented <see cref="IncentiveValidationException"/>, and the whole run finishes.
/// </summary>
public sealed class MalformedCaseFileFuzzTests
{
    private static readonly string[] Seeds = Directory
        .EnumerateFiles(Path.Combine(Conventions.ConventionTests.RepositoryRoot(), "samples", "cases"), "*.json")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly string[] Replacements =
    [
        "null", "true", "\"\"", "\"x\"", "0", "-1", "1e400", "-79228162514264337593543950336", "0.001", "\"2024-02-30\"", "\"24/03/2024\"",
        "\"1000000\"", "[]", "{}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "\"University\"", "\"Polytechnic\"",
        "99", "\"\\u0000\"", "{\"unit\":{}}", "\"C1\"", "123456789012345678901234567890",
    ];

    [Fact]
    public async Task Only_the_documented_validation_exception_escapes_and_nothing_hangs()
    {
        var engine = new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack]);
        var outcomes = new int[3];
        var run = Task.Run(() => Gen.Int.Sample(seed =>
        {
            var json = Mutate(new Random(seed));
            try
            {
                var file = CaseFile.Parse(json);
                engine.Evaluate(file.Case, file.EvaluationDate);
                Interlocked.Increment(ref outcomes[0]);
            }
            catch (IncentiveValidationException e)
            {
                e.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Reason.Length > 0 && p.Field.Length > 0);
                Interlocked.Increment(ref outcomes[1]);
            }
        }, iter: 10_000, threads: 1));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(5)));
        finished.Should().BeSameAs(run, "reading and evaluating 10,000 documents must not hang");
        await run;
        outcomes[1].Should().BeGreaterThan(5_000, "most mutations must be refused");
    }

    /// <summary>One to three mutations of a valid sample case file.</summary>
    private static string Mutate(Random random)
    {
        var text = new StringBuilder(Seeds[random.Next(Seeds.Length)]);
        for (var i = 0; i < random.Next(1, 4); i++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(7))
            {
                case 0:
                    text.Remove(at, Math.Min(text.Length - at, random.Next(1, 20)));
                    break;
                case 1:
                    text.Insert(at, "{}[],:\"\\0123456789-eE.tfn"[random.Next(25)]);
                    break;
                case 2:
                    ReplaceValue(text, random, Replacements[random.Next(Replacements.Length)]);
                    break;
                case 3:
                    text.Insert(text.ToString().IndexOf('{', StringComparison.Ordinal) + 1, "\"unknownProperty\": 1, ");
                    break;
                case 4:
                    text.Length = at;
                    break;
                case 5:
                    ReplaceValue(text, random, "\"" + random.Next(1000, 99999) + "\"");
                    break;
                default:
                    text.Insert(at, new string('[', random.Next(30, 200)));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Replaces the value after a randomly chosen <c>": "</c> with another token.</summary>
    private static void ReplaceValue(StringBuilder text, Random random, string replacement)
    {
        var s = text.ToString();
        var colons = Enumerable.Range(0, Math.Max(0, s.Length - 1)).Where(i => s[i] == ':' && s[i + 1] == ' ').ToArray();
        if (colons.Length == 0)
        {
            return;
        }

        var start = colons[random.Next(colons.Length)] + 2;
        var end = start;
        while (end < s.Length && s[end] is not (',' or '\n' or '}' or ']'))
        {
            end++;
        }

        text.Remove(start, end - start).Insert(start, replacement);
    }
}
