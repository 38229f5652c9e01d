using System.CommandLine;
using System.CommandLine.Help;
using Mamori.Cli.Commands;
using Mamori.Cli.Localization;

namespace Mamori.Cli;

/// <summary>Builds the <c>mamori</c> command tree and runs it.</summary>
public static class MamoriCli
{
    /// <summary>Exit code for a command line that could not be understood.</summary>
    public const int UsageError = 2;

    /// <summary>Parses and runs one command line, writing to the given streams; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var text = UiText.FromArguments(args);
        var root = BuildRoot(text);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(text["エラー: ", "error: "] + parseError.Message);
            }

            await error.WriteLineAsync(text[
                "使い方は 'mamori --help' で確認できます（英語: 'mamori --help --lang en'）。",
                "Run 'mamori --help' to see the commands (Japanese: drop '--lang en')."]);
            return UsageError;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    internal static RootCommand BuildRoot(UiText text)
    {
        var root = new RootCommand(text[
            "Mamori（守り）— 個人情報保護法（APPI）に沿って個人情報を検出・保護・管理・活用するツール",
            "Mamori — discover, protect, govern and use personal information under Japan's APPI"]);

        var language = new Option<string>(UiText.LanguageOptionName)
        {
            Description = text["表示言語: ja（既定）または en", "Output language: ja (default) or en"],
            Recursive = true,
            HelpName = "ja|en",
        };
        language.AcceptOnlyFromAmong("ja", "en");
        root.Options.Add(language);

        root.Subcommands.Add(DoctorCommand.Create(text));
        root.Subcommands.Add(ScanCommand.Create(text));
        root.Subcommands.Add(RedactCommand.Create(text));
        root.Subcommands.Add(RestoreCommand.Create(text));
        root.Subcommands.Add(PseudonymizeCommand.Create(text));
        root.Subcommands.Add(KeysCommand.Create(text));
        root.Subcommands.Add(AnonymizeCommand.Create(text));
        root.Subcommands.Add(ServeCommand.Create(text));
        root.Subcommands.Add(UsersCommand.Create(text));
        root.Subcommands.Add(PurposesCommand.Create(text));
        root.Subcommands.Add(ImportCommand.Create(text));
        root.Subcommands.Add(ExportCommand.Create(text));
        root.Subcommands.Add(AuditCommand.Create(text));
        root.Subcommands.Add(IncidentsCommand.Create(text));
        root.Subcommands.Add(ContractorsCommand.Create(text));
        root.Subcommands.Add(RetentionCommand.Create(text));
        root.Subcommands.Add(RecipientsCommand.Create(text));
        root.Subcommands.Add(ProvideCommand.Create(text));
        root.Subcommands.Add(RecordsCommand.Create(text));
        root.Subcommands.Add(ReceiptsCommand.Create(text));
        root.Subcommands.Add(RequestsCommand.Create(text));
        root.Subcommands.Add(StatementCommand.Create(text));

        root.SetAction(parseResult =>
        {
            // No command given: show the help instead of an error.
            return new HelpAction().Invoke(parseResult);
        });
        return root;
    }
}
