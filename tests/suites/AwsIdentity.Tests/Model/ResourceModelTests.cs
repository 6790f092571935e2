using System.Text.RegularExpressions;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Model;

/// <summary>
/// Each resource's model (Model/ResourceModel.cs) is the one its handler uses, its id examples parse and print back
/// unchanged, its timeouts are the handler's, and it says nothing of an engine.
/// </summary>
public sealed class ResourceModelTests
{
    public static TheoryData<string> Tokens() => [.. Handlers.All().Select(h => h.Token)];

    /// <summary>Parse then print, per resource: the id parsers stay beside their id types.</summary>
    private static readonly Dictionary<string, Func<string, string>> RoundTrip = new()
    {
        [IdentityProviderConfigState.Token] = id => IdentityProviderConfigId.Parse(id).ToString(),
        [UserAssociationState.Token] = id => UserAssociationId.Parse(id).ToString(),
        [IdentityProviderRegistrationState.Token] = id => IdentityProviderRegistrationId.Parse(id).ToString(),
        [ProductSubscriptionState.Token] = id => ProductSubscriptionId.Parse(id).ToString(),
    };

    private static IResourceHandler Handler(string token) => Handlers.All().Single(h => h.Token == token);

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Model_IsTheHandlers(string token)
    {
        var handler = Handler(token);
        Assert.Equal(token, handler.Model.Token);
        Assert.Same(handler.Inputs, handler.Model.Inputs);
        Assert.Same(handler.Outputs, handler.Model.Outputs);
        Assert.False(string.IsNullOrWhiteSpace(handler.Model.Description));
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void ImportExamples_ParseAndPrintBackUnchanged(string token)
    {
        Assert.True(RoundTrip.ContainsKey(token), $"no id parser listed for {token}");
        var id = Handler(token).Model.Id;
        Assert.NotEmpty(id.Examples);
        foreach (var example in id.Examples)
        {
            Assert.NotNull(id.Split(example));
            Assert.Equal(example, RoundTrip[token](example));
        }
    }

    [Fact]
    public void ImportExamples_CoverEveryForm() =>
        Assert.Equal([3, 4], UserAssociationModel.Resource.Id.Examples.Select(e => e.Split(':').Length));

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Parse_AnIdOfNoDeclaredForm_NamesTheFormsAndAnExample(string token)
    {
        var model = Handler(token).Model;
        var tooMany = model.Id.Examples[^1] + ":extra";
        var e = Assert.Throws<ArgumentException>(() => RoundTrip[token](tooMany));
        Assert.Equal(model.InvalidId(tooMany).Message, e.Message);
        foreach (var form in model.Id.Forms) Assert.Contains($"\"{form}\"", e.Message);
        Assert.Contains(model.Id.Examples[^1], e.Message);
    }

    [Fact]
    public void Forms_OfTheUserAssociation_AreWithAndWithoutDomain()
    {
        var id = UserAssociationModel.Resource.Id;
        Assert.Equal("<instanceId>:<directoryId>:<username>[:<domain>]", id.Form);
        Assert.Equal(["<instanceId>:<directoryId>:<username>", "<instanceId>:<directoryId>:<username>:<domain>"], id.Forms);
        Assert.Equal("<clusterName>:<identityProviderConfigName>", IdentityProviderConfigModel.Resource.Id.Form);
    }

    [Theory]
    [InlineData("a:b", true)]
    [InlineData("a:b:c", true)]
    [InlineData("a", false)]
    [InlineData("a:b:c:d", false)]
    [InlineData("a::c", false)]
    [InlineData("a:b:", false)]
    public void Split_CountsRequiredAndOptionalParts(string id, bool fits) =>
        Assert.Equal(fits, new ImportId([new("x"), new("y"), new("z", Optional: true)], "a:b").Split(id) is not null);

    [Fact]
    public void ImportId_AnOptionalPartBeforeARequiredOne_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ImportId([new("x", Optional: true), new("y")], "a:b"));

    [Fact]
    public void DefaultTimeouts_AreTheHandlers()
    {
        // The handlers wait as long in create, update and delete: the model must not promise otherwise.
        foreach (var (model, handlerTimeout) in new[]
        {
            (IdentityProviderConfigModel.Resource, IdentityProviderConfigHandler.DefaultTimeout),
            (UserAssociationModel.Resource, UserAssociationHandler.DefaultTimeout),
        })
            Assert.Equal(ResourceTimeouts.All(handlerTimeout), model.DefaultTimeouts);
        Assert.Equal(TimeSpan.FromMinutes(40), IdentityProviderConfigHandler.DefaultTimeout);
        Assert.Equal(TimeSpan.FromMinutes(20), UserAssociationHandler.DefaultTimeout);
    }

    [Fact]
    public void Describe_NamesEachOperation() =>
        Assert.Equal("create 40 minutes, update 1 minute, delete 90 seconds",
            new ResourceTimeouts(TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(90)).Describe());

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Notes_NameNoEngine(string token) =>
        Assert.DoesNotMatch(new Regex("pulumi|terraform|customTimeouts|import", RegexOptions.IgnoreCase), Handler(token).Model.Notes);
}
