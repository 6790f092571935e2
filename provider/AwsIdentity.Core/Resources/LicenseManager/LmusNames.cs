using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Finding a user's object (association, subscription) among listed ones. AD user names and DNS domain names
/// ignore case (UserAssociationIdentity.cs). An object made without a domain may be listed with the directory's
/// domain, which AWS filled in: without a domain, any domain matches (the id of such an object has no domain part).
/// </summary>
internal static class LmusNames
{
    public static bool Matches(string? liveUser, string? liveDomain, string username, string? domain) =>
        string.Equals(liveUser, username, StringComparison.OrdinalIgnoreCase)
        && (domain is null || string.Equals(liveDomain ?? "", domain, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The object of this user and domain: one that is not gone first (<paramref name="gone"/>: AWS may still list a
    /// stopped object beside a new one), then one listed without a domain when none is given.
    /// </summary>
    public static T? Pick<T>(IEnumerable<T> items, Func<T, string?> user, Func<T, string?> itemDomain, string username, string? domain,
        Func<T, bool>? gone = null) where T : class =>
        items.Where(s => Matches(user(s), itemDomain(s), username, domain))
            .OrderBy(s => gone?.Invoke(s) ?? false ? 1 : 0)
            .ThenBy(s => domain is null && itemDomain(s) is not null ? 1 : 0)
            .FirstOrDefault();

    /// <summary>The List filters that narrow a listing to one user (and domain, when set).</summary>
    public static List<Filter> Filters(string username, string? domain)
    {
        var filters = new List<Filter> { new() { Attribute = "Username", Operation = "eq", Value = username } };
        if (domain is not null) filters.Add(new Filter { Attribute = "Domain", Operation = "eq", Value = domain });
        return filters;
    }
}
