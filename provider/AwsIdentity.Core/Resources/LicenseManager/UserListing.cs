namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// One listing of LMUS objects held per user (an instance's associations, a directory's subscriptions of one
/// product), indexed by user name (AD names ignore case) when it is made, so each of the waits and reads it serves
/// finds its user without scanning the list: 500 waits polling one listing cost 500 look-ups, not 500 × 500
/// comparisons (make bench, section oneinstance).
/// </summary>
internal sealed class UserListing<T> where T : class
{
    private readonly Dictionary<string, List<T>> _byUser = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<IEnumerable<T>, string, string?, T?> _pick;

    /// <param name="pick">Which of a user's entries is the one with a user name and domain (LmusNames.Pick).</param>
    public UserListing(IEnumerable<T> items, Func<T, string?> user, Func<IEnumerable<T>, string, string?, T?> pick)
    {
        _pick = pick;
        foreach (var item in items)
        {
            var key = user(item) ?? "";
            if (!_byUser.TryGetValue(key, out var same)) _byUser[key] = same = [];
            same.Add(item);
        }
    }

    /// <summary>What <c>pick</c> picks from the whole listing, from this user's entries.</summary>
    public T? Find(string username, string? domain) => _byUser.TryGetValue(username, out var same) ? _pick(same, username, domain) : null;
}
