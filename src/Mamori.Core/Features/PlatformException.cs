namespace Mamori.Core.Features;

/// <summary>A request the platform refuses, with a stable code (for problem details) and a message free of personal values.</summary>
public class PlatformException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable code: <c>forbidden</c>, <c>not_found</c>, <c>invalid</c>, <c>conflict</c>, <c>purpose_required</c>, <c>no_consent</c>…</param>
    /// <param name="message">What is wrong and what to do.</param>
    public PlatformException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates the exception with a default code.</summary>
    public PlatformException()
        : this("invalid", "The request was refused.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public PlatformException(string message)
        : this("invalid", message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PlatformException(string message, Exception innerException)
        : base(message, innerException) => Code = "invalid";

    /// <summary>The stable code.</summary>
    public string Code { get; } = "invalid";

    /// <summary>True for refusals by access control (HTTP 403).</summary>
    public bool IsForbidden => Code is "forbidden" or "purpose_required" or "purpose_not_allowed" or "no_consent" or "suspended" or "entrustment" or "do_not_contact";
}
