namespace Mamori.Detection.Recognizers;

/// <summary>The recognizers Mamori ships, composed for a set of options.</summary>
public static class BuiltInRecognizers
{
    /// <summary>Creates every built-in recognizer that reports at least one entity id the options enable.</summary>
    /// <param name="options">The detector options (entity filters, MeCab settings).</param>
    /// <returns>The recognizers, cheapest first.</returns>
    public static List<IRecognizer> Create(DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<IRecognizer> all =
        [
            new MyNumberRecognizer(),
            new CorporateNumberRecognizer(),
            new DriversLicenseRecognizer(),
            new PassportRecognizer(),
            new ResidenceCardRecognizer(),
            new ResidentRecordCodeRecognizer(),
            new BasicPensionNumberRecognizer(),
            new HealthInsuranceRecognizer(),
            new CreditCardRecognizer(),
            new BankAccountRecognizer(),
            new PhoneNumberRecognizer(),
            new EmailAddressRecognizer(),
            new PostalCodeRecognizer(),
            new IpAddressRecognizer(),
            new OnlineIdentifierRecognizer(),
            new BiometricRecognizer(),
            new AddressRecognizer(),
            new DateOfBirthRecognizer(),
            new SpecialCareRecognizer(),
            .. PersonNameRecognizer.CreateFor(options),
        ];

        return [.. all.Where(r => r.EntityTypes.Any(options.Reports))];
    }
}
