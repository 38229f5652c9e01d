namespace Mamori.Core.Subjects;

/// <summary>How a personal data item was acquired (Art. 20: proper acquisition, provenance per record).</summary>
public enum AcquisitionMethod
{
    /// <summary>From the person directly (a form, a sign-up, a counter): the purpose had to be stated in advance (Art. 21(2)).</summary>
    Direct,

    /// <summary>Imported from the business's own systems (an EC platform export, a spreadsheet).</summary>
    Import,

    /// <summary>Received from a third party (Art. 30 confirmation and record required).</summary>
    ThirdParty,

    /// <summary>From published sources.</summary>
    Public,
}
