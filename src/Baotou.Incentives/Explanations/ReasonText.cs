using System.Globalization;
using System.Reflection;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// Renders a reason in a catalog's language: the entry of its code, each argument (the record's constructor parameters, in
/// order) formatted by its declared type: amounts to the fen, rates as percentages, counts of years, ISO dates, enum values and
/// fact kinds by their catalog names (<see cref="ShownAsAttribute"/> says which where the CLR type does not). Text a case
/// supplies (ids, names) goes through the catalog's text hook, which isolates it for bidirectional text in reports.
/// </summary>
internal static class ReasonText
{
    /// <summary>Each reason type's code and arguments, read once: the property behind each constructor parameter and how it is shown.</summary>
    private static readonly Dictionary<Type, (string Code, (PropertyInfo Property, Func<object, Catalog, string> Show)[] Arguments)> Wording =
        ReasonTypes.All.ToDictionary(r => r.Type, r => (r.Code, ArgumentsOf(r.Type)));

    internal static string Render(IReason reason, Catalog catalog) =>
        Wording.TryGetValue(reason.GetType(), out var wording)
            ? catalog.Format(wording.Code, [.. wording.Arguments.Select(a => a.Show(a.Property.GetValue(reason)!, catalog))])
            : throw new ArgumentOutOfRangeException(nameof(reason), reason.GetType().Name, "declares no reason code");

    private static (PropertyInfo, Func<object, Catalog, string>)[] ArgumentsOf(Type type) =>
        [.. type.GetConstructors().Single().GetParameters().Select(p => (type.GetProperty(p.Name!)!, ShowerOf(p)))];

    private static Func<object, Catalog, string> ShowerOf(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var kind = parameter.GetCustomAttribute<ShownAsAttribute>()?.Kind;
        return kind switch
        {
            ArgumentKind.Rate => (value, _) => Rate.Format((decimal)value),
            ArgumentKind.Count => (value, _) => ((decimal)value).ToString("0.##", CultureInfo.InvariantCulture),
            ArgumentKind.FactKind => (value, catalog) => catalog.FactKind((string)value),
            ArgumentKind.PackName => (value, catalog) => PackName((string)value, catalog),
            ArgumentKind.RuleClause => (value, catalog) => RuleClause((string)value, catalog),
            ArgumentKind.ClauseName => (value, catalog) => ClauseName((string)value, catalog),
            _ when type == typeof(string) => (value, catalog) => catalog.Text((string)value),
            _ when type == typeof(decimal) => (value, _) => Fen.Format((decimal)value),
            _ when type == typeof(int) => (value, _) => ((int)value).ToString(CultureInfo.InvariantCulture),
            _ when type == typeof(NodaTime.LocalDate) => (value, _) => ((NodaTime.LocalDate)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => (value, catalog) => catalog.Name((bool)value),
            _ when type.IsEnum => (value, catalog) => catalog.Get($"enum.{type.Name}.{value}"),
            _ => throw new NotSupportedException($"{parameter.Member.DeclaringType!.Name}.{parameter.Name}: a reason's argument of type {type.Name} has no wording"),
        };
    }

    /// <summary>A clause a reason names, by its name in the catalog's language (e.g. "No. 149 (8)"), as it stands in the text.</summary>
    private static string ClauseName(string clause, Catalog catalog) =>
        catalog.Text(Rules.Clauses.Keys.TryGetValue(clause, out var key) ? catalog.Get("clause." + key) : clause);

    /// <summary>A rule by the clause it implements, in words (149号·（八）), or its id when the rule set does not know it.</summary>
    private static string RuleClause(string ruleId, Catalog catalog) =>
        Rules.RuleCatalog.ById.TryGetValue(ruleId, out var rule) && Rules.Clauses.Keys.TryGetValue(rule.Clause, out var key)
            ? catalog.Get("clause." + key)
            : catalog.Text(ruleId);

    /// <summary>A shipped pack by its name in the catalog (包府办发〔2023〕149号《…》), any other by its id.</summary>
    private static string PackName(string packId, Catalog catalog) => catalog.Has("pack." + packId) ? catalog.Get("pack." + packId) : catalog.Text(packId);
}
