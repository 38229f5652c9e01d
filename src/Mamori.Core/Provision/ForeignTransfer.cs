namespace Mamori.Core.Provision;

/// <summary>The Art. 28 basis of a foreign recipient, with what was shown to people and when it is next reviewed.</summary>
/// <param name="Basis">How the transfer abroad is allowed.</param>
/// <param name="ReviewDue">When the basis must be reviewed again; provision is refused after it until the register is updated.</param>
public sealed record ForeignTransfer(ForeignTransferBasis Basis, DateTimeOffset ReviewDue)
{
    /// <summary>For the consent basis: what people were told about the country's personal information protection regime (Rules Art. 17(2)).</summary>
    public string? RegimeInformation { get; init; }

    /// <summary>For the consent basis: what people were told about the measures the recipient takes.</summary>
    public string? RecipientMeasures { get; init; }
}
