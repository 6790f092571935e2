using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using Moq;

namespace AwsIdentity.Tests.Support;

/// <summary>A HandlerFixture with License Manager User Subscriptions calls scripted and their requests recorded.</summary>
internal sealed class LmusScenario
{
    public const string Instance = "i-0123456789abcdef0";
    public const string DirectoryId = "d-1234567890";
    public const string User = "alice";
    public const string Domain = "corp.example.com";
    public const string Id = Instance + ":" + DirectoryId + ":" + User + ":" + Domain;
    public const string UserArn = "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/alice";

    public HandlerFixture F { get; } = new(new Dictionary<string, string> { ["owner"] = "desktops" });
    public List<AssociateUserRequest> Associations { get; } = [];
    public List<DisassociateUserRequest> Disassociations { get; } = [];
    /// <summary>Each ListUserAssociations call as it was made (the request object is reused across pages).</summary>
    public List<(string? Instance, string? Directory, string? NextToken, int? MaxResults, string Filters)> Listings { get; } = [];
    public List<TagResourceRequest> Tagged { get; } = [];
    public List<UntagResourceRequest> Untagged { get; } = [];

    public static ObjectValue IdentityProvider(string type = "SELF_MANAGED") => ObjectValue.Empty.With("activeDirectoryIdentityProvider",
        ObjectValue.Empty.With("directoryId", PropertyValue.Of(DirectoryId)).With("activeDirectoryType", PropertyValue.Of(type)));

    public static ObjectValue Inputs(string user = User, string? domain = Domain, ObjectValue? tags = null, ObjectValue? idp = null,
        string instance = Instance)
    {
        var inputs = ObjectValue.Empty.With("username", PropertyValue.Of(user)).With("instanceId", PropertyValue.Of(instance))
            .With("identityProvider", idp ?? IdentityProvider());
        if (domain is not null) inputs = inputs.With("domain", PropertyValue.Of(domain));
        return tags is null ? inputs : inputs.With("tags", tags);
    }

    public static InstanceUserSummary Summary(string status, string user = User, string? domain = Domain, string instance = Instance,
        string? message = null) => new()
    {
        Username = user,
        InstanceId = instance,
        Domain = domain,
        Status = status,
        StatusMessage = message,
        InstanceUserArn = UserArn,
        AssociationDate = "2024-05-01T12:00:00Z",
        IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = DirectoryId, ActiveDirectoryType = "SELF_MANAGED" } },
    };

    public static ListUserAssociationsResponse Page(string? next, params InstanceUserSummary[] items) =>
        new() { InstanceUserSummaries = [.. items], NextToken = next };

    public LmusScenario Associate(params object[] answers)
    {
        F.Lmus.Setup(l => l.AssociateUserAsync(It.IsAny<AssociateUserRequest>(), It.IsAny<CancellationToken>()))
            .Callback((AssociateUserRequest r, CancellationToken _) => Associations.Add(r))
            .Returns(EksFakes.Script<AssociateUserResponse>(answers.Length > 0 ? answers
                : [new AssociateUserResponse { InstanceUserSummary = Summary("ASSOCIATING") }]));
        return this;
    }

    public LmusScenario Disassociate(params object[] answers)
    {
        F.Lmus.Setup(l => l.DisassociateUserAsync(It.IsAny<DisassociateUserRequest>(), It.IsAny<CancellationToken>()))
            .Callback((DisassociateUserRequest r, CancellationToken _) => Disassociations.Add(r))
            .Returns(EksFakes.Script<DisassociateUserResponse>(answers.Length > 0 ? answers
                : [new DisassociateUserResponse { InstanceUserSummary = Summary("DISASSOCIATING") }]));
        return this;
    }

    /// <summary>ListUserAssociations answers in order: a status string (one matching item), a page, or an exception.</summary>
    public LmusScenario Lists(params object[] answers)
    {
        F.Lmus.Setup(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ListUserAssociationsRequest r, CancellationToken _) => Listings.Add((r.InstanceId,
                r.IdentityProvider?.ActiveDirectoryIdentityProvider?.DirectoryId, r.NextToken, r.MaxResults,
                string.Join(",", (r.Filters ?? []).Select(f => $"{f.Attribute} {f.Operation} {f.Value}")))))
            .Returns(EksFakes.Script<ListUserAssociationsResponse>(answers.Select(a => a switch
            {
                "none" => Page(null),
                string status => Page(null, Summary(status)),
                _ => a,
            }).ToArray()));
        return this;
    }

    public LmusScenario Tags(Dictionary<string, string>? live)
    {
        F.Lmus.Tags(UserArn, live, Tagged, Untagged);
        return this;
    }

    /// <summary>The owner marker creates carry (CreateRequest.Owner); none unless a test sets one.</summary>
    public string? Owner { get; set; }

    public Task<CreateResult> Create(ObjectValue inputs, TimeSpan? timeout = null, CancellationToken ct = default, Action<int>? onStep = null) =>
        F.Drive(() => F.UserHandler().CreateAsync(new CreateRequest(HandlerFixture.Urn, inputs, timeout)
            { Owner = Owner, ImportCommand = Owner is null ? null : $"pulumi import {UserAssociationState.Token} alice" }, ct), onStep);

    public Task<ReadResult> Read(string id, ObjectValue? outputs = null, ObjectValue? inputs = null) =>
        F.Drive(() => F.UserHandler().ReadAsync(new ReadRequest(id, HandlerFixture.Urn, outputs, inputs), default));

    public Task Delete(ObjectValue outputs, string id = Id, TimeSpan? timeout = null) =>
        F.Drive(() => F.UserHandler().DeleteAsync(new DeleteRequest(id, HandlerFixture.Urn, outputs, timeout), default));

    public static ObjectValue Outputs(ObjectValue inputs, ObjectValue tagsAll) => inputs
        .With("instanceUserArn", PropertyValue.Of(UserArn)).With("status", PropertyValue.Of("ASSOCIATED")).With("tagsAll", tagsAll);
}
