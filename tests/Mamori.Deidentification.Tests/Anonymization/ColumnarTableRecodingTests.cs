using Mamori.Deidentification.Anonymization;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization;

public sealed class ColumnarTableRecodingTests
{
    [Fact]
    public void WithColumnMapped_MergingValues_RenumbersOnlyThatColumn()
    {
        var table = ColumnarTable.FromRows(["id", "diagnosis"], [["1", "喘息"], ["2", "希少疾患A"], ["3", "喘息"], ["4", "希少疾患B"]]);

        var recoded = table.WithColumnMapped("diagnosis", v => v.StartsWith("希少", StringComparison.Ordinal) ? "その他" : v);

        Assert.Equal(["喘息", "その他"], recoded["diagnosis"].Values);
        Assert.Equal([0, 1, 0, 1], recoded["diagnosis"].Codes.ToArray());
        Assert.Same(table["id"], recoded["id"]);
        Assert.Equal("希少疾患B", table.GetValue(3, 1));
    }

    [Fact]
    public void WithColumnMapped_UnknownColumn_Throws()
    {
        var table = ColumnarTable.FromRows(["a"], [["1"]]);

        Assert.Throws<AnonymizationException>(() => table.WithColumnMapped("b", v => v));
    }
}
