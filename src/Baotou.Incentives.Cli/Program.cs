using Baotou.Incentives.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
