using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Provider.Host;

/// <summary>What a Pulumi user is told to do about a failure, added to the core's neutral messages.</summary>
public static class PulumiWording
{
    /// <summary>A partial failure's reason ends with how to finish or remove what was started.</summary>
    public static string StartedAdvice(string reason) => $"{reason}: run `pulumi up` to finish or `pulumi destroy` to remove it";

    /// <summary>A message whose failure was a timeout says how to raise it.</summary>
    public static string WithTimeoutAdvice(string message, Exception e) =>
        Causes(e).Any(c => c is WaitTimeoutException) ? $"{message}; raise the timeout with customTimeouts" : message;

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? c = e; c is not null; c = c.InnerException) yield return c;
    }

    /// <summary>The reasons of a partial failure as Pulumi shows them: the last one ends with the advice.</summary>
    public static IReadOnlyList<string> Reasons(ResourceInitFailedException e)
    {
        if (e.Reasons.Count == 0) return [StartedAdvice("the operation failed after it started")];
        var last = e.InnerException is { } inner ? WithTimeoutAdvice(e.Reasons[^1], inner) : e.Reasons[^1];
        return [.. e.Reasons.Take(e.Reasons.Count - 1), StartedAdvice(last)];
    }
}
