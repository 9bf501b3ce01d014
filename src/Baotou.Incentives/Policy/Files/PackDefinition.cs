using System.Diagnostics.CodeAnalysis;
using Baotou.Incentives.Json;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Policy.Files;

/// <summary>
/// Turns a pack file's document into a pack and a pack back into its complete document. Reading checks everything a pack
/// must be and says every problem at once, each naming its JSON path: required fields, the rule set, the level, dates, each
/// parameter's key and unit, each value's range, the order of dated values, and what a successor or a change inherits.
/// </summary>
internal static class PackDefinition
{
    /// <summary>The longest reference: a quoted clause, not a document.</summary>
    internal const int MaximumReferenceLength = 2_000;

    /// <summary>
    /// Builds the pack a document defines; <paramref name="others"/> are the packs it may succeed or change (shipped ones are
    /// always known). Returns null exactly when it added a problem.
    /// </summary>
    internal static PolicyPack? Build(PackDocument document, IEnumerable<PolicyPack> others, List<ValidationProblem> problems)
    {
        var start = problems.Count;
        Require(document.Id, "$.id", problems);
        Require(document.DocumentNumber, "$.documentNumber", problems);
        RequireText(document.Title, "$.title", problems);
        if (document.IssuedBy is { } issuer)
        {
            RequireText(issuer, "$.issuedBy", problems);
        }

        Present(document.Level, "$.level", $"one of {string.Join(", ", Enum.GetNames<PolicyLevel>())}", problems);
        Present(document.PublishedOn, "$.publishedOn", "the date the document was published, e.g. \"2025-06-01\"", problems);
        if (Present(document.EffectiveFrom, "$.effectiveFrom", "the first date of events the document covers, e.g. \"2025-07-01\"", problems)
            && document.PublishedOn is { } published
            && PackChecks.EffectiveBeforePublished(published, document.EffectiveFrom.Value, "publishedOn") is { } why)
        {
            problems.Add(JsonProblem.At("$.effectiveFrom", why));
        }

        var ruleSetKnown = document.RuleSet is not null && RuleSets.All.Contains(document.RuleSet, StringComparer.Ordinal);
        if (!ruleSetKnown)
        {
            problems.Add(JsonProblem.At("$.ruleSet", document.RuleSet is null
                ? $"is required: one of {string.Join(", ", RuleSets.All)}"
                : $"is not a rule set the library ships; must be one of {string.Join(", ", RuleSets.All)}; was '{document.RuleSet}'"));
        }

        var basis = Basis(document, others, ruleSetKnown, problems);
        var declared = ruleSetKnown ? RuleSets.ParametersReadBy(document.RuleSet!).ToDictionary(p => p.Key, StringComparer.Ordinal) : [];
        var given = Parameters(document, declared, ruleSetKnown, problems);
        if (ruleSetKnown)
        {
            Inherit(document, basis, declared, given, problems);
        }

        if (problems.Count > start)
        {
            return null;
        }

        var effectiveFrom = document.EffectiveFrom!.Value;
        var change = document.Changes is { } c
            ? new PolicyPack.ChangeOf(c.Pack, c.PackEffectiveFrom ?? basis!.EffectiveFrom, c.Parameters.Order(StringComparer.Ordinal).ToArray())
            : null;
        var readings = Readings(document.Readings, basis?.Readings ?? DefaultReadings(document.RuleSet!));
        try
        {
            return new PolicyPack(
                document.Id, document.RuleSet!, document.DocumentNumber, document.Title!.Zh, document.PublishedOn!.Value, effectiveFrom, readings,
                declared.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p, given[p.Key])),
                document.Level!.Value)
            {
                Change = change,
                Description = new PackDescription(document.Title.En, document.IssuedBy?.Zh, document.IssuedBy?.En, document.Succeeds),
            };
        }
        catch (IncentiveValidationException e)
        {
            // The checks above mirror the pack's own; should one be missed, its problem still reaches the reader.
            problems.AddRange(e.Problems.Select(p => JsonProblem.At("$", p.Field + ": " + p.Reason)));
            return null;
        }
    }

    /// <summary>The complete document of a pack: every parameter, its readings, and for a change the changed pack's date.</summary>
    internal static PackDocument Document(PolicyPack pack) => new(
        pack.Id,
        pack.DocumentNumber,
        new PackText(pack.Title, pack.EnglishTitle ?? pack.Title),
        pack.IssuedBy is { } zh ? new PackText(zh, pack.EnglishIssuedBy ?? zh) : null,
        pack.Level,
        pack.PublishedOn,
        pack.EffectiveFrom,
        pack.RuleSet,
        pack.SucceedsPackId,
        pack.Change is { } c ? new PackChangeDocument(c.PackId, c.PackEffectiveFrom, c.ParameterKeys) : null,
        new PackReadingsDocument(pack.Readings.TransferOfficeRewardBasis, pack.Readings.ProfitYears, pack.Readings.ExemptionPublicity,
            pack.Readings.TransferOfficeEquity, pack.Readings.IncomeRetention),
        pack.Schedules.Select(s => new PackParameterDocument(s.Key.Key, s.Key.Unit,
            s.Value.Select(v => new PackValueDocument(v.EffectiveFrom, v.Value, v.Reference)).ToArray())).ToArray());

    /// <summary>The readings a rule set's shipped pack uses: a pack of one's own that names none reads its text the same way.</summary>
    private static PolicyReadings DefaultReadings(string ruleSet) =>
        ruleSet == RuleSets.NationalLaw2015 ? NationalLaw2015Article45.Readings : Baotou149.Readings;

    /// <summary>The pack a successor or a change builds on, when it names one that is known.</summary>
    private static PolicyPack? Basis(PackDocument document, IEnumerable<PolicyPack> others, bool ruleSetKnown, List<ValidationProblem> problems)
    {
        if (document.Succeeds is not null && document.Changes is not null)
        {
            problems.Add(JsonProblem.At("$.changes", "cannot be given with succeeds: a pack either succeeds another (a later municipal measure) or changes its provisions (a national or regional change)"));
            return null;
        }

        var (path, basisId) = document.Succeeds is { } s ? ("$.succeeds", s) : document.Changes is { } c ? ("$.changes.pack", c.Pack) : (null, null);
        if (path is null)
        {
            return null;
        }

        if (basisId is null)
        {
            problems.Add(JsonProblem.At(path, "is required: the id of the pack it builds on"));
            return null;
        }

        if (basisId == document.Id)
        {
            problems.Add(JsonProblem.At(path, $"must name another pack than '{document.Id}' itself"));
            return null;
        }

        // A pack given beside the file comes first: it may be a changed copy of a shipped pack with the same id.
        var known = others.Concat(KnownPacks.All).ToArray();
        var basis = known.FirstOrDefault(p => p.Id == basisId);
        if (basis is null)
        {
            // A change read from a record is complete and names the changed pack's date: it needs no basis.
            if (document.Changes is { PackEffectiveFrom: not null } || document.Succeeds is not null)
            {
                return null;
            }

            problems.Add(JsonProblem.At(path, $"names pack '{basisId}', which is neither shipped nor given beside this file; known packs: {string.Join(", ", known.Select(p => p.Id).Distinct())}"));
            return null;
        }

        if (ruleSetKnown && basis.RuleSet != document.RuleSet)
        {
            problems.Add(JsonProblem.At("$.ruleSet", $"must be '{basis.RuleSet}', the rule set of '{basisId}' which it builds on; was '{document.RuleSet}'"));
        }

        if (document.Succeeds is not null && document.Level is { } level && level != basis.Level)
        {
            // A successor is a later document of the same level, as PolicyPack.Successor makes it; a higher level's change is a change.
            problems.Add(JsonProblem.At("$.level", $"must be {basis.Level}, the level of '{basisId}' which it succeeds; was {level} (a national or regional change of it is given with changes instead)"));
        }

        if (document.Changes is { } change)
        {
            if (document.Level is PolicyLevel.Municipal)
            {
                problems.Add(JsonProblem.At("$.level", "must be NationalLaw, NationalPolicy or AutonomousRegion for a change (从其规定 follows national and regional changes); a later municipal measure succeeds the pack instead"));
            }

            if (PackChecks.ChangeOfAChange(basis) is { } why)
            {
                problems.Add(JsonProblem.At(path, why));
            }

            if (change.PackEffectiveFrom is { } date && date != basis.EffectiveFrom)
            {
                problems.Add(JsonProblem.At("$.changes.packEffectiveFrom", $"must be {basis.EffectiveFrom:yyyy-MM-dd}, the date '{basisId}' took effect; was {date:yyyy-MM-dd}"));
            }
        }

        return basis;
    }

    /// <summary>The parameters the document gives, each checked: a known key of the rule set, its unit, and its dated values.</summary>
    private static Dictionary<string, IReadOnlyList<DatedValue>> Parameters(
        PackDocument document, Dictionary<string, PolicyParameter> declared, bool ruleSetKnown, List<ValidationProblem> problems)
    {
        var given = new Dictionary<string, IReadOnlyList<DatedValue>>(StringComparer.Ordinal);
        if (!Present(document.Parameters, "$.parameters", "each parameter with its unit and dated values", problems))
        {
            return given;
        }

        for (var i = 0; i < document.Parameters.Count; i++)
        {
            var path = $"$.parameters[{i}]";
            var entry = document.Parameters[i];
            if (entry is null)
            {
                problems.Add(JsonProblem.At(path, "must be a parameter object, not null"));
                continue;
            }

            if (!Present(entry.Key, path + ".key", "the parameter's key, e.g. \"149.8.transfer-licence-net-income-share\"", problems))
            {
                continue;
            }

            PolicyParameter? parameter = null;
            if (ruleSetKnown && !declared.TryGetValue(entry.Key, out parameter))
            {
                var nearest = NearestName.Of(entry.Key, declared.Keys);
                problems.Add(JsonProblem.At(path + ".key", $"'{entry.Key}' is not a parameter the rules of '{document.RuleSet}' read"
                    + (nearest is null ? $"; they read: {string.Join(", ", declared.Keys.Order(StringComparer.Ordinal))}" : $"; did you mean {nearest}?")));
            }

            if (given.ContainsKey(entry.Key))
            {
                problems.Add(JsonProblem.At(path + ".key", $"'{entry.Key}' is given twice: each parameter is listed once, its values in one list"));
                continue;
            }

            if (Present(entry.Unit, path + ".unit", $"one of {string.Join(", ", Enum.GetNames<ParameterUnit>())}", problems)
                && parameter is not null && entry.Unit != parameter.Unit)
            {
                problems.Add(JsonProblem.At(path + ".unit", $"must be {parameter.Unit}, the unit of '{parameter.Key}'; was {entry.Unit}"));
            }

            var values = Values(entry, path, parameter?.Unit ?? entry.Unit, document.EffectiveFrom, problems);
            if (values is not null)
            {
                given[entry.Key] = values;
            }
        }

        return given;
    }

    private static DatedValue[]? Values(PackParameterDocument entry, string path, ParameterUnit? unit, LocalDate? packEffectiveFrom, List<ValidationProblem> problems)
    {
        if (entry.Values is null || entry.Values.Count == 0)
        {
            problems.Add(JsonProblem.At(path + ".values", PackChecks.EmptySchedule));
            return null;
        }

        var values = new List<DatedValue>();
        var start = problems.Count;
        for (var j = 0; j < entry.Values.Count; j++)
        {
            var at = $"{path}.values[{j}]";
            var value = entry.Values[j];
            if (value is null)
            {
                problems.Add(JsonProblem.At(at, "must be a dated value object, not null"));
                continue;
            }

            if (value.EffectiveFrom is not { } from)
            {
                problems.Add(JsonProblem.At(at + ".effectiveFrom", "is required: the first date of events the value applies to"));
            }
            else if (j == 0 && packEffectiveFrom is { } packFrom && from > packFrom)
            {
                problems.Add(JsonProblem.At(at + ".effectiveFrom", $"must be on or before the pack's effectiveFrom {packFrom:yyyy-MM-dd}, so that every event the pack covers has a value; was {from:yyyy-MM-dd}"));
            }
            else if (j > 0 && entry.Values[j - 1]?.EffectiveFrom is { } previous && from <= previous)
            {
                problems.Add(JsonProblem.At(at + ".effectiveFrom", from == previous
                    ? $"is {from:yyyy-MM-dd} again: two values of one parameter cannot take effect on the same date"
                    : $"is {from:yyyy-MM-dd}, before the value above it ({previous:yyyy-MM-dd}): dated values are listed oldest first, each later than the one before"));
            }

            if (Present(value.Value, at + ".value", "the value in the parameter's unit", problems)
                && unit is { } u && PackChecks.RangeProblem(u, value.Value.Value) is { } why)
            {
                problems.Add(JsonProblem.At(at + ".value", why));
            }

            if (string.IsNullOrWhiteSpace(value.Reference))
            {
                problems.Add(JsonProblem.At(at + ".reference", "is required: the text that sets the value, quoted from its document and clause"));
            }
            else if (value.Reference.Length > MaximumReferenceLength)
            {
                problems.Add(JsonProblem.At(at + ".reference", $"must be at most {MaximumReferenceLength} characters; was {value.Reference.Length}"));
            }

            if (problems.Count == start)
            {
                values.Add(new DatedValue(value.EffectiveFrom!.Value, value.Value!.Value, value.Reference));
            }
        }

        return problems.Count == start ? values.ToArray() : null;
    }

    /// <summary>Fills in what a successor or a change inherits, and refuses a pack of its own that leaves a parameter out.</summary>
    private static void Inherit(PackDocument document, PolicyPack? basis, Dictionary<string, PolicyParameter> declared,
        Dictionary<string, IReadOnlyList<DatedValue>> given, List<ValidationProblem> problems)
    {
        if (document.Changes is { } change)
        {
            if (change.Parameters is null || change.Parameters.Count == 0)
            {
                problems.Add(JsonProblem.At("$.changes.parameters", "must list at least one parameter whose matter the change governs"));
            }
            else
            {
                for (var i = 0; i < change.Parameters.Count; i++)
                {
                    var key = change.Parameters[i];
                    if (!declared.ContainsKey(key ?? string.Empty))
                    {
                        problems.Add(JsonProblem.At($"$.changes.parameters[{i}]", $"'{key}' is not a parameter the rules of '{document.RuleSet}' read"));
                    }
                    else if (!document.Parameters?.Any(p => p?.Key == key) ?? true)
                    {
                        problems.Add(JsonProblem.At($"$.changes.parameters[{i}]", $"'{key}' is changed, so $.parameters must give its changed value"));
                    }
                    else if (change.Parameters.Take(i).Contains(key, StringComparer.Ordinal))
                    {
                        problems.Add(JsonProblem.At($"$.changes.parameters[{i}]", $"'{key}' is listed twice"));
                    }
                }
            }
        }

        var missing = declared.Keys.Where(k => !given.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray();

        // Given both succeeds and changes, the pack builds on neither, and that problem is said already.
        if (missing.Length == 0 || document.Parameters is null || (document.Succeeds is not null && document.Changes is not null)
            || problems.Any(p => p.Field.StartsWith("$.parameters", StringComparison.Ordinal)))
        {
            return;
        }

        if (basis is null || document.EffectiveFrom is not { } effectiveFrom)
        {
            if (document.Succeeds is null && document.Changes is null)
            {
                problems.Add(JsonProblem.At("$.parameters", PackChecks.MissingParameters(document.RuleSet!, missing)!));
            }
            else if (basis is null && (document.Succeeds is not null || document.Changes is { PackEffectiveFrom: not null }))
            {
                problems.Add(JsonProblem.At(document.Succeeds is not null ? "$.succeeds" : "$.changes.pack",
                    $"names pack '{document.Succeeds ?? document.Changes!.Pack}', which is neither shipped nor given beside this file, so the parameters it would inherit are unknown; give them ({string.Join(", ", missing)}) or the pack"));
            }

            return;
        }

        // As PolicyPack.Successor and ChangedBy do: each inherited parameter starts with the value the basis has in force on this pack's date.
        foreach (var key in missing)
        {
            given[key] = [basis.InheritedBy(declared[key], effectiveFrom)];
        }
    }

    private static PolicyReadings Readings(PackReadingsDocument? given, PolicyReadings inherited) => given is null
        ? inherited
        : new PolicyReadings(
            given.TransferOfficeRewardBasis ?? inherited.TransferOfficeRewardBasis,
            given.ProfitYears ?? inherited.ProfitYears,
            given.ExemptionPublicity ?? inherited.ExemptionPublicity,
            given.TransferOfficeEquity ?? inherited.TransferOfficeEquity,
            given.IncomeRetention ?? inherited.IncomeRetention);

    private static void Require(string? value, string path, List<ValidationProblem> problems)
    {
        if (Guard.TextProblem(value) is { } why)
        {
            problems.Add(JsonProblem.At(path, why));
        }
    }

    private static void RequireText(PackText? text, string path, List<ValidationProblem> problems)
    {
        if (!Present(text, path, "{\"zh\": \"…\", \"en\": \"…\"}", problems))
        {
            return;
        }

        Require(text.Zh, path + ".zh", problems);
        Require(text.En, path + ".en", problems);
    }

    /// <summary>Whether a required value is there; when it is not, says so at <paramref name="path"/>: "is required: <paramref name="what"/>".</summary>
    private static bool Present([NotNullWhen(true)] object? value, string path, string what, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            problems.Add(JsonProblem.At(path, "is required: " + what));
        }

        return value is not null;
    }
}
