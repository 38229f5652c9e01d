using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Mamori.Server.Authentication;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys in memory. Sign-in uses bearer tokens, never cookies, so nothing the
/// keys protect outlives the process — and no key file is written to the home folder of whoever runs the server.
/// </summary>
internal sealed class InMemoryXmlRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements)
        {
            _elements.Add(new XElement(element));
        }
    }
}
