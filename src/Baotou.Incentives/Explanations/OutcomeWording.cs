using Baotou.Incentives.Engine;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// The words of the zh and en catalogs for one outcome or one part of it, for hosts that print outcomes themselves (a console,
/// a test's failure message). The language is always an argument; nothing reads the current culture.
/// </summary>
public static class OutcomeWording
{
    /// <summary>A reason code with its arguments, in words, e.g. <c>合同 C1 的成果转让净收入</c> / <c>net income of the transfer under contract C1</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Reason(IReason reason, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return Catalog.For(language).Reason(reason);
    }

    /// <summary>What an entitlement gives whom, worded by its modality, e.g. <c>成果完成团队可享有不低于 1,980,000.00 元</c>.</summary>
    /// <param name="entitlement">The entitlement.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public static string Grant(Entitlement entitlement, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        return Reports.ReportBuilder.Grant(Catalog.For(language), entitlement);
    }

    /// <summary>The arithmetic of an entitlement: its basis in words, basis × rate = minimum, and the equity share when there is one.</summary>
    /// <param name="entitlement">The entitlement.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Arithmetic(Entitlement entitlement, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        return Reports.ReportBuilder.Arithmetic(Catalog.For(language), entitlement);
    }

    /// <summary>A kind of fact in words, as a trace names it, e.g. <c>TechnologyContract</c> as <c>技术合同</c> / <c>technology contract</c>.</summary>
    /// <param name="kind">The kind, as <see cref="Tracing.FactReference.Type"/> holds it.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words, or the kind itself when the catalogs do not know it.</returns>
    public static string FactKind(string kind, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var words = Catalog.For(language);
        return words.Has("kind." + kind) ? words.FactKind(kind) : kind;
    }

    /// <summary>A beneficiary's name in the policy's words, e.g. <c>成果完成团队</c> / <c>the completing team</c>.</summary>
    /// <param name="beneficiary">The beneficiary.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string Beneficiary(Beneficiary beneficiary, ExplanationLanguage language) => Catalog.For(language).Beneficiary(beneficiary);

    /// <summary>A modality in words, e.g. <c>应不低于</c> / <c>must be at least</c>.</summary>
    /// <param name="modality">The modality.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public static string Modality(Modality modality, ExplanationLanguage language) => Catalog.For(language).Modality(modality);

    /// <summary>A determination's finding in words, e.g. <c>不符合条件</c> / <c>not eligible</c>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public static string Status(DeterminationStatus status, ExplanationLanguage language) => Catalog.For(language).Status(status);

    /// <summary>Where an obligation stands, in words, e.g. <c>已履行</c> / <c>fulfilled</c>.</summary>
    /// <param name="state">The state.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public static string State(ObligationState state, ExplanationLanguage language) => Catalog.For(language).State(state);

    /// <summary>What a determination or obligation is about, in words, e.g. <c>市本级资金支持</c> / <c>city support</c>.</summary>
    /// <param name="topic">The topic's stable key, e.g. <c>city-support</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words, or the key itself when the catalogs do not know it.</returns>
    public static string Topic(string topic, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Catalog.For(language).Topic(topic);
    }

    /// <summary>A clause's citation alone, as a table's column shows it, e.g. <c>149号·（八）</c> / <c>No. 149 (8)</c>.</summary>
    /// <param name="clause">The clause as outcomes cite it, e.g. <c>149号·（八）</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words, or the citation itself when the catalogs do not know it.</returns>
    public static string Citation(string clause, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return Catalog.For(language).Citation(clause);
    }

    /// <summary>A clause's citation and title, e.g. <c>149号·（八） 放活职务科技成果转化收益</c> / <c>No. 149 (8) rewarding the people who did the work</c>.</summary>
    /// <param name="clause">The clause as outcomes cite it, e.g. <c>149号·（八）</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words, or the citation itself when the catalogs do not know it.</returns>
    public static string Clause(string clause, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var words = Catalog.For(language);
        return Clauses.Keys.ContainsKey(clause) ? words.Citation(clause) + " " + words.ClauseTitle(clause) : clause;
    }
}
