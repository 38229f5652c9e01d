using Mamori.Deidentification.Files;
using Xunit;

namespace Mamori.Deidentification.Tests.Files;

public sealed class ColumnarTableFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mamori-columnar-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadThenWrite_Csv_SameBytes()
    {
        var source = Path.Combine(_folder, "in.csv");
        File.WriteAllText(source, "id,住所,備考\r\n1,東京都千代田区,\"a, b\"\r\n2,大阪府大阪市,\r\n3,東京都千代田区,\"改行\r\nあり\"\r\n");
        var reader = TableReader.Open(source);
        var reports = new List<int>();

        var table = ColumnarTableFiles.Read(reader, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);
        var target = Path.Combine(_folder, "out", "in.csv");
        using (var writer = new TableWriter(target, reader))
        {
            ColumnarTableFiles.Write(writer, table);
            writer.Commit();
        }

        Assert.Equal((3, 3), (table.RowCount, table.Columns.Count));
        Assert.Equal(2, table["住所"].Values.Count);
        Assert.Equal([3], reports);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(target));
    }

    [Fact]
    public void Read_RepeatedHeaderName_TableFileExceptionNamingTheColumn()
    {
        var source = Path.Combine(_folder, "dup.csv");
        File.WriteAllText(source, "a,b,a\n1,2,3\n");

        var ex = Assert.Throws<TableFileException>(() => ColumnarTableFiles.Read(TableReader.Open(source), null, TestContext.Current.CancellationToken));

        Assert.Contains("header row", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a' twice", ex.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
