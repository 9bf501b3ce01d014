namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// Tests that measure the process (its managed heap) and so must not run beside other tests: xunit runs a collection with
/// parallelization disabled after the parallel ones, on its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "alone: measures the whole process";
}
