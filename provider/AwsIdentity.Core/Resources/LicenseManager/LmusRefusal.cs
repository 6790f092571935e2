using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// A removal AWS refuses while other objects still hang on it: a subscription while its user is associated with an
/// instance, a registration while users of it are subscribed (AWS License Manager user guide, Unsubscribe users;
/// Deregister an Active Directory from License Manager settings). No document gives the error; the emulator answers
/// ConflictException (tools/AwsIdentity.Emulator/README.md), the error that also means a change in flight. So the
/// blockers themselves decide: when some are listed, waiting cannot help and the removal fails at once with what to do;
/// when none are (or they cannot be listed), the conflict goes back to the Retrier, which asks again.
/// </summary>
internal static class LmusRefusal
{
    /// <summary>How many blockers a refusal names.</summary>
    private const int Named = 5;

    /// <param name="remove">The removal call.</param>
    /// <param name="blockers">Names of the objects still in the way, listed after a conflict.</param>
    /// <param name="refusal">The message for the blockers found (<see cref="Names"/> lists them).</param>
    public static async Task RemoveAsync(Func<CancellationToken, Task> remove, Func<CancellationToken, Task<List<string>>> blockers,
        Func<List<string>, string> refusal, CancellationToken ct)
    {
        try
        {
            await remove(ct).ConfigureAwait(false);
        }
        catch (ConflictException e)
        {
            List<string> found;
            try
            {
                found = await blockers(ct).ConfigureAwait(false);
            }
            catch (Exception check) when (check is not OperationCanceledException)
            {
                found = [];
            }
            if (found.Count > 0) throw new InvalidOperationException(refusal(found), e);
            throw;
        }
    }

    /// <summary>The first blockers, and an ellipsis when there are more.</summary>
    public static string Names(List<string> found) =>
        string.Join(", ", found.Take(Named)) + (found.Count > Named ? ", …" : "");
}
