using Baotou.Incentives.Exploration;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// Valid cases of every shape the measures see, drawn by the library's own sampler (<c>Exploration/SampledCases.cs</c>, the
/// explorer's seeded random sample), so that the property tests and <c>explore</c> draw the same cases from one seed and a
/// failing case is reproduced from the seed CsCheck prints.
/// </summary>
internal static class GeneratedCases
{
    internal static readonly LocalDate EvaluatedOn = new(2026, 6, 30);

    internal static readonly Gen<IncentiveCase> Any = Gen.Int.Select(Build);

    internal static IncentiveCase Build(int seed) => SampledCases.Build(seed);
}
