using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.SubscriptionScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>
/// A stop AWS refuses with a conflict (tools/AwsIdentity.Emulator/README.md: refused while the user is associated): the
/// user's associations decide whether waiting can help (LmusRefusal.cs).
/// </summary>
public sealed class ProductSubscriptionStopRefusalTests
{
    private readonly SubscriptionScenario _s = new();
    private static readonly ConflictException Refused = new("User alice is still associated with instances through identity provider d-1234567890");

    /// <summary>Deletes the subscription with its ARN in state, within one second of fake time: a stop that is
    /// retried when it should not be then fails with the Retrier's message after a bounded number of attempts.</summary>
    private Task Delete() => _s.Delete(Outputs(Inputs(), EksFakes.Map(("owner", "desktops"))), timeout: TimeSpan.FromSeconds(1));

    [Fact]
    public async Task DeleteAsync_UserStillAssociated_FailsAtOnceNamingTheInstancesAndWhatToDo()
    {
        _s.Stop(Refused).Associations(new[] { Instance("i-1"), Instance("i-2"), Instance("i-3", directory: "d-9999999999") },
            i => i == "i-2" ? "DISASSOCIATED" : "ASSOCIATED");

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => Delete());

        Assert.StartsWith($"stopping the {Product} subscription of user alice: License Manager refuses to stop a subscription " +
            "while its user is associated with instances: user alice still is with 1 through directory d-1234567890 (i-1). " +
            "Remove the user's UserAssociations first", e.Message);
        Assert.Contains("take each association's identityProvider from this subscription's outputs", e.Message);
        Assert.Contains("`lifecycle { replace_triggered_by = [awsidentity_licensemanager_product_subscription.<name>.product_user_arn] }`", e.Message);
        Assert.IsType<ConflictException>(Assert.IsType<InvalidOperationException>(e.InnerException).InnerException);
        Assert.Single(_s.Stops); // not retried: waiting would not help
        Assert.Single(_s.InstanceListings);
        // Only the directory's instances are asked, each for this user and domain.
        Assert.Equal([("i-1", $"Username eq {User},Domain eq {Domain}"), ("i-2", $"Username eq {User},Domain eq {Domain}")],
            _s.AssociationListings);
        Assert.Empty(_s.Listings);
    }

    [Fact]
    public async Task DeleteAsync_AssociatedWithManyInstances_NamesTheFirstFive()
    {
        _s.Stop(Refused).Associations(Enumerable.Range(1, 7).Select(n => Instance($"i-{n}")).ToArray(), _ => "ASSOCIATING");

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => Delete());

        Assert.Contains("still is with 7 through directory d-1234567890 (i-1, i-2, i-3, i-4, i-5, …)", e.Message);
        Assert.Single(_s.Stops);
    }

    /// <summary>Nothing holds the user (or a disassociation is under way): the conflict is a change in flight, retried as before.</summary>
    [Theory]
    [InlineData("none")]
    [InlineData("DISASSOCIATED")]
    [InlineData("DISASSOCIATING")]
    [InlineData("ASSOCIATION_FAILED")]
    [InlineData("no instances")]
    [InlineData("another directory")]
    public async Task DeleteAsync_ConflictWithoutAnAssociation_IsRetried(string how)
    {
        var instances = how switch
        {
            "no instances" => [],
            "another directory" => new[] { Instance("i-1", directory: "d-9999999999") },
            _ => new[] { Instance("i-1") },
        };
        _s.Stop(Refused, new StopProductSubscriptionResponse()).Lists("UNSUBSCRIBED")
            .Associations(instances, _ => how is "none" or "DISASSOCIATED" or "DISASSOCIATING" or "ASSOCIATION_FAILED" ? how : "ASSOCIATED");

        await Delete();

        Assert.Equal(2, _s.Stops.Count);
        Assert.Single(_s.InstanceListings);
        Assert.Single(_s.Listings);
    }

    /// <summary>Whether the user is associated cannot be told: the conflict is retried as before.</summary>
    [Theory]
    [InlineData("instances")]
    [InlineData("associations")]
    public async Task DeleteAsync_AssociationsCannotBeListed_IsRetried(string which)
    {
        var denied = new AccessDeniedException("not allowed");
        _s.Stop(Refused, new StopProductSubscriptionResponse()).Lists("UNSUBSCRIBED");
        if (which == "instances") _s.Associations(denied, _ => "ASSOCIATED");
        else _s.Associations(new[] { Instance("i-1") }, _ => denied);

        await Delete();

        Assert.Equal(2, _s.Stops.Count);
        Assert.Equal(which == "instances" ? 0 : 1, _s.AssociationListings.Count);
    }
}
