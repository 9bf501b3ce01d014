// record <case.json> <record.json>: evaluate a case file, write its record, print the rule-set fingerprint and the digest.
// replay <record.json>: replay a record with this build and print the summary ("reproduced" and nothing else when stable).
using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;

switch (args)
{
    case ["record", var casePath, var recordPath]:
        using (var input = File.OpenRead(casePath))
        {
            var record = CaseFile.Parse(input).Evaluate();
            File.WriteAllBytes(recordPath, record.ToUtf8Json());
            Console.WriteLine($"{record.RuleSetFingerprint} {record.Digest}");
        }

        return 0;
    case ["replay", var recordPath]:
        using (var input = File.OpenRead(recordPath))
        {
            var record = DecisionRecord.Parse(input);
            Console.WriteLine(new IncentiveEngine(KnownPacks.Resolve(record.Decision.PackIds)).Replay(record).Summary());
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: record <case.json> <record.json> | replay <record.json>");
        return 2;
}
