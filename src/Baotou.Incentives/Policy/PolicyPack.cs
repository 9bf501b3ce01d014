using System.Collections.ObjectModel;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Policy;

/// <summary>
/// One policy document as the engine applies it: its identity, the date it takes effect, its dated parameter values and how
/// it reads what its text leaves open. A pack is immutable; <see cref="WithValue"/> and <see cref="WithAmendment"/> return
/// changed copies, which is how what-if questions and amendments are asked without touching the original.
/// </summary>
public sealed class PolicyPack
{
    private readonly ReadOnlyDictionary<string, Schedule> _schedules;

    /// <summary>Creates a pack.</summary>
    /// <param name="id">A stable id, e.g. <c>baotou-2023-149</c>.</param>
    /// <param name="ruleSet">The rule set the pack drives, one of <see cref="RuleSets.All"/>: its rules read this pack's parameters.</param>
    /// <param name="documentNumber">The document number, e.g. <c>包府办发〔2023〕149号</c>.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="publishedOn">The date the document was published.</param>
    /// <param name="effectiveFrom">The first date of events the document covers.</param>
    /// <param name="readings">How the pack reads what its text leaves open.</param>
    /// <param name="schedules">Each parameter with its dated values, oldest first.</param>
    /// <param name="level">The level of the authority that made the document; a municipal measure unless told.</param>
    /// <exception cref="IncentiveValidationException">The rule set is unknown, a parameter its rules read has no value, a value is out of its unit's range, a schedule is empty or out of date order, or a parameter appears twice.</exception>
    public PolicyPack(
        string id,
        string ruleSet,
        string documentNumber,
        string title,
        LocalDate publishedOn,
        LocalDate effectiveFrom,
        PolicyReadings readings,
        IEnumerable<KeyValuePair<PolicyParameter, IReadOnlyList<DatedValue>>> schedules,
        PolicyLevel level = PolicyLevel.Municipal)
    {
        Level = Guard.Defined(level, nameof(PolicyPack), id, nameof(Level));
        Id = Guard.Id(id, nameof(PolicyPack));
        RuleSet = RuleSets.All.Contains(ruleSet, StringComparer.Ordinal)
            ? ruleSet
            : throw Guard.Fail(nameof(PolicyPack), id, nameof(RuleSet), $"must be one of {string.Join(", ", RuleSets.All)}; was '{ruleSet}'");
        DocumentNumber = Guard.Text(documentNumber, nameof(PolicyPack), id, nameof(DocumentNumber));
        Title = Guard.Text(title, nameof(PolicyPack), id, nameof(Title));
        PublishedOn = Guard.Date(publishedOn, nameof(PolicyPack), id, nameof(PublishedOn));
        EffectiveFrom = Guard.Date(effectiveFrom, nameof(PolicyPack), id, nameof(EffectiveFrom));
        if (PackChecks.EffectiveBeforePublished(publishedOn, effectiveFrom, nameof(PublishedOn)) is { } late)
        {
            throw Guard.Fail(nameof(PolicyPack), id, nameof(EffectiveFrom), late);
        }

        Readings = readings ?? throw Guard.Fail(nameof(PolicyPack), id, nameof(Readings), "is required");
        ArgumentNullException.ThrowIfNull(schedules);

        var byKey = new Dictionary<string, Schedule>(StringComparer.Ordinal);
        foreach (var (parameter, values) in schedules)
        {
            var schedule = Schedule.Create(id, parameter, values);
            if (!byKey.TryAdd(parameter.Key, schedule))
            {
                throw Guard.Fail(nameof(PolicyPack), id, "Parameters", $"lists parameter '{parameter.Key}' more than once");
            }
        }

        var missing = RuleSets.ParametersReadBy(ruleSet).Where(p => !byKey.ContainsKey(p.Key)).Select(p => p.Key).ToArray();
        if (PackChecks.MissingParameters(ruleSet, missing) is { } unset)
        {
            throw Guard.Fail(nameof(PolicyPack), id, "Parameters", unset);
        }

        _schedules = new ReadOnlyDictionary<string, Schedule>(byKey);
        Parameters = byKey.Values.Select(s => s.Parameter).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The pack's stable id.</summary>
    public string Id { get; }

    /// <summary>The rule set the pack drives (<see cref="RuleSets"/>).</summary>
    public string RuleSet { get; }

    /// <summary>The document number.</summary>
    public string DocumentNumber { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The date the document was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>The first date of events the document covers.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>How the pack reads what its text leaves open.</summary>
    public PolicyReadings Readings { get; }

    /// <summary>The parameters the pack sets, ordered by key.</summary>
    public IReadOnlyList<PolicyParameter> Parameters { get; }

    /// <summary>The level of the authority that made the document: it decides which principle resolves an overlap.</summary>
    public PolicyLevel Level { get; }

    /// <summary>The document's title in English, when the pack gives one (every shipped pack and pack file does).</summary>
    public string? EnglishTitle => Description.EnglishTitle;

    /// <summary>The body that issued the document, in Chinese (e.g. <c>包头市人民政府办公室</c>), when the pack names it.</summary>
    public string? IssuedBy => Description.IssuedBy;

    /// <summary>The body that issued the document, in English, when the pack names it.</summary>
    public string? EnglishIssuedBy => Description.EnglishIssuedBy;

    /// <summary>The id of the pack this one succeeds (<see cref="Successor"/>), or <see langword="null"/>.</summary>
    public string? SucceedsPackId => Description.SucceedsPackId;

    /// <summary>What changes the pack makes, for its definition (pack files and records); set by a pack file or <see cref="ChangedBy"/>.</summary>
    internal ChangeOf? Change { get; init; }

    /// <summary>What the pack says about its document besides what the rules read; set by a pack file or <see cref="Successor"/>.</summary>
    internal PackDescription Description { get; init; } = PackDescription.None;

    /// <summary>The dated values of every parameter, ordered by key.</summary>
    internal IEnumerable<KeyValuePair<PolicyParameter, IReadOnlyList<DatedValue>>> Schedules => SchedulesWith((_, values) => values);

    /// <summary>
    /// For a national or autonomous-region policy that changes provisions of another pack (<see cref="ChangedBy"/>), that
    /// pack's id; <see langword="null"/> for a document of its own.
    /// </summary>
    public string? ChangesPackId => Change?.PackId;

    /// <summary>The keys of the parameters whose matter this pack changes (从其规定), ordered; empty for a document of its own.</summary>
    public IReadOnlyList<string> ChangedParameters => Change?.ParameterKeys ?? [];

    /// <summary>
    /// Whether this pack changes another's provisions after that pack took effect (期间……发生变化): only such a change
    /// governs under 从其规定. A change dated on or before the changed pack's effective date changes nothing of it.
    /// </summary>
    internal bool ChangesAfterChangedPackInForce => Change is { } c && EffectiveFrom > c.PackEffectiveFrom;

    /// <summary>The effective date of the pack this one changes, if it is a change.</summary>
    internal LocalDate? ChangedPackEffectiveFrom => Change?.PackEffectiveFrom;

    /// <summary>
    /// Whether the rules of <paramref name="ruleSet"/> that read no changed parameter apply under this pack: a document of
    /// its own drives them all; a change drives only the rules whose matter it changes (<see cref="Applies(string, PolicyParameter)"/>).
    /// </summary>
    internal bool Applies(string ruleSet) => Change is null && string.Equals(RuleSet, ruleSet, StringComparison.Ordinal);

    /// <summary>
    /// Whether a rule of <paramref name="ruleSet"/> whose outcome is set by <paramref name="matter"/> applies under this pack:
    /// a document of its own drives it; a change drives it when it changes that parameter after the changed pack took effect.
    /// </summary>
    internal bool Applies(string ruleSet, PolicyParameter matter) =>
        string.Equals(RuleSet, ruleSet, StringComparison.Ordinal)
        && (Change is null || (ChangesAfterChangedPackInForce && Change.ParameterKeys.Contains(matter.Key, StringComparer.Ordinal)));
    /// <summary>Whether an event on <paramref name="eventDate"/> falls under the pack (on or after <see cref="EffectiveFrom"/>).</summary>
    /// <param name="eventDate">The event's date.</param>
    /// <returns><see langword="true"/> when the pack is in force on that date.</returns>
    public bool IsInForceOn(LocalDate eventDate) => eventDate >= EffectiveFrom;

    /// <summary>The dated values of a parameter, oldest first.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>Its schedule.</returns>
    /// <exception cref="KeyNotFoundException">The pack does not set <paramref name="parameter"/>.</exception>
    public IReadOnlyList<DatedValue> ValuesOf(PolicyParameter parameter) => Find(parameter).Values;

    /// <summary>Reads the value of a parameter in force for an event on <paramref name="eventDate"/>.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="eventDate">The event's date: an amendment applies to events on or after its own date only.</param>
    /// <returns>The reading, naming the value, the date it took effect and the text that sets it.</returns>
    /// <exception cref="KeyNotFoundException">The pack does not set <paramref name="parameter"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No value of the parameter is in force yet on <paramref name="eventDate"/>.</exception>
    public ParameterReading Read(PolicyParameter parameter, LocalDate eventDate)
    {
        var schedule = Find(parameter);
        var current = schedule.Values.LastOrDefault(v => v.EffectiveFrom <= eventDate)
            ?? throw new ArgumentOutOfRangeException(nameof(eventDate), eventDate,
                $"Pack '{Id}' has no value of '{parameter.Key}' in force on {eventDate:yyyy-MM-dd}; its first value takes effect on {schedule.Values[0].EffectiveFrom:yyyy-MM-dd}.");
        return new ParameterReading(Id, parameter.Key, parameter.Unit, current.Value, current.EffectiveFrom, current.Reference);
    }

    /// <summary>A copy of the pack in which <paramref name="parameter"/> has the single value <paramref name="value"/> from the pack's effective date on: a what-if.</summary>
    /// <param name="parameter">The parameter to change.</param>
    /// <param name="value">The value to try.</param>
    /// <returns>The changed copy; this pack is unchanged.</returns>
    public PolicyPack WithValue(PolicyParameter parameter, decimal value)
    {
        Find(parameter);
        var whatIf = new DatedValue(EffectiveFrom, value, $"what-if: {parameter.Key} = {value}");
        return WithSchedule(parameter, [whatIf]);
    }

    /// <summary>A copy of the pack with an amendment: from <paramref name="effectiveFrom"/> on, <paramref name="parameter"/> has <paramref name="value"/>.</summary>
    /// <param name="parameter">The amended parameter.</param>
    /// <param name="effectiveFrom">The first date of events the amendment applies to.</param>
    /// <param name="value">The amended value.</param>
    /// <param name="reference">The text that makes the amendment.</param>
    /// <returns>The amended copy; this pack is unchanged.</returns>
    public PolicyPack WithAmendment(PolicyParameter parameter, LocalDate effectiveFrom, decimal value, string reference)
    {
        var kept = Find(parameter).Values.Where(v => v.EffectiveFrom < effectiveFrom);
        return WithSchedule(parameter, [.. kept, new DatedValue(effectiveFrom, value, reference)]);
    }

    /// <summary>
    /// A new policy that drives the same rules as this pack: a pack of your own. It has its own identity and takes effect on
    /// <paramref name="effectiveFrom"/>; each parameter starts with the value this pack has in force on that date. Change
    /// values with <see cref="WithValue"/> or <see cref="WithAmendment"/>. Applied together with this pack, the two grant
    /// overlapping entitlements and 从高从新不重复 keeps one: the higher, or on equal amounts the newer policy.
    /// </summary>
    /// <param name="id">The new policy's stable id; it must differ from this pack's.</param>
    /// <param name="documentNumber">Its document number.</param>
    /// <param name="title">Its title.</param>
    /// <param name="publishedOn">The date it was published.</param>
    /// <param name="effectiveFrom">The first date of events it covers.</param>
    /// <returns>The new pack; this pack is unchanged.</returns>
    /// <exception cref="IncentiveValidationException">A value is invalid, or <paramref name="id"/> is this pack's id.</exception>
    public PolicyPack Successor(string id, string documentNumber, string title, LocalDate publishedOn, LocalDate effectiveFrom)
    {
        RequireOwnId(id, "a successor");

        // It has no English title or issuer of its own yet: its description says only which pack it succeeds.
        return new(id, RuleSet, documentNumber, title, publishedOn, effectiveFrom, Readings,
            SchedulesWith((_, values) => [Inherited(values, effectiveFrom)]), Level) { Description = PackDescription.None with { SucceedsPackId = Id } };
    }

    /// <summary>
    /// A national or autonomous-region policy that changes provisions of this pack (期间国家、自治区相关政策发生变化的，从其规定).
    /// From <paramref name="effectiveFrom"/> on, each changed provision governs the matter it changes, whatever its number:
    /// where it and this pack grant the same beneficiary a share of the same income, this pack's grant is set aside under
    /// 从其规定, even when it is higher. Before that date the change has no effect. The change drives this pack's rules only for
    /// the matters it changes; every other parameter keeps this pack's value. A change dated on or before this pack took
    /// effect is not a change during its term and changes nothing of it; the decision says so.
    /// </summary>
    /// <param name="id">The changing policy's stable id; it must differ from this pack's.</param>
    /// <param name="level">Its level: <see cref="PolicyLevel.NationalLaw"/>, <see cref="PolicyLevel.NationalPolicy"/> or <see cref="PolicyLevel.AutonomousRegion"/>.</param>
    /// <param name="documentNumber">Its document number.</param>
    /// <param name="title">Its title.</param>
    /// <param name="publishedOn">The date it was published.</param>
    /// <param name="effectiveFrom">The first date of events its changes govern.</param>
    /// <param name="changes">The provisions it changes, at least one, each parameter once.</param>
    /// <returns>The changing pack; this pack is unchanged.</returns>
    /// <exception cref="IncentiveValidationException">The level is municipal (a later municipal measure is a <see cref="Successor"/>), no change is given, a parameter is not one this pack sets or is given twice, a value is out of range, this pack is itself a change, or <paramref name="id"/> is this pack's id.</exception>
    public PolicyPack ChangedBy(
        string id, PolicyLevel level, string documentNumber, string title, LocalDate publishedOn, LocalDate effectiveFrom, IEnumerable<ProvisionChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var given = changes.ToArray();
        RequireOwnId(id, "a change");

        if (level is not (PolicyLevel.NationalLaw or PolicyLevel.NationalPolicy or PolicyLevel.AutonomousRegion))
        {
            throw Guard.Fail(nameof(PolicyPack), id, nameof(Level), $"must be NationalLaw, NationalPolicy or AutonomousRegion: 从其规定 follows national and regional changes, and a later municipal measure is a Successor; was {level}");
        }

        if (PackChecks.ChangeOfAChange(this) is { } changeOfAChange)
        {
            throw Guard.Fail(nameof(PolicyPack), id, nameof(ChangesPackId), changeOfAChange);
        }

        if (given.Length == 0)
        {
            throw Guard.Fail(nameof(PolicyPack), id, nameof(ChangedParameters), "must list at least one provision changed");
        }

        foreach (var change in given)
        {
            ArgumentNullException.ThrowIfNull(change);
            Find(change.Parameter);
            if (given.Count(c => c.Parameter.Key == change.Parameter.Key) > 1)
            {
                throw Guard.Fail(nameof(PolicyPack), id, nameof(ChangedParameters), $"lists parameter '{change.Parameter.Key}' more than once");
            }
        }

        var changed = given.ToDictionary(c => c.Parameter.Key, StringComparer.Ordinal);
        return new(id, RuleSet, documentNumber, title, publishedOn, effectiveFrom, Readings,
            SchedulesWith((parameter, values) => [changed.TryGetValue(parameter.Key, out var c)
                ? new DatedValue(effectiveFrom, c.Value, c.Reference)
                : Inherited(values, effectiveFrom)]),
            level) { Change = new ChangeOf(Id, EffectiveFrom, changed.Keys.Order(StringComparer.Ordinal).ToArray()) };
    }

    /// <summary>A copy of the pack that reads what the text leaves open differently.</summary>
    /// <param name="readings">The readings to apply.</param>
    /// <returns>The changed copy; this pack is unchanged.</returns>
    public PolicyPack WithReadings(PolicyReadings readings) => Copy(Schedules, readings: readings);

    /// <summary>A copy with one parameter's dated values replaced: a what-if, an amendment, or a mutant for mutation coverage (docs/MUTATION.md).</summary>
    internal PolicyPack WithSchedule(PolicyParameter parameter, IReadOnlyList<DatedValue> values)
    {
        Find(parameter);
        return Copy(SchedulesWith((p, kept) => p.Key == parameter.Key ? values : kept));
    }

    /// <summary>
    /// A copy that takes effect <paramref name="days"/> days later (earlier when negative), with every value dated on its
    /// effective date moved with it and its publication date no later than that: a mutant of the pack's date.
    /// </summary>
    internal PolicyPack ShiftedBy(int days)
    {
        var effective = EffectiveFrom.PlusDays(days);
        return Copy(
            SchedulesWith((_, values) => values.Select(v => v.EffectiveFrom == EffectiveFrom ? v with { EffectiveFrom = effective } : v).ToArray()),
            publishedOn: PublishedOn < effective ? PublishedOn : effective,
            effectiveFrom: effective);
    }

    /// <summary>The pack's document number and id.</summary>
    /// <returns>Text for logs.</returns>
    public override string ToString() => $"{DocumentNumber} ({Id})";

    /// <summary>
    /// The value a successor or a change taking effect on <paramref name="effectiveFrom"/> carries over of a parameter this pack
    /// sets and it does not: the value this pack has in force on that date (its first before its first value's date), dated on
    /// it. Its reference is the text that sets the value kept, quoted as it is (the pack it belongs to is named beside it in
    /// every reading), so no word of another language enters a quotation.
    /// </summary>
    internal DatedValue InheritedBy(PolicyParameter parameter, LocalDate effectiveFrom) => Inherited(Find(parameter).Values, effectiveFrom);

    /// <summary>A copy with this pack's identity, level, change and description, and the schedules, readings and dates given.</summary>
    private PolicyPack Copy(
        IEnumerable<KeyValuePair<PolicyParameter, IReadOnlyList<DatedValue>>> schedules,
        PolicyReadings? readings = null,
        LocalDate? publishedOn = null,
        LocalDate? effectiveFrom = null) =>
        new(Id, RuleSet, DocumentNumber, Title, publishedOn ?? PublishedOn, effectiveFrom ?? EffectiveFrom, readings ?? Readings, schedules, Level)
        {
            Change = Change,
            Description = Description,
        };

    private void RequireOwnId(string id, string policy)
    {
        if (id == Id)
        {
            throw Guard.Fail(nameof(PolicyPack), id, nameof(Id), $"must differ from '{Id}': {policy} is a policy of its own");
        }
    }

    private static DatedValue Inherited(IReadOnlyList<DatedValue> values, LocalDate effectiveFrom)
    {
        var kept = values.LastOrDefault(v => v.EffectiveFrom <= effectiveFrom) ?? values[0];
        return new DatedValue(effectiveFrom, kept.Value, kept.Reference);
    }

    private Schedule Find(PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return _schedules.TryGetValue(parameter.Key, out var schedule)
            ? schedule
            : throw new KeyNotFoundException($"Pack '{Id}' does not set parameter '{parameter.Key}'.");
    }

    /// <summary>Every parameter, ordered by key, with the dated values <paramref name="values"/> gives it from its own: how a copy is made.</summary>
    private IEnumerable<KeyValuePair<PolicyParameter, IReadOnlyList<DatedValue>>> SchedulesWith(
        Func<PolicyParameter, IReadOnlyList<DatedValue>, IReadOnlyList<DatedValue>> values) =>
        _schedules.Values.OrderBy(s => s.Parameter.Key, StringComparer.Ordinal).Select(s => KeyValuePair.Create(s.Parameter, values(s.Parameter, s.Values)));

    /// <summary>What a change pack changes: the pack, the date that pack took effect, and the parameters.</summary>
    internal sealed record ChangeOf(string PackId, LocalDate PackEffectiveFrom, IReadOnlyList<string> ParameterKeys);

    private sealed record Schedule(PolicyParameter Parameter, IReadOnlyList<DatedValue> Values)
    {
        internal static Schedule Create(string packId, PolicyParameter parameter, IReadOnlyList<DatedValue> values)
        {
            ArgumentNullException.ThrowIfNull(parameter);
            var field = $"Parameters[{parameter.Key}]";
            if (values is null || values.Count == 0)
            {
                throw Guard.Fail(nameof(PolicyPack), packId, field, PackChecks.EmptySchedule);
            }

            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i] ?? throw Guard.Fail(nameof(PolicyPack), packId, field, $"value {i} is null");
                if (i > 0 && value.EffectiveFrom <= values[i - 1].EffectiveFrom)
                {
                    throw Guard.Fail(nameof(PolicyPack), packId, field,
                        $"values must be in strictly increasing date order; {value.EffectiveFrom:yyyy-MM-dd} follows {values[i - 1].EffectiveFrom:yyyy-MM-dd}");
                }

                CheckRange(packId, field, parameter.Unit, value.Value);
            }

            return new Schedule(parameter, values.ToArray());
        }

        private static void CheckRange(string packId, string field, ParameterUnit unit, decimal value)
        {
            // One definition of each unit's range, the pack file reader's; this message keeps the C# caller's words.
            var ok = Enum.IsDefined(unit) && PackChecks.RangeProblem(unit, value) is null;
            if (!ok)
            {
                var range = unit switch
                {
                    ParameterUnit.Rate => "a rate from 0 to 1",
                    ParameterUnit.Yuan => "an amount from 0 yuan",
                    _ => "a whole number of years from 1 to 100",
                };
                throw Guard.Fail(nameof(PolicyPack), packId, field, $"must be {range}; was {value}");
            }
        }
    }
}
