using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using Moq;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Support;

/// <summary>A HandlerFixture with the registration calls of License Manager User Subscriptions scripted and recorded.</summary>
internal sealed class RegistrationScenario
{
    public const string DirectoryId = LmusScenario.DirectoryId;
    public const string Product = "VISUAL_STUDIO_ENTERPRISE";
    public const string Id = DirectoryId + ":" + Product;
    public const string Arn = "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/abc123";
    public const string Group = "sg-0123456789abcdef0";
    public const string SubnetA = "subnet-0a0a0a0a0a0a0a0a0";
    public const string SubnetB = "subnet-0b0b0b0b0b0b0b0b0";
    public const string SubnetC = "subnet-0c0c0c0c0c0c0c0c0";

    public HandlerFixture F { get; } = new(new Dictionary<string, string> { ["owner"] = "desktops" });
    private IdentityProviderRegistrationHandler? _handler;
    /// <summary>One handler per scenario, as the provider has one (its shared listings live in it).</summary>
    public IdentityProviderRegistrationHandler Handler => _handler ??= new(F.Provider, F.Services);

    public List<RegisterIdentityProviderRequest> Registrations { get; } = [];
    public List<UpdateIdentityProviderSettingsRequest> Updates { get; } = [];
    public List<DeregisterIdentityProviderRequest> Deregistrations { get; } = [];
    public List<ListIdentityProvidersRequest> Listings { get; } = [];
    public List<TagResourceRequest> Tagged { get; } = [];
    public List<UntagResourceRequest> Untagged { get; } = [];

    /// <summary>The owner marker creates carry (CreateRequest.Owner); none (as under Terraform) unless a test sets one.</summary>
    public string? Owner { get; set; }

    public static ObjectValue SettingsValue(string group = Group, params string[] subnets) =>
        Obj(("subnets", Strings(subnets.Length == 0 ? [SubnetA, SubnetB] : subnets)), ("securityGroupId", S(group)));

    public static ObjectValue Inputs(ObjectValue? settings = null, ObjectValue? tags = null, string product = Product, ObjectValue? idp = null)
    {
        var inputs = Obj(("identityProvider", idp ?? LmusScenario.IdentityProvider()), ("product", S(product)));
        if (settings is not null) inputs = inputs.With("settings", settings);
        return tags is null ? inputs : inputs.With("tags", tags);
    }

    public static ObjectValue Outputs(ObjectValue inputs, ObjectValue tagsAll) =>
        inputs.With("identityProviderArn", S(Arn)).With("status", S("REGISTERED")).With("tagsAll", tagsAll);

    public static Settings LiveSettings(string group = Group, params string[] subnets) =>
        new() { SecurityGroupId = group, Subnets = subnets.Length == 0 ? [SubnetA, SubnetB] : [.. subnets] };

    public static IdentityProviderSummary Summary(string status, string product = Product, string? message = null, Settings? settings = null,
        string directoryId = DirectoryId) => new()
    {
        IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = directoryId, ActiveDirectoryType = "SELF_MANAGED" } },
        Product = product,
        Status = status,
        FailureMessage = message,
        Settings = settings ?? LiveSettings(),
        IdentityProviderArn = directoryId == DirectoryId && product == Product ? Arn : $"{Arn}-{directoryId}-{product}".ToLowerInvariant(),
        OwnerAccountId = "123456789012",
    };

    public static ListIdentityProvidersResponse Page(string? next, params IdentityProviderSummary[] items) =>
        new() { IdentityProviderSummaries = [.. items], NextToken = next };

    public RegistrationScenario Register(params object[] answers)
    {
        F.Lmus.Script(l => l.RegisterIdentityProviderAsync(It.IsAny<RegisterIdentityProviderRequest>(), It.IsAny<CancellationToken>()), Registrations,
            answers.Length > 0 ? answers : [new RegisterIdentityProviderResponse { IdentityProviderSummary = Summary("REGISTERING") }]);
        return this;
    }

    public RegistrationScenario Update(params object[] answers)
    {
        F.Lmus.Script(l => l.UpdateIdentityProviderSettingsAsync(It.IsAny<UpdateIdentityProviderSettingsRequest>(), It.IsAny<CancellationToken>()),
            Updates, answers.Length > 0 ? answers : [new UpdateIdentityProviderSettingsResponse { IdentityProviderSummary = Summary("REGISTERED") }]);
        return this;
    }

    public RegistrationScenario Deregister(params object[] answers)
    {
        F.Lmus.Script(l => l.DeregisterIdentityProviderAsync(It.IsAny<DeregisterIdentityProviderRequest>(), It.IsAny<CancellationToken>()),
            Deregistrations, answers.Length > 0 ? answers : [new DeregisterIdentityProviderResponse { IdentityProviderSummary = Summary("DEREGISTERING") }]);
        return this;
    }

    /// <summary>ListIdentityProviders answers in order: a status string (this registration), "none", a page, or an exception.</summary>
    public RegistrationScenario Lists(params object[] answers)
    {
        F.Lmus.Script(l => l.ListIdentityProvidersAsync(It.IsAny<ListIdentityProvidersRequest>(), It.IsAny<CancellationToken>()), Listings,
            [.. answers.Select(a => a switch { "none" => Page(null), string status => Page(null, Summary(status)), _ => a })]);
        return this;
    }

    public RegistrationScenario Tags(Dictionary<string, string>? live)
    {
        F.Lmus.Tags(Arn, live, Tagged, Untagged);
        return this;
    }

    /// <summary>ListProductSubscriptions lists these users of the directory and product, with their statuses.</summary>
    public RegistrationScenario Subscriptions(params (string User, string Status)[] users)
    {
        F.Lmus.Setup(l => l.ListProductSubscriptionsAsync(It.IsAny<ListProductSubscriptionsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListProductSubscriptionsResponse
            {
                ProductUserSummaries = [.. users.Select(u => new ProductUserSummary { Username = u.User, Product = Product, Status = u.Status })],
            });
        return this;
    }

    public Task<CreateResult> Create(ObjectValue inputs, TimeSpan? timeout = null, CancellationToken ct = default) =>
        F.Drive(() => Handler.CreateAsync(new CreateRequest(HandlerFixture.Urn, inputs, timeout)
            { Owner = Owner, ImportCommand = Owner is null ? null : $"pulumi import {IdentityProviderRegistrationState.Token} dir" }, ct));

    public Task<ReadResult> Read(string id = Id, ObjectValue? outputs = null, ObjectValue? inputs = null) =>
        F.Drive(() => Handler.ReadAsync(new ReadRequest(id, HandlerFixture.Urn, outputs, inputs), default));

    public Task<ObjectValue> UpdateTo(ObjectValue olds, ObjectValue news, ObjectValue? oldOutputs = null) =>
        F.Drive(() => Handler.UpdateAsync(new UpdateRequest(Id, HandlerFixture.Urn, oldOutputs ?? Outputs(olds, EksFakes.Map(("owner", "desktops"))),
            olds, news, null), default));

    public Task Delete(ObjectValue outputs, string id = Id, TimeSpan? timeout = null) =>
        F.Drive(() => Handler.DeleteAsync(new DeleteRequest(id, HandlerFixture.Urn, outputs, timeout), default));
}
