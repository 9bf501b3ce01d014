using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>
/// Everything known about one case: its facts, each of a known kind. A case holds its facts as given; relations between them
/// (a payment's contract exists, one profit row per year, ids unique) are checked when the case is evaluated or built with
/// <see cref="IncentiveCaseBuilder"/>, and every problem is reported at once.
/// </summary>
public sealed class IncentiveCase
{
    /// <summary>Creates a case from its facts.</summary>
    /// <param name="id">The case's id, e.g. the application number.</param>
    /// <param name="facts">The facts, in any order: the order never changes the decision.</param>
    /// <exception cref="IncentiveValidationException">The id is empty, a fact is null, or a fact is of a kind the library does not know.</exception>
    public IncentiveCase(string id, IEnumerable<ICaseFact> facts)
    {
        Id = Guard.Id(id, nameof(IncentiveCase));
        ArgumentNullException.ThrowIfNull(facts);
        var all = facts.ToArray();
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                problems.Add(new ValidationProblem(nameof(IncentiveCase), id, $"Facts[{i}]", "must not be null"));
            }
            else if (!FactKinds.IsKnown(all[i]))
            {
                problems.Add(new ValidationProblem(all[i].GetType().Name, all[i].Id, "Type",
                    $"is not a fact kind of this library; known kinds are {string.Join(", ", FactKinds.Names)}"));
            }
        }

        if (problems.Count > 0)
        {
            throw new IncentiveValidationException(problems);
        }

        Facts = all;
    }

    /// <summary>The case's id.</summary>
    public string Id { get; }

    /// <summary>Every fact, in the order given.</summary>
    public IReadOnlyList<ICaseFact> Facts { get; }

    /// <summary>The facts of one kind, in the order given.</summary>
    /// <typeparam name="TFact">The kind of fact.</typeparam>
    /// <returns>The facts of that kind.</returns>
    public IEnumerable<TFact> FactsOf<TFact>()
        where TFact : ICaseFact => Facts.OfType<TFact>();

    // The case is immutable, so its order and its relations' problems are worked out once, by whoever asks first (reading a
    // case file or a record, then evaluating it, asks twice); two threads asking at once both get the same answer.
    private ICaseFact[]? _canonicalFacts;
    private IReadOnlyList<Validation.ValidationProblem>? _relationProblems;

    /// <summary>The facts in the order the engine inserts them and a record writes them, sorted once per case. Not to be changed.</summary>
    internal ICaseFact[] CanonicalFacts => _canonicalFacts ??= FactKinds.Canonical(Facts);

    /// <summary>Every problem of the relations between the facts (<see cref="CaseValidator"/>), checked once per case.</summary>
    internal IReadOnlyList<Validation.ValidationProblem> RelationProblems => _relationProblems ??= CaseValidator.Problems(this);
}
