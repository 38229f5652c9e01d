using System.Text;
using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class PdfScanTests
{
    [Fact]
    public async Task Scan_Pdf_ReportsPageAndLine()
    {
        using var folder = new TempFolder();
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Invoice", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("Customer list", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        second.AddText("Contact: taro@example.com", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var path = folder.Write("invoice.pdf", builder.Build());

        var result = await TestScan.RunAsync(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((EntityTypes.EmailAddress, 2, 2), (finding.Type, finding.Page, finding.Line));
        Assert.Equal(10, finding.Column);
    }

    [Fact]
    public async Task Scan_EncryptedPdf_IsEncryptedError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("locked.pdf", Encoding.ASCII.GetBytes(EncryptedPdf()));

        var result = await TestScan.RunAsync(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ScanErrorCode.Encrypted, error.Code);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Scan_TruncatedPdf_IsErrorNotCrash()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cut.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8.ToArray());

        var result = await TestScan.RunAsync(path);

        Assert.Single(result.Errors);
    }

    /// <summary>A one-page PDF whose trailer declares standard security with a user password (RC4, revision 3).</summary>
    private static string EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 " +
            "/O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
        };
        var builder = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(builder.Length);
            builder.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = builder.Length;
        builder.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            builder.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        builder.Append("trailer\n<< /Size ").Append(objects.Length + 1)
            .Append(" /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n")
            .Append(xref).Append("\n%%EOF\n");
        return builder.ToString();
    }
}
