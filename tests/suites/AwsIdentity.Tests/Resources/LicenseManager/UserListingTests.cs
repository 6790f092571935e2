using System.Collections;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources.LicenseManager;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class UserListingTests
{
    private static InstanceUserSummary Listed(string user, string? domain = null, string status = "ASSOCIATED") =>
        new() { Username = user, Domain = domain, Status = status, InstanceId = "i-0123456789abcdef0" };

    private static UserListing<InstanceUserSummary> Associations(IEnumerable<InstanceUserSummary> items) =>
        new(items, s => s.Username, UserAssociationMapping.Pick);

    /// <summary>A list that counts how often it is walked.</summary>
    private sealed class Counted(List<InstanceUserSummary> items) : IEnumerable<InstanceUserSummary>
    {
        public int Walks { get; private set; }

        public IEnumerator<InstanceUserSummary> GetEnumerator()
        {
            Walks++;
            return items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Find_FiveHundredUsers_NeverWalksTheListingAgain()
    {
        var items = new Counted([.. Enumerable.Range(0, 500).Select(u => Listed($"user{u}"))]);
        var listing = Associations(items);

        for (var u = 0; u < 500; u++) Assert.Equal($"user{u}", listing.Find($"user{u}", null)!.Username);

        Assert.Equal(1, items.Walks); // once, to index it: 500 look-ups, not 500 scans of 500
    }

    [Fact]
    public void Find_PicksLikeTheWholeListing()
    {
        List<InstanceUserSummary> items =
        [
            Listed("Alice", "corp.example.com"), Listed("alice"), Listed("bob", "corp.example.com"), Listed("carol", "other.example.com"),
        ];
        var listing = Associations(items);

        foreach (var (user, domain) in new (string, string?)[]
        {
            ("ALICE", null), ("alice", "CORP.example.com"), ("bob", null), ("bob", "other.example.com"), ("carol", "other.example.com"), ("dave", null),
        })
            Assert.Same(UserAssociationMapping.Pick(items, user, domain), listing.Find(user, domain));
    }
}
