using BenchmarkDotNet.Running;

// Each benchmark class states its job; sized for a 2-core machine, `--filter '*'` runs the whole suite in under 15 minutes.
BenchmarkSwitcher.FromAssembly(typeof(Baotou.Incentives.Benchmarks.BenchmarkCases).Assembly).Run(args);
