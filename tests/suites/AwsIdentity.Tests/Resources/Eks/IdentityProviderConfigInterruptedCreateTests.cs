using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

/// <summary>Update of a config whose create was interrupted (InterruptedCreate): wait, or associate again when gone.</summary>
public sealed class IdentityProviderConfigInterruptedCreateTests
{
    private readonly EksScenario _s = new();
    private static readonly ObjectValue Partial = Inputs().With("status", PropertyValue.Of("CREATING"));

    private Task<ObjectValue> Update(ObjectValue oldOutputs, ObjectValue news) =>
        _s.F.Drive(() => _s.F.EksHandler().UpdateAsync(
            new UpdateRequest(Id, HandlerFixture.Urn, oldOutputs, Inputs(), news, TimeSpan.FromMinutes(5)), default));

    [Fact]
    public async Task UpdateAsync_ConfigGone_AssociatesAgainWithAFreshTokenAndConverges()
    {
        _s.Associate().Updates("InProgress", "Successful").Configs(new ResourceNotFoundException("gone"), "ACTIVE").Tags(new(EksScenario.DefaultTags));

        var outputs = await Update(Partial, Inputs());

        var again = Assert.Single(_s.Associations);
        Assert.Equal(ClusterName, again.ClusterName);
        Assert.Equal(ConfigName, again.Oidc!.IdentityProviderConfigName);
        Assert.Equal(EksScenario.DefaultTags, again.Tags);
        // Not the create's token: EKS would answer that one with its failed update again.
        var create = new EksScenario().HappyCreate();
        await create.Create(Inputs());
        Assert.StartsWith(create.Associations[0].ClientRequestToken!, again.ClientRequestToken);
        Assert.NotEqual(create.Associations[0].ClientRequestToken, again.ClientRequestToken);
        Assert.Equal(PropertyValue.Of(Arn), outputs["arn"]);
        Assert.Equal(PropertyValue.Of("ACTIVE"), outputs["status"]);
    }

    [Fact]
    public async Task UpdateAsync_ConfigGoesWhileWaiting_AssociatesAgain()
    {
        _s.Associate().Updates("Successful").Configs("CREATING", new ResourceNotFoundException("gone"), "ACTIVE").Tags(new(EksScenario.DefaultTags));

        var outputs = await Update(Partial, Inputs());

        Assert.Single(_s.Associations);
        Assert.Equal(PropertyValue.Of("ACTIVE"), outputs["status"]);
    }

    [Fact]
    public async Task UpdateAsync_ConfigStillThere_WaitsWithoutAssociating()
    {
        _s.Configs("CREATING", "CREATING", "ACTIVE").Tags(new(EksScenario.DefaultTags));

        var outputs = await Update(Partial, Inputs());

        Assert.Empty(_s.Associations);
        Assert.Equal(PropertyValue.Of(Arn), outputs["arn"]);
    }

    [Fact]
    public async Task UpdateAsync_NewAssociationFails_FailsAtOnceWithEksReason()
    {
        var denied = new ErrorDetail { ErrorCode = "AccessDenied", ErrorMessage = "role cannot be assumed" };
        _s.Associate().Updates("InProgress", EksFakes.UpdateStatus("Failed", denied)).Configs(new ResourceNotFoundException("gone"));

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => Update(Partial, Inputs()));

        Assert.Contains("associated again", e.Message);
        Assert.Contains("AccessDenied: role cannot be assumed", e.Message);
        Assert.DoesNotContain("customTimeouts", e.Message);
    }

    [Fact]
    public async Task UpdateAsync_ConfigDeleting_FailsNamingIt()
    {
        _s.Configs("DELETING");
        var e = await Assert.ThrowsAnyAsync<Exception>(() => Update(Partial, Inputs()));
        Assert.Contains("being deleted", e.Message);
        Assert.Empty(_s.Associations);
    }
}
