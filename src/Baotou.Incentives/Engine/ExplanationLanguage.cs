namespace Baotou.Incentives.Engine;

/// <summary>The language explanations of a decision are written in.</summary>
public enum ExplanationLanguage
{
    /// <summary>Chinese, the language of the policy text (the default).</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
