using System.Text;
using System.Text.Json;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Records;

/// <summary>
/// A decision as an auditor receives it: the inputs (the case, the evaluation date, the packs and every parameter value),
/// the outcomes and the trace, fingerprints of the rule set and the parameters, and a SHA-256 digest over all of it. It is
/// written as canonical JSON: the same decision always gives the same bytes, and reading then writing a record gives the
/// bytes read. Replay it with <see cref="IncentiveEngine.Replay"/>; explain it with <see cref="Baotou.Incentives.Explanations.DecisionReport"/>.
/// </summary>
public sealed class DecisionRecord
{
    /// <summary>
    /// The schema version this library writes: 2, whose outcomes carry their modality and reason codes with typed arguments.
    /// It reads schema 1 too (outcomes with English sentences), and replays it in schema 1's own terms.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    private DecisionRecord(RecordDocument document, IncentiveCase incentiveCase, IncentiveDecision decision, bool isIntact, Schema1.Schema1Document? legacy = null)
    {
        Document = document;
        Legacy = legacy;
        Case = incentiveCase;
        Decision = decision;
        IsIntact = isIntact;
    }

    /// <summary>The schema version of the record.</summary>
    public int SchemaVersion => Document.SchemaVersion;

    /// <summary>The version of the library that made the decision.</summary>
    public string LibraryVersion => Document.LibraryVersion;

    /// <summary>A fingerprint of the rules that made the decision (ids, clauses and compiled code).</summary>
    public string RuleSetFingerprint => Document.RuleSetFingerprint;

    /// <summary>A fingerprint of every pack and parameter value applied.</summary>
    public string ParameterFingerprint => Document.ParameterFingerprint;

    /// <summary>Every dated value of every parameter of the packs applied.</summary>
    public IReadOnlyList<RecordedParameter> Parameters => Document.Parameters;

    /// <summary>The case decided: the input facts.</summary>
    public IncentiveCase Case { get; }

    /// <summary>The decision as recorded: outcomes and trace.</summary>
    public IncentiveDecision Decision { get; }

    /// <summary>The SHA-256 digest written in the record, over its canonical content.</summary>
    public string Digest => Document.Digest;

    /// <summary>Whether the digest matches the content: <see langword="false"/> when the record was edited after it was written.</summary>
    public bool IsIntact { get; }

    internal RecordDocument Document { get; }

    /// <summary>For a record of schema 1, the document as read: written back as it was, and replayed in its terms.</summary>
    internal Schema1.Schema1Document? Legacy { get; }

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

        var unsigned = new RecordDocument(
            CurrentSchemaVersion,
            Fingerprints.LibraryVersion,
            Fingerprints.RuleSet,
            Fingerprints.Parameters(engine.Packs),
            decision.EvaluationDate,
            decision.PackIds,
            Fingerprints.ValuesOf(engine.Packs),
            new CaseDocument(incentiveCase.Id, null, null, CanonicalFacts(incentiveCase).Select(FactJson.Write).ToArray()),
            decision.Entitlements,
            decision.SupersededEntitlements,
            decision.Supersessions,
            decision.Determinations,
            decision.Obligations,
            decision.Trace,
            string.Empty);
        var document = unsigned with { Digest = DigestOf(unsigned) };
        return new DecisionRecord(document, incentiveCase, decision, isIntact: true);
    }

    /// <summary>Reads a record.</summary>
    /// <param name="json">The record's JSON text.</param>
    /// <returns>The record; check <see cref="IsIntact"/>, or replay it, to learn whether it was edited.</returns>
    /// <exception cref="IncentiveValidationException">The text is not a record this library can read: malformed JSON, an unknown
    /// schema version, an unknown property, nesting deeper than 32 or a document over 16 MB, or a value a fact refuses. Each
    /// problem names the JSON path.</exception>
    public static DecisionRecord Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a record from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The record's JSON as UTF-8.</param>
    /// <returns>The record.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>.</exception>
    public static DecisionRecord Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > RecordJson.MaximumBytes)
        {
            throw FactJson.Problem("$", $"is {utf8Json.Length} bytes; a record may be at most {RecordJson.MaximumBytes} bytes");
        }

        var version = SchemaVersionOf(utf8Json);
        if (version == 1)
        {
            return ParseSchema1(utf8Json);
        }

        if (version != CurrentSchemaVersion)
        {
            throw FactJson.Problem("$.schemaVersion", $"is {version}; this library reads schema versions 1 and {CurrentSchemaVersion}");
        }

        RecordDocument document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, RecordJson.Compact.RecordDocument)
                ?? throw FactJson.Problem("$", "must be a record object, not null");
        }
        catch (JsonException e)
        {
            throw FactJson.Problem(e.Path ?? "$", RecordJson.Describe(e));
        }

        RequirePresent(document);
        var incentiveCase = RecordJson.BuildCase(document.Case.Id, document.Case.Facts, "$.case.facts");

        var decision = new IncentiveDecision(
            incentiveCase.Id, document.EvaluationDate, document.Packs, document.Entitlements, document.SupersededEntitlements,
            document.Supersessions, document.Determinations, document.Obligations, document.Trace);
        var intact = document.Digest == DigestOf(document with { Digest = string.Empty });
        return new DecisionRecord(document, incentiveCase, decision, intact);
    }

    /// <summary>Writes the record as canonical, indented JSON (UTF-8, <c>\n</c> line ends, no byte-order mark), in the schema it was read in.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Legacy is { } legacy
        ? RecordJson.WriteIndented(legacy, Schema1.Schema1Json.Indented.Schema1Document)
        : RecordJson.WriteIndented(Document, RecordJson.Indented.RecordDocument);

    /// <summary>The record's JSON as UTF-8 bytes.</summary>
    /// <returns>The bytes of <see cref="ToJson"/>.</returns>
    public byte[] ToUtf8Json() => Encoding.UTF8.GetBytes(ToJson());

    /// <summary>Reads a record of schema 1: its outcomes keep their sentences (<see cref="Outcomes.Reasons.RecordedText"/>), and its digest is checked over its own shape.</summary>
    private static DecisionRecord ParseSchema1(ReadOnlySpan<byte> utf8Json)
    {
        Schema1.Schema1Document legacy;
        try
        {
            legacy = JsonSerializer.Deserialize(utf8Json, Schema1.Schema1Json.Compact.Schema1Document)
                ?? throw FactJson.Problem("$", "must be a record object, not null");
        }
        catch (JsonException e)
        {
            throw FactJson.Problem(e.Path ?? "$", RecordJson.Describe(e));
        }

        RecordJson.RequireProperties(
            "$",
            ("libraryVersion", legacy.LibraryVersion), ("ruleSetFingerprint", legacy.RuleSetFingerprint),
            ("parameterFingerprint", legacy.ParameterFingerprint), ("packs", legacy.Packs), ("parameters", legacy.Parameters),
            ("case", legacy.Case), ("entitlements", legacy.Entitlements), ("supersededEntitlements", legacy.SupersededEntitlements),
            ("supersessions", legacy.Supersessions), ("determinations", legacy.Determinations), ("obligations", legacy.Obligations),
            ("trace", legacy.Trace), ("digest", legacy.Digest));
        if (legacy.Case.Facts is null || legacy.Case.Id is null)
        {
            throw FactJson.Problem("$.case", "must have an id and facts");
        }

        var incentiveCase = RecordJson.BuildCase(legacy.Case.Id, legacy.Case.Facts, "$.case.facts");
        var document = new RecordDocument(
            legacy.SchemaVersion, legacy.LibraryVersion, legacy.RuleSetFingerprint, legacy.ParameterFingerprint, legacy.EvaluationDate, legacy.Packs,
            legacy.Parameters, legacy.Case,
            [.. legacy.Entitlements.Select(Schema1.Schema1Reading.Read)], [.. legacy.SupersededEntitlements.Select(Schema1.Schema1Reading.Read)],
            [.. legacy.Supersessions.Select(Schema1.Schema1Reading.Read)], [.. legacy.Determinations.Select(Schema1.Schema1Reading.Read)],
            [.. legacy.Obligations.Select(Schema1.Schema1Reading.Read)], legacy.Trace, legacy.Digest);
        var decision = new IncentiveDecision(
            incentiveCase.Id, document.EvaluationDate, document.Packs, document.Entitlements, document.SupersededEntitlements,
            document.Supersessions, document.Determinations, document.Obligations, document.Trace);
        var digest = Fingerprints.Sha256(JsonSerializer.SerializeToUtf8Bytes(legacy with { Digest = string.Empty }, Schema1.Schema1Json.Compact.Schema1Document));
        return new DecisionRecord(document, incentiveCase, decision, legacy.Digest == digest, legacy);
    }

    internal static string DigestOf(RecordDocument unsigned) =>
        Fingerprints.Sha256(JsonSerializer.SerializeToUtf8Bytes(unsigned with { Digest = string.Empty }, RecordJson.Compact.RecordDocument));

    /// <summary>Facts in the order the engine inserts them, so that a record does not depend on the order they were given in.</summary>
    internal static IEnumerable<ICaseFact> CanonicalFacts(IncentiveCase incentiveCase) =>
        FactKinds.Canonical(incentiveCase.Facts);

    private static int SchemaVersionOf(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = RecordJson.MaximumDepth });
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw FactJson.Problem("$", $"must be a JSON object; found {document.RootElement.ValueKind}");
            }

            return document.RootElement.TryGetProperty("schemaVersion", out var version) && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number)
                ? number
                : throw FactJson.Problem("$.schemaVersion", "is required and must be a whole number");
        }
        catch (JsonException e)
        {
            throw FactJson.Problem("$", "is not well-formed JSON: " + e.Message.Split(" LineNumber:", 2)[0] + (e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty));
        }
    }

    private static void RequirePresent(RecordDocument document)
    {
        RecordJson.RequireProperties(
            "$",
            ("libraryVersion", document.LibraryVersion), ("ruleSetFingerprint", document.RuleSetFingerprint),
            ("parameterFingerprint", document.ParameterFingerprint), ("packs", document.Packs), ("parameters", document.Parameters),
            ("case", document.Case), ("entitlements", document.Entitlements), ("supersededEntitlements", document.SupersededEntitlements),
            ("supersessions", document.Supersessions), ("determinations", document.Determinations), ("obligations", document.Obligations),
            ("trace", document.Trace), ("digest", document.Digest));

        if (document.Case.Facts is null || document.Case.Id is null)
        {
            throw FactJson.Problem("$.case", "must have an id and facts");
        }
    }
}
