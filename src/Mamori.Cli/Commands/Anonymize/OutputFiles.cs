using System.Text;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Files;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// The three files of one run, in <c>--out DIR</c>: <c>DIR/NAME</c> (the anonymised table, in the
/// source's format and encoding), <c>DIR/NAME.anonymization-report.json</c> (owner-only: it describes
/// the processing method, Act Art. 43(2)) and <c>DIR/NAME.published-items.md</c> (Act Art. 43(3)).
/// All three are written to temporary files and moved into place only when every one is complete;
/// if anything fails, files already moved are deleted again, and a folder this run created is removed.
/// No existing file is ever overwritten.
/// </summary>
internal sealed class OutputFiles
{
    public const string ReportSuffix = ".anonymization-report.json";
    public const string PublishedItemsSuffix = ".published-items.md";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputFiles(string folder, string source)
    {
        Folder = Path.GetFullPath(folder);
        var name = Path.GetFileName(source);
        TablePath = Path.Combine(Folder, name);
        ReportPath = TablePath + ReportSuffix;
        PublishedItemsPath = TablePath + PublishedItemsSuffix;
    }

    public string Folder { get; }

    public string TablePath { get; }

    public string ReportPath { get; }

    public string PublishedItemsPath { get; }

    public IEnumerable<string> All => [TablePath, ReportPath, PublishedItemsPath];

    /// <summary>The outputs that already exist (the run stops before doing any work when there is one).</summary>
    public IReadOnlyList<string> Existing() => [.. All.Where(p => File.Exists(p) || Directory.Exists(p))];

    /// <summary>Writes the three files, all or none.</summary>
    public void Write(TableReader like, ColumnarTable table, string reportJson, string publishedItems)
    {
        ArgumentNullException.ThrowIfNull(like);
        ArgumentNullException.ThrowIfNull(table);
        var folderExisted = Directory.Exists(Folder);
        var committed = new List<string>(3);
        try
        {
            using var tableFile = new TableWriter(TablePath, like);
            using var reportFile = new AtomicFile(ReportPath, ownerOnly: true);
            using var itemsFile = new AtomicFile(PublishedItemsPath);
            ColumnarTableFiles.Write(tableFile, table);
            reportFile.Stream.Write(s_utf8.GetBytes(reportJson));
            itemsFile.Stream.Write(s_utf8.GetBytes(publishedItems));

            tableFile.Commit();
            committed.Add(TablePath);
            reportFile.Commit();
            committed.Add(ReportPath);
            itemsFile.Commit();
            committed.Add(PublishedItemsPath);
        }
        catch
        {
            foreach (var path in committed)
            {
                File.Delete(path);
            }

            if (!folderExisted && Directory.Exists(Folder) && !Directory.EnumerateFileSystemEntries(Folder).Any())
            {
                Directory.Delete(Folder);
            }

            throw;
        }
    }
}
