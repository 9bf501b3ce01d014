namespace Baotou.Incentives.Facts;

/// <summary>A fact about a case. Every fact has an id that is unique within its case, so traces can name it.</summary>
public interface ICaseFact
{
    /// <summary>The fact's id, unique within its case (e.g. a registration number or a row id from the finance system).</summary>
    string Id { get; }
}
