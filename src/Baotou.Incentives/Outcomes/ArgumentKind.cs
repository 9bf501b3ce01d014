namespace Baotou.Incentives.Outcomes;

/// <summary>
/// How a reason's argument is shown where its CLR type does not say: a <see cref="decimal"/> is an amount to the fen unless
/// marked a rate or a count, a <see cref="string"/> is text the case supplied unless marked one of the names below.
/// </summary>
internal enum ArgumentKind
{
    /// <summary>Text the case supplied (ids, names), isolated in reports for bidirectional text. A string's default.</summary>
    CaseText,

    /// <summary>An amount in yuan, to the fen. A decimal's default.</summary>
    Money,

    /// <summary>A rate, as a percentage.</summary>
    Rate,

    /// <summary>A number of years, without trailing zeros.</summary>
    Count,

    /// <summary>A fact kind, by its catalog name.</summary>
    FactKind,

    /// <summary>A pack: a shipped one by its catalog name, any other by its id.</summary>
    PackName,

    /// <summary>A rule, by the clause it implements in words.</summary>
    RuleClause,

    /// <summary>A clause, by its name in the catalog's language.</summary>
    ClauseName,
}
