// record <out-folder> <case.json>...: evaluate each case file, write its record into the folder under the case file's name,
//   and print one line per case: the rule-set fingerprint and the digest.
// replay <record.json>...: replay each record with this build and print one line per record: its name and the summary
//   ("reproduced; unsigned" and nothing else when stable).
// One process per build and step (not per file), so the check pays the runtime's and the rules' start-up 8 times, not 80.
using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;

switch (args)
{
    case ["record", var folder, .. var cases] when cases.Length > 0:
        foreach (var casePath in cases)
        {
            using var input = File.OpenRead(casePath);
            var record = CaseFile.Parse(input).Evaluate();
            File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(casePath)), record.ToUtf8Json());
            Console.WriteLine($"{record.RuleSetFingerprint} {record.Digest}");
        }

        return 0;
    case ["replay", .. var records] when records.Length > 0:
        foreach (var recordPath in records)
        {
            using var input = File.OpenRead(recordPath);
            var record = DecisionRecord.Parse(input);
            Console.WriteLine($"{Path.GetFileName(recordPath)}: {new IncentiveEngine(KnownPacks.Resolve(record.Decision.PackIds)).Replay(record).Summary()}");
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: record <out-folder> <case.json>... | replay <record.json>...");
        return 2;
}
