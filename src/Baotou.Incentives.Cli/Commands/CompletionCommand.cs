using System.CommandLine;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>completion bash|pwsh</c>: prints a script that completes the tool's commands, options and values in that shell. The
/// script asks the tool itself through System.CommandLine's <c>[suggest]</c> directive, so it never goes stale.
/// </summary>
internal static class CompletionCommand
{
    internal const string Bash = """
        # baotou-incentives completion for bash: add to ~/.bashrc
        #   source <(baotou-incentives completion bash)
        _baotou_incentives_complete() {
          local IFS=$'\n'
          local candidates
          candidates=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
          COMPREPLY=($(compgen -W "$candidates" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _baotou_incentives_complete baotou-incentives
        """;

    internal const string PowerShell = """
        # baotou-incentives completion for PowerShell: add to $PROFILE
        #   baotou-incentives completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName baotou-incentives -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            baotou-incentives "[suggest:$cursorPosition]" "$commandAst" | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;

    internal static Command Create(ToolContext context)
    {
        var shell = new Argument<string>("shell") { Description = "bash or pwsh (PowerShell)" };
        shell.AcceptOnlyFromAmong("bash", "pwsh");
        var command = new Command("completion", "Print a shell script that completes this tool's commands and options (bash or pwsh)") { shell };
        command.SetAction(result =>
        {
            context.Output.WriteLine(result.GetValue(shell) == "bash" ? Bash : PowerShell);
            return ExitCodes.Success;
        });
        return command;
    }
}
