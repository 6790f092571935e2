namespace AwsIdentity.Core.Waiting;

/// <summary>
/// One service's answer to "may this error pass if we try again?", used by every retry above the SDK
/// (ARCHITECTURE.md "Waiting and retries" has the whole composition):
/// <see cref="NotNow"/> for mutating calls (the reason is shown to the user), <see cref="Transient"/> for reads and
/// polls, which may also retry what only delays an answer (throttling, a 5xx, a dropped connection).
/// </summary>
public sealed record RetryRules(Func<Exception, string?> NotNow, Func<Exception, bool> Transient)
{
    /// <summary>The rules of a read: every transient error is worth another try.</summary>
    public RetryRules ForReads() => this with { NotNow = e => Transient(e) ? $"transient error ({e.Message})" : null };
}
