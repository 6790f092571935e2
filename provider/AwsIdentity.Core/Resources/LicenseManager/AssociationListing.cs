using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// One listing of an instance's associations, indexed by user name (AD names ignore case) when it is made, so each
/// of the waits and reads it serves finds its user without scanning the list: with 500 users on one instance, 500
/// waits polling one listing cost 500 look-ups, not 500 × 500 comparisons (make bench, section oneinstance).
/// </summary>
internal sealed class AssociationListing
{
    private readonly Dictionary<string, List<InstanceUserSummary>> _byUser = new(StringComparer.OrdinalIgnoreCase);

    public AssociationListing(IEnumerable<InstanceUserSummary> items)
    {
        foreach (var item in items)
        {
            var key = item.Username ?? "";
            if (!_byUser.TryGetValue(key, out var same)) _byUser[key] = same = [];
            same.Add(item);
        }
    }

    /// <summary>What <see cref="UserAssociationMapping.Pick"/> picks from the whole listing, from this user's entries.</summary>
    public InstanceUserSummary? Find(string username, string? domain) =>
        _byUser.TryGetValue(username, out var same) ? UserAssociationMapping.Pick(same, username, domain) : null;
}
