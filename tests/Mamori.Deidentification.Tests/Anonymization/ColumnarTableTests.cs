using Mamori.Deidentification.Anonymization;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization;

public sealed class ColumnarTableTests
{
    [Fact]
    public void FromRows_RepeatedValues_AreStoredOncePerColumn()
    {
        var table = ColumnarTable.FromRows(["gender", "city"], [["女性", "横浜市"], ["男性", "横浜市"], ["女性", "川崎市"], ["女性", null!]]);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["女性", "男性"], table["gender"].Values);
        Assert.Equal([0, 1, 0, 0], table["gender"].Codes.ToArray());
        Assert.Equal(["横浜市", "川崎市", ""], table["city"].Values);
        Assert.Equal("川崎市", table.GetValue(2, 1));
    }

    [Fact]
    public void GetRow_Row_CopiesEveryColumn()
    {
        var table = ColumnarTable.FromRows(["a", "b"], [["1", "2"], ["3", "4"]]);
        var row = new string[2];

        table.GetRow(1, row);

        Assert.Equal(["3", "4"], row);
    }

    [Fact]
    public void AddRow_WrongWidth_ThrowsWithTheRowNumber()
    {
        var exception = Assert.Throws<AnonymizationException>(() => ColumnarTable.FromRows(["a", "b"], [["1", "2"], ["秘密の値"]]));

        Assert.Equal("Row 2 has 1 values but the header has 2 columns.", exception.Message);
    }

    [Fact]
    public void Constructor_RepeatedHeader_Throws()
    {
        var exception = Assert.Throws<AnonymizationException>(() => new ColumnarTableBuilder(["a", "b", "a"]));

        Assert.Contains("names column 'a' twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnknownColumn_Throws()
    {
        var table = ColumnarTable.FromRows(["a"], [["1"]]);

        Assert.Throws<AnonymizationException>(() => table["b"]);
        Assert.Equal(-1, table.GetColumnIndex("b"));
    }

    [Fact]
    public void AddRow_ManyRows_GrowsPastTheInitialCapacity()
    {
        var builder = new ColumnarTableBuilder(["n"], capacity: 1);
        for (var i = 0; i < 1000; i++)
        {
            builder.AddRow((i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var table = builder.Build();

        Assert.Equal(1000, table.RowCount);
        Assert.Equal(7, table["n"].Values.Count);
        Assert.Equal("5", table["n"][999]);
    }
}
