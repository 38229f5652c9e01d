namespace Mamori.Evaluation.Corpus;

/// <summary>The look-alikes a corpus plants, each of which a detector must leave alone.</summary>
public static class DistractorKinds
{
    /// <summary>注文番号, numeric (sometimes 12 digits) or alphanumeric.</summary>
    public const string OrderNumber = "order_number";

    /// <summary>JAN (EAN-13) product code with a valid check digit.</summary>
    public const string JanCode = "jan_code";

    /// <summary>適格請求書発行事業者登録番号: T followed by 13 digits.</summary>
    public const string InvoiceNumber = "invoice_number";

    /// <summary>A price such as ¥12,800 or 12,800円.</summary>
    public const string Price = "price";

    /// <summary>A quantity or a count (3個, 5,000人).</summary>
    public const string Quantity = "quantity";

    /// <summary>A date that is not a date of birth (2005年4月, 2024/06/12).</summary>
    public const string PlainDate = "plain_date";

    /// <summary>A time of day (14:30, 10時半).</summary>
    public const string Time = "time";

    /// <summary>A version number (v2.3.1, Chrome/120.0.0.0).</summary>
    public const string Version = "version";

    /// <summary>A parcel tracking number (12 digits, often 4-4-4).</summary>
    public const string TrackingNumber = "tracking_number";

    /// <summary>A member or customer id (M0012345).</summary>
    public const string MemberId = "member_id";

    /// <summary>A masked card number (****-****-****-1234).</summary>
    public const string MaskedCard = "masked_card";

    /// <summary>A place mentioned without a street address (横浜市在住, 都内).</summary>
    public const string PlaceName = "place_name";

    /// <summary>A medical or legal term in general prose, not tied to anyone.</summary>
    public const string GeneralTerm = "general_term";
}
