using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Json;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Records;

/// <summary>
/// A decision as an auditor receives it: the inputs (the case, the evaluation date, the packs and every parameter value),
/// the outcomes and the trace, fingerprints of the rule set and the parameters, and a SHA-256 digest over all of it. It is
/// written as canonical JSON: the same decision always gives the same bytes, and reading then writing a record gives the
/// bytes read. Replay it with <see cref="Replay.RecordReplay.Replay(IncentiveEngine, DecisionRecord)"/>; explain it with <see cref="Baotou.Incentives.Explanations.DecisionReport"/>.
/// </summary>
public sealed class DecisionRecord
{
    /// <summary>
    /// The schema version this library writes and reads: 3, the first that ships. A record carries the whole definition of
    /// every pack its decision was made under, so that a pack of one's own replays with nothing but the record. Versions 1
    /// and 2 were written only before the first release and are refused. From this version on, a record format once shipped
    /// is read by every later version of the library (<c>ShippedRecordFormatTests</c> hold the promise).
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    private string? _json;

    private DecisionRecord(
        RecordDocument document, IncentiveCase incentiveCase, IncentiveDecision decision, bool isIntact, IReadOnlyList<Policy.PolicyPack> packs)
    {
        Packs = packs;
        Document = document;
        Case = incentiveCase;
        Decision = decision;
        IsIntact = isIntact;
    }

    /// <summary>
    /// The JSON paths of what a record states that replay does not verify, since replay derives the decision again from the
    /// inputs and says nothing of who or what made the record: the case's id (a label no rule reads), the library version and
    /// the rule-set fingerprint (what made it; replay says when the rule set now differs). The digest and a signature cover
    /// them; only a trusted signature vouches for them. Every other field is either compared by replay or is an input, whose
    /// edits replay finds wherever they change an outcome.
    /// </summary>
    public static IReadOnlyList<string> NotVerifiedByReplay { get; } = ["$.case.id", "$.libraryVersion", "$.ruleSetFingerprint"];

    /// <summary>The schema version of the record.</summary>
    public int SchemaVersion => Document.SchemaVersion;

    /// <summary>The version of the library that made the decision.</summary>
    public string LibraryVersion => Document.LibraryVersion;

    /// <summary>A fingerprint of the rules that made the decision: their ids, clauses and canonical definitions (the same on every build of the same source).</summary>
    public string RuleSetFingerprint => Document.RuleSetFingerprint;

    /// <summary>A fingerprint of every pack and parameter value applied.</summary>
    public string ParameterFingerprint => Document.ParameterFingerprint;

    /// <summary>Every dated value of every parameter of the packs applied.</summary>
    public IReadOnlyList<RecordedParameter> Parameters => Document.Parameters;

    /// <summary>The case decided: the input facts.</summary>
    public IncentiveCase Case { get; }

    /// <summary>
    /// The packs the decision was made under, in the decision's order, as the record defines them: a record carries each
    /// pack's whole definition, so a pack of one's own replays with nothing but the record.
    /// </summary>
    public IReadOnlyList<Policy.PolicyPack> Packs { get; }

    /// <summary>
    /// The packs to replay the record under (<c>new IncentiveEngine(record.ReplayPacks).Replay(record)</c>): for an id the
    /// library ships, the library's pack, since the library's text governs its own documents (a record that carries another
    /// definition under a shipped id then diverges, naming the first path of the definition that differs); for every other id,
    /// the definition the record carries, so a pack of one's own replays with nothing but the record.
    /// </summary>
    public IReadOnlyList<Policy.PolicyPack> ReplayPacks =>
        Packs.Select(p => Policy.KnownPacks.All.FirstOrDefault(shipped => shipped.Id == p.Id) ?? p).ToArray();

    /// <summary>The decision as recorded: outcomes and trace.</summary>
    public IncentiveDecision Decision { get; }

    /// <summary>
    /// The SHA-256 digest written in the record. It covers the record's whole content written canonically (compact, with the
    /// digest empty and no signature); a record is read only if its file is exactly the canonical (indented) writing of that
    /// same content, so what a reader sees is what the digest covers. The digest shows an accidental change; it proves
    /// nothing about who made the record, since anyone can recompute it: only a signature does.
    /// </summary>
    public string Digest => Document.Digest;

    /// <summary>Whether the digest matches the content: <see langword="false"/> when the record was edited after it was written.</summary>
    public bool IsIntact { get; }

    /// <summary>Whether the record carries a signature (checked by <c>record.CheckSignature(trust)</c>, in <c>Baotou.Incentives.Signing</c>).</summary>
    public bool IsSigned => Document.Signature is not null;

    internal RecordDocument Document { get; }

    /// <summary>The same record with a signature (made by <c>Signing.RecordSigner</c>).</summary>
    internal DecisionRecord WithSignature(string signature)
    {
        var signed = new DecisionRecord(Document with { Signature = signature }, Case, Decision, IsIntact, Packs);
        RequireReadable(signed.ToUtf8Json().Length, Case.Id);
        return signed;
    }

    /// <summary>Records a decision the engine made for a case.</summary>
    /// <param name="engine">The engine that made it: its packs and parameters are recorded.</param>
    /// <param name="incentiveCase">The case decided.</param>
    /// <param name="decision">The decision, from <paramref name="engine"/>'s <see cref="IncentiveEngine.Evaluate"/> of <paramref name="incentiveCase"/>.</param>
    /// <returns>The record, with its digest.</returns>
    /// <exception cref="IncentiveValidationException">The decision is of another case, or made under other packs.</exception>
    public static DecisionRecord Of(IncentiveEngine engine, IncentiveCase incentiveCase, IncentiveDecision decision)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(incentiveCase);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.CaseId != incentiveCase.Id || !decision.PackIds.SequenceEqual(engine.Packs.Select(p => p.Id)))
        {
            throw new IncentiveValidationException([new ValidationProblem(nameof(DecisionRecord), incentiveCase.Id, "Decision",
                $"must be the engine's decision of case '{incentiveCase.Id}' under {string.Join(", ", engine.Packs.Select(p => p.Id))}; was of case '{decision.CaseId}' under {string.Join(", ", decision.PackIds)}")]);
        }

        var decided = new RecordDocument(
            CurrentSchemaVersion,
            Fingerprints.LibraryVersion,
            Fingerprints.RuleSet,
            ParameterFingerprint: string.Empty,
            decision.EvaluationDate,
            decision.PackIds,
            PackDefinitions: null,
            Parameters: [],
            new CaseDocument(incentiveCase.Id, null, null, Facts: []),
            decision.Entitlements,
            decision.SupersededEntitlements,
            decision.Supersessions,
            decision.Determinations,
            decision.Obligations,
            decision.Trace,
            string.Empty);
        // The inputs left empty above are written by the one definition the reader checks a record against.
        var unsigned = AsTheLibraryWrites(decided, incentiveCase, engine.Packs);
        var document = unsigned with { Digest = DigestOf(unsigned) };
        var record = new DecisionRecord(document, incentiveCase, decision, isIntact: true, engine.Packs);
        RequireReadable(record.ToUtf8Json().Length, incentiveCase.Id);
        return record;
    }

    /// <summary>Reads a record.</summary>
    /// <param name="json">The record's JSON text.</param>
    /// <returns>The record; check <see cref="IsIntact"/>, or replay it, to learn whether it was edited.</returns>
    /// <exception cref="IncentiveValidationException">The text is not a record this library can read: empty or malformed JSON,
    /// a property named twice in one object, an unknown schema version, an unknown property, nesting deeper than 32, a
    /// document over 16 MB, a number a decimal cannot hold exactly, a value a fact refuses, text that is not the canonical
    /// writing of its own content (see <see cref="Digest"/>), or, where the digest holds, facts, parameters or pack
    /// definitions other than the library writes for them (their order, the spelling of their numbers). Each problem names
    /// the JSON path, every one at once where the document can be read that far.</exception>
    public static DecisionRecord Parse(string json) => Parse(InputLimits.Utf8Within(json, "record"));

    /// <summary>Reads a record from a stream, reading no more than one byte past the 16 MB limit (so an endless stream is refused).</summary>
    /// <param name="utf8Json">The record's JSON as UTF-8, read to its end.</param>
    /// <returns>The record.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>.</exception>
    public static DecisionRecord Parse(Stream utf8Json) => Parse(InputLimits.ReadAll(utf8Json, "record"));

    /// <summary>Reads a record from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The record's JSON as UTF-8.</param>
    /// <returns>The record.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>.</exception>
    public static DecisionRecord Parse(ReadOnlySpan<byte> utf8Json)
    {
        InputLimits.RequireWithin(utf8Json.Length, "record");
        RecordDocument document;
        using (var tree = StrictJson.Parse(utf8Json, "record"))
        {
            var version = SchemaVersionOf(tree.RootElement);
            if (version != CurrentSchemaVersion)
            {
                throw JsonProblem.Refusal("$.schemaVersion", version < CurrentSchemaVersion
                    ? $"is {version}; this library reads schema version {CurrentSchemaVersion}, the first it ships (versions 1 and 2 were written only before the first release)"
                    : $"is {version}; this library reads schema version {CurrentSchemaVersion} (a later library writes version {version}: read the record with it)");
            }

            document = JsonDocuments.Bind(tree, RecordJsonContext.Compact.RecordDocument, "record");
        }

        RequirePresent(document);
        RequireEachParameterOnce(document.Parameters);
        var packs = RecordedPacks(document);
        var incentiveCase = FactJson.ReadCase(document.Case.Id, document.Case.Facts, "$.case.facts");
        var intact = document.Digest == DigestOf(document);

        // The digest covers the canonical writing of the content, so only that writing is read: otherwise a reordered or
        // re-spelt file (1.2E6 for 1200000) would read as "tampered" although nothing a reader sees changed, and a reader and
        // the digest could disagree on what the file says. What an intact record's digest covers must also be what the library
        // writes for the same inputs: otherwise facts in another order, a rate spelt 0.80 for 0.8 or a pack's parameters
        // reordered would reproduce under a recomputed digest although no library wrote them. (An edited record whose digest
        // fails is "tampered": that says more.) One writing checks both; only a record it refuses is looked at part by part.
        var text = StrictJson.WithoutByteOrderMark(utf8Json);
        var expected = JsonDocuments.WriteIndented(intact ? AsTheLibraryWrites(document, incentiveCase, packs) : document, RecordJsonContext.Compact.RecordDocument);
        if (!text.SequenceEqual(Encoding.UTF8.GetBytes(expected)))
        {
            RequireCanonical(text, document);
            RequireWrittenAsTheLibraryWrites(document, incentiveCase, packs);
        }

        var decision = new IncentiveDecision(
            incentiveCase.Id, document.EvaluationDate, document.Packs, document.Entitlements, document.SupersededEntitlements,
            document.Supersessions, document.Determinations, document.Obligations, document.Trace);
        return new DecisionRecord(document, incentiveCase, decision, intact, packs);
    }

    /// <summary>
    /// Makes the record's JSON contract now, so that the first record written or read does not pay for it; a process that
    /// starts, evaluates once and ends can do it on a second thread while it reads its input, beside
    /// <see cref="Engine.IncentiveEngine.WarmUp"/>. Records are the same without it. Safe to call from many threads.
    /// </summary>
    public static void WarmUp() => _ = RecordJsonContext.Compact.RecordDocument;

    /// <summary>Writes the record as canonical, indented JSON (UTF-8, <c>\n</c> line ends, no byte-order mark).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => _json ??= JsonDocuments.WriteIndented(Document, RecordJsonContext.Compact.RecordDocument);

    /// <summary>The record's JSON as UTF-8 bytes.</summary>
    /// <returns>The bytes of <see cref="ToJson"/>.</returns>
    public byte[] ToUtf8Json() => Encoding.UTF8.GetBytes(ToJson());

    internal static string DigestOf(RecordDocument document) => Fingerprints.Sha256(SignedContent(document));

    /// <summary>
    /// The bytes the digest and a signature cover: the record's content written compactly and canonically, with the digest
    /// empty and no signature. The file itself is the indented canonical writing of the same content, so a reader and the
    /// digest always agree on what the record says.
    /// </summary>
    internal static byte[] SignedContent(RecordDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document with { Digest = string.Empty, Signature = null }, RecordJsonContext.Compact.RecordDocument);

    /// <summary>Facts in the order the engine inserts them, so that a record does not depend on the order they were given in.</summary>
    internal static IEnumerable<ICaseFact> CanonicalFacts(IncentiveCase incentiveCase) => incentiveCase.CanonicalFacts;

    private static int SchemaVersionOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw JsonProblem.Refusal("$", $"must be a JSON object; found {root.ValueKind}");
        }

        return root.TryGetProperty("schemaVersion", out var version) && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number)
            ? number
            : throw JsonProblem.Refusal("$.schemaVersion", "is required and must be a whole number");
    }

    /// <summary>Refuses a file that is not the canonical writing of its own content, naming the first line that differs.</summary>
    private static void RequireCanonical(ReadOnlySpan<byte> text, RecordDocument document)
    {
        var canonical = Encoding.UTF8.GetBytes(JsonDocuments.WriteIndented(document, RecordJsonContext.Compact.RecordDocument));
        if (!text.SequenceEqual(canonical))
        {
            throw JsonProblem.Refusal("$", $"is not canonical: from line {StrictJson.FirstDifferingLine(text, canonical)} it differs from the canonical writing of its own content (the order of properties, the spelling of numbers and strings, white space, line ends); the digest and any signature cover the canonical bytes, so only they are read");
        }
    }

    /// <summary>A record is never made that <see cref="Parse(string)"/> would refuse for its size.</summary>
    private static void RequireReadable(long bytes, string caseId)
    {
        if (bytes > JsonDocuments.MaximumBytes)
        {
            throw new IncentiveValidationException([new ValidationProblem(nameof(DecisionRecord), caseId, "Size",
                $"would be {bytes} bytes; a record may be at most {JsonDocuments.MaximumBytes} bytes, so it is not made (split the case)")]);
        }
    }

    /// <summary>
    /// The packs a record carries, each read as strictly as a pack file (a problem names its path inside the record), in the
    /// order of the record's pack ids.
    /// </summary>
    private static IReadOnlyList<Policy.PolicyPack> RecordedPacks(RecordDocument document)
    {
        if (document.PackDefinitions is not { } definitions)
        {
            throw JsonProblem.Refusal("$", "lacks required properties: packDefinitions");
        }

        var ids = definitions.Select(d => d?.Id).ToArray();
        if (!ids.SequenceEqual(document.Packs))
        {
            throw JsonProblem.Refusal("$.packDefinitions", $"must define the packs of $.packs in the same order ({string.Join(", ", document.Packs)}); defines {string.Join(", ", ids)}");
        }

        var problems = new List<ValidationProblem>();
        var packs = new List<Policy.PolicyPack>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var own = new List<ValidationProblem>();
            var pack = Policy.Files.PackDefinition.Build(definitions[i], packs, own);
            problems.AddRange(own.Select(p => p with { Field = $"$.packDefinitions[{i}]" + p.Field[1..] }));
            if (pack is not null)
            {
                packs.Add(pack);
            }
        }

        return problems.Count == 0 ? packs : throw new IncentiveValidationException(problems);
    }

    /// <summary>
    /// The record the library writes for the case and packs a record states (<see cref="Of"/>), with the record's own decision,
    /// versions and signature: the facts in the engine's order, the parameters, their fingerprint and the pack definitions as
    /// the packs give them.
    /// </summary>
    private static RecordDocument AsTheLibraryWrites(RecordDocument document, IncentiveCase incentiveCase, IReadOnlyList<Policy.PolicyPack> packs) =>
        document with
        {
            ParameterFingerprint = Fingerprints.Parameters(packs),
            PackDefinitions = packs.Select(Policy.Files.PackDefinition.Document).ToArray(),
            Parameters = Fingerprints.ValuesOf(packs),
            Case = document.Case with { Facts = CanonicalFacts(incentiveCase).Select(FactJson.Write).ToArray() },
        };

    /// <summary>
    /// Refuses an intact record that is not <see cref="AsTheLibraryWrites"/>, naming the first part that differs: pack
    /// definitions that say other values than its parameters and their fingerprint (a record the library made never does, and
    /// a reader must not have to choose which of the two to believe), then its facts, parameters and pack definitions.
    /// </summary>
    private static void RequireWrittenAsTheLibraryWrites(RecordDocument document, IncentiveCase incentiveCase, IReadOnlyList<Policy.PolicyPack> packs)
    {
        var written = AsTheLibraryWrites(document, incentiveCase, packs);
        if (!written.Parameters.SequenceEqual(document.Parameters) || written.ParameterFingerprint != document.ParameterFingerprint)
        {
            throw JsonProblem.Refusal("$.packDefinitions", "must give the values of $.parameters and $.parameterFingerprint: the pack definitions and the parameters recorded disagree");
        }

        var context = RecordJsonContext.Compact;
        if (FirstUnlike(document.Case.Facts, written.Case.Facts, context.JsonElement) is { } fact)
        {
            throw JsonProblem.Refusal($"$.case.facts[{fact}]", $"is not as the library writes this case's facts (each kind in a fixed order, by id within a kind, fields in their order, numbers as their decimal value): here it writes {(fact < written.Case.Facts.Count ? Spelt(written.Case.Facts[fact], context.JsonElement) : "no fact")}");
        }

        if (FirstUnlike(document.Parameters, written.Parameters, context.RecordedParameter) is { } parameter)
        {
            throw JsonProblem.Refusal($"$.parameters[{parameter}]", $"is not as the library writes the parameters of the packs recorded: here it writes {Spelt(written.Parameters[parameter], context.RecordedParameter)}");
        }

        if (FirstUnlike(document.PackDefinitions!, written.PackDefinitions!, context.PackDocument) is { } pack)
        {
            throw JsonProblem.Refusal($"$.packDefinitions[{pack}]", $"is not as the library writes pack '{packs[pack].Id}' (its parameters and values in their order, numbers as their decimal value, no field it leaves out)");
        }
    }

    /// <summary>The index of the first item spelt otherwise than the library spells it, or where one list ends before the other.</summary>
    private static int? FirstUnlike<T>(IReadOnlyList<T> recorded, IReadOnlyList<T> written, JsonTypeInfo<T> info)
    {
        for (var i = 0; i < Math.Max(recorded.Count, written.Count); i++)
        {
            if (i >= recorded.Count || i >= written.Count || Spelt(recorded[i], info) != Spelt(written[i], info))
            {
                return i;
            }
        }

        return null;
    }

    private static string Spelt<T>(T value, JsonTypeInfo<T> info) => JsonSerializer.Serialize(value, info);

    /// <summary>Refuses a value recorded twice for one pack, parameter and date, whatever the digest says: replay keys values by them.</summary>
    private static void RequireEachParameterOnce(IReadOnlyList<RecordedParameter> parameters)
    {
        var seen = new HashSet<(string, string, LocalDate)>();
        var problems = parameters
            .Select((p, i) => (p, i))
            .Where(x => !seen.Add((x.p.PackId, x.p.Parameter, x.p.EffectiveFrom)))
            .Select(x => JsonProblem.At($"$.parameters[{x.i}]", $"gives parameter {x.p.Parameter} of pack {x.p.PackId} from {x.p.EffectiveFrom:uuuu-MM-dd} a second time; each dated value is recorded once"))
            .ToArray();
        if (problems.Length > 0)
        {
            throw new IncentiveValidationException(problems);
        }
    }

    private static void RequirePresent(RecordDocument document)
    {
        JsonDocuments.RequireProperties(
            "$",
            ("libraryVersion", document.LibraryVersion), ("ruleSetFingerprint", document.RuleSetFingerprint),
            ("parameterFingerprint", document.ParameterFingerprint), ("packs", document.Packs), ("parameters", document.Parameters),
            ("case", document.Case), ("entitlements", document.Entitlements), ("supersededEntitlements", document.SupersededEntitlements),
            ("supersessions", document.Supersessions), ("determinations", document.Determinations), ("obligations", document.Obligations),
            ("trace", document.Trace), ("digest", document.Digest));

        if (document.Case.Facts is null || document.Case.Id is null)
        {
            throw JsonProblem.Refusal("$.case", "must have an id and facts");
        }
    }
}
