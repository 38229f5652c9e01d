using System.Globalization;

namespace Mamori.Evaluation.Generation;

/// <summary>
/// Builds full Japanese addresses: prefecture (from Bogus's <c>ja</c> locale) + a real municipality
/// of that prefecture + a town area + block numbers in one of the written styles (1-2-3,
/// 二丁目8番1号, 2丁目8-1, 123番地), optionally followed by a building and room.
/// </summary>
public sealed class AddressFactory
{
    private static readonly string[] s_kanjiNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private readonly GenerationContext _context;

    internal AddressFactory(GenerationContext context) => _context = context;

    /// <summary>A full address as written (without the postal code).</summary>
    public string Next()
    {
        var prefecture = _context.Faker.Address.State();
        if (!AddressData.Municipalities.TryGetValue(prefecture, out var municipalities))
        {
            prefecture = "東京都";
            municipalities = AddressData.Municipalities[prefecture];
        }

        var municipality = _context.Random.ArrayElement(municipalities);
        var rural = municipality.Contains('郡', StringComparison.Ordinal);
        var town = _context.Random.ArrayElement(AddressData.TownAreas);
        var chome = _context.Random.Number(1, 9);
        var ban = _context.Random.Number(1, 30);
        var go = _context.Random.Number(1, 25);
        var inv = CultureInfo.InvariantCulture;
        string block = rural
            ? (_context.Random.Bool() ? $"大字{town}{_context.Random.Number(100, 2999)}番地" : string.Create(inv, $"{town}{_context.Random.Number(100, 2999)}-{go}"))
            : _context.Random.Number(0, 5) switch
            {
                0 or 1 => string.Create(inv, $"{town}{chome}-{ban}-{go}"),
                2 => $"{town}{s_kanjiNumerals[chome - 1]}丁目{ban}番{go}号",
                3 => string.Create(inv, $"{town}{chome}丁目{ban}-{go}"),
                4 => string.Create(inv, $"{town}{chome}丁目{ban}番{go}号"),
                _ => string.Create(inv, $"{town}{ban}番地{go}"),
            };

        if (_context.Chance(_context.Profile.FullWidthRate))
        {
            block = Widths.ToFullWidth(block);
        }

        var address = (_context.Chance(_context.Profile.NoPrefectureRate) ? "" : prefecture) + municipality + block;
        if (!rural && _context.Chance(0.35))
        {
            var room = _context.Random.Number(1, 12) * 100 + _context.Random.Number(1, 9);
            var building = _context.Random.ArrayElement(AddressData.Buildings) + _context.Random.ArrayElement(AddressData.BuildingSuffixes);
            var separator = _context.Pick("", " ", "\u3000");
            var roomText = _context.Random.Number(0, 2) switch
            {
                0 => room.ToString(inv),
                1 => string.Create(inv, $"{room}号室"),
                _ => string.Create(inv, $" {room}号"),
            };
            address += separator + building + roomText;
        }

        return address;
    }

    /// <summary>A municipality name alone (市区町村), for prose that mentions where someone lives without an address.</summary>
    public string Municipality()
    {
        var prefecture = _context.Faker.Address.State();
        return AddressData.Municipalities.TryGetValue(prefecture, out var municipalities)
            ? _context.Random.ArrayElement(municipalities)
            : "横浜市中区";
    }
}
