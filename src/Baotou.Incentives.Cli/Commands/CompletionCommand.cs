using System.CommandLine;
using Baotou.Incentives.Cli.Usage;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>completion bash|zsh|fish|pwsh</c>: prints a script that completes the tool's commands, options and values in that shell. The
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

    internal const string Zsh = """
        # baotou-incentives completion for zsh: add to ~/.zshrc (after compinit)
        #   source <(baotou-incentives completion zsh)
        _baotou_incentives_complete() {
          local -a candidates
          candidates=(${(f)"$(baotou-incentives "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)"})
          if (( ${#candidates} == 0 )); then
            _files
          else
            compadd -- "${candidates[@]}"
          fi
        }
        compdef _baotou_incentives_complete baotou-incentives
        """;

    internal const string Fish = """
        # baotou-incentives completion for fish: save it where fish finds it
        #   baotou-incentives completion fish > ~/.config/fish/completions/baotou-incentives.fish
        function __baotou_incentives_complete
            set -l line (commandline -cp)
            baotou-incentives "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c baotou-incentives -a '(__baotou_incentives_complete)'
        """;

    internal static Command Create(ToolContext context)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh, fish or pwsh (PowerShell)" };
        shell.AcceptOnlyFromAmong("bash", "zsh", "fish", "pwsh");
        var command = new Command("completion", "Print a shell script that completes this tool's commands and options (bash, zsh, fish or pwsh)") { shell };
        command.SetAction(result =>
        {
            context.Output.WriteLine(result.GetValue(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                "fish" => Fish,
                _ => PowerShell,
            });
            return ExitCodes.Success;
        });
        return HelpExamples.Add(
            command,
            "source <(baotou-incentives completion bash)      # in ~/.bashrc",
            "source <(baotou-incentives completion zsh)       # in ~/.zshrc, after compinit",
            "baotou-incentives completion fish > ~/.config/fish/completions/baotou-incentives.fish",
            "baotou-incentives completion pwsh | Out-String | Invoke-Expression   # in $PROFILE");
    }
}
