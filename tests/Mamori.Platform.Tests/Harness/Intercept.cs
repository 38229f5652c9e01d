using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Mamori.Platform.Tests.Harness;

/// <summary>
/// Wraps a real store so a test can act at an exact moment inside a use case — right after one method of the store
/// completes — the way a second process or a crash would. Everything else passes straight through.
/// </summary>
public class Intercept<T> : DispatchProxy
    where T : class
{
    private T _inner = null!;
    private string _method = string.Empty;
    private Func<object?, Task> _after = null!;

    /// <summary>A proxy of <paramref name="inner"/> that runs <paramref name="after"/> (given the method's result) once the method named <paramref name="method"/> has completed.</summary>
    public static T Wrap(T inner, string method, Func<object?, Task> after)
    {
        var proxy = Create<T, Intercept<T>>();
        var intercept = (Intercept<T>)(object)proxy;
        intercept._inner = inner;
        intercept._method = method;
        intercept._after = after;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        object? result;
        try
        {
            result = targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }

        if (targetMethod.Name != _method || result is not Task task)
        {
            return result;
        }

        return targetMethod.ReturnType.IsGenericType
            ? typeof(Intercept<T>).GetMethod(nameof(ThenWithResultAsync), BindingFlags.NonPublic | BindingFlags.Instance)!
                .MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0]).Invoke(this, [task])
            : ThenAsync(task);
    }

    private async Task ThenAsync(Task task)
    {
        await task;
        await _after(null);
    }

    private async Task<TResult> ThenWithResultAsync<TResult>(Task<TResult> task)
    {
        var result = await task;
        await _after(result);
        return result;
    }
}
