using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Each benchmark class states its job (the shared settings are in SuiteJobs); sized for a 2-core machine, `--filter '*'` runs the whole suite in under 15 minutes.
// The median is shown beside the mean: the targets are medians, and this machine is a VM whose neighbours add outliers.
BenchmarkSwitcher.FromAssembly(typeof(Baotou.Incentives.Benchmarks.BenchmarkCases).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
