using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using Moq;

namespace AwsIdentity.Tests.Support;

/// <summary>
/// A HandlerFixture with the ProductSubscription calls of License Manager User Subscriptions scripted and their
/// requests recorded; one handler serves the whole scenario (it holds the shared listing).
/// </summary>
internal sealed class SubscriptionScenario
{
    public const string DirectoryId = LmusScenario.DirectoryId;
    public const string Product = "VISUAL_STUDIO_PROFESSIONAL";
    public const string User = LmusScenario.User;
    public const string Domain = LmusScenario.Domain;
    public const string Id = DirectoryId + ":" + Product + ":" + User + ":" + Domain;
    public const string UserArn = "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:product-user/alice";

    public HandlerFixture F { get; } = new(new Dictionary<string, string> { ["owner"] = "desktops" });
    public ProductSubscriptionHandler Handler { get; }
    public List<StartProductSubscriptionRequest> Starts { get; } = [];
    public List<StopProductSubscriptionRequest> Stops { get; } = [];
    /// <summary>Each ListProductSubscriptions call as it was made (the request object is reused across pages).</summary>
    public List<(string? Directory, string? Product, string? NextToken, int? MaxResults, string Filters)> Listings { get; } = [];
    public List<TagResourceRequest> Tagged { get; } = [];
    public List<UntagResourceRequest> Untagged { get; } = [];

    /// <summary>The owner marker creates carry (CreateRequest.Owner); none unless a test sets one.</summary>
    public string? Owner { get; set; }

    public SubscriptionScenario() => Handler = new ProductSubscriptionHandler(F.Provider, F.Services);

    public static ObjectValue Inputs(string user = User, string? domain = Domain, ObjectValue? tags = null, string product = Product)
    {
        var inputs = ObjectValue.Empty.With("username", PropertyValue.Of(user)).With("identityProvider", LmusScenario.IdentityProvider())
            .With("product", PropertyValue.Of(product));
        if (domain is not null) inputs = inputs.With("domain", PropertyValue.Of(domain));
        return tags is null ? inputs : inputs.With("tags", tags);
    }

    public static ProductUserSummary Summary(string status, string user = User, string? domain = Domain, string? message = null,
        string? end = null) => new()
    {
        Username = user,
        Product = Product,
        Domain = domain,
        Status = status,
        StatusMessage = message,
        ProductUserArn = UserArn,
        SubscriptionStartDate = "2024-05-01T12:00:00Z",
        SubscriptionEndDate = end,
        IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = DirectoryId, ActiveDirectoryType = "SELF_MANAGED" } },
    };

    public static ListProductSubscriptionsResponse Page(string? next, params ProductUserSummary[] items) =>
        new() { ProductUserSummaries = [.. items], NextToken = next };

    public SubscriptionScenario Start(params object[] answers)
    {
        F.Lmus.Script(l => l.StartProductSubscriptionAsync(It.IsAny<StartProductSubscriptionRequest>(), It.IsAny<CancellationToken>()), Starts,
            answers.Length > 0 ? answers : [new StartProductSubscriptionResponse { ProductUserSummary = Summary("PENDING") }]);
        return this;
    }

    public SubscriptionScenario Stop(params object[] answers)
    {
        F.Lmus.Script(l => l.StopProductSubscriptionAsync(It.IsAny<StopProductSubscriptionRequest>(), It.IsAny<CancellationToken>()), Stops,
            answers.Length > 0 ? answers : [new StopProductSubscriptionResponse { ProductUserSummary = Summary("SUBSCRIBED") }]);
        return this;
    }

    /// <summary>ListProductSubscriptions answers in order: a status string (one matching item), "none", a page, or an exception.</summary>
    public SubscriptionScenario Lists(params object[] answers)
    {
        F.Lmus.Setup(l => l.ListProductSubscriptionsAsync(It.IsAny<ListProductSubscriptionsRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ListProductSubscriptionsRequest r, CancellationToken _) => Listings.Add((
                r.IdentityProvider?.ActiveDirectoryIdentityProvider?.DirectoryId, r.Product, r.NextToken, r.MaxResults,
                string.Join(",", (r.Filters ?? []).Select(f => $"{f.Attribute} {f.Operation} {f.Value}")))))
            .Returns(EksFakes.Script<ListProductSubscriptionsResponse>(answers.Select(a => a switch
            {
                "none" => Page(null),
                string status => Page(null, Summary(status)),
                _ => a,
            }).ToArray()));
        return this;
    }

    /// <summary>Each ListInstances call, and each ListUserAssociations call as (instance, filters).</summary>
    public List<ListInstancesRequest> InstanceListings { get; } = [];
    public List<(string? Instance, string Filters)> AssociationListings { get; } = [];

    /// <summary>An instance as ListInstances shows it, set up with a directory.</summary>
    public static InstanceSummary Instance(string id, string directory = DirectoryId) => new()
    {
        InstanceId = id, Status = "AVAILABLE", Products = [Product],
        IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = directory } },
    };

    /// <summary>
    /// ListInstances answers <paramref name="instances"/> (a page or an exception, in order); ListUserAssociations answers
    /// each instance with <paramref name="association"/>'s answer for it: a status of the user's association, "none", or
    /// an exception.
    /// </summary>
    public SubscriptionScenario Associations(object instances, Func<string, object> association)
    {
        F.Lmus.Script(l => l.ListInstancesAsync(It.IsAny<ListInstancesRequest>(), It.IsAny<CancellationToken>()), InstanceListings,
            instances is InstanceSummary[] items ? new ListInstancesResponse { InstanceSummaries = [.. items] } : instances);
        F.Lmus.Setup(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ListUserAssociationsRequest r, CancellationToken _) =>
            {
                AssociationListings.Add((r.InstanceId, string.Join(",", (r.Filters ?? []).Select(f => $"{f.Attribute} {f.Operation} {f.Value}"))));
                return association(r.InstanceId!) switch
                {
                    Exception e => Task.FromException<ListUserAssociationsResponse>(e),
                    "none" => Task.FromResult(LmusScenario.Page(null)),
                    var status => Task.FromResult(LmusScenario.Page(null, LmusScenario.Summary((string)status, instance: r.InstanceId!))),
                };
            });
        return this;
    }

    public SubscriptionScenario Tags(Dictionary<string, string>? live)
    {
        F.Lmus.Tags(UserArn, live, Tagged, Untagged);
        return this;
    }

    public Task<CreateResult> Create(ObjectValue inputs, TimeSpan? timeout = null, string? importCommand = null) =>
        F.Drive(() => Handler.CreateAsync(new CreateRequest(HandlerFixture.Urn, inputs, timeout)
            { Owner = Owner, ImportCommand = importCommand ?? (Owner is null ? null : $"pulumi import {ProductSubscriptionState.Token} sub") }, default));

    public Task<ReadResult> Read(string id, ObjectValue? outputs = null, ObjectValue? inputs = null) =>
        F.Drive(() => Handler.ReadAsync(new ReadRequest(id, HandlerFixture.Urn, outputs, inputs), default));

    public Task<ObjectValue> Update(ObjectValue oldOutputs, ObjectValue news, string id = Id) =>
        F.Drive(() => Handler.UpdateAsync(new UpdateRequest(id, HandlerFixture.Urn, oldOutputs, Inputs(), news, null), default));

    public Task Delete(ObjectValue outputs, string id = Id, TimeSpan? timeout = null) =>
        F.Drive(() => Handler.DeleteAsync(new DeleteRequest(id, HandlerFixture.Urn, outputs, timeout), default));

    public static ObjectValue Outputs(ObjectValue inputs, ObjectValue tagsAll, string status = "SUBSCRIBED") => inputs
        .With("productUserArn", PropertyValue.Of(UserArn)).With("status", PropertyValue.Of(status)).With("tagsAll", tagsAll);
}
