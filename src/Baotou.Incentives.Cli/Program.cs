using System.Text;
using Baotou.Incentives.Cli;

// Chinese in reports and messages: a Windows console's default code page would print it as question marks.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
WarmUp.BeginFor(args);
return CommandLine.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected);
