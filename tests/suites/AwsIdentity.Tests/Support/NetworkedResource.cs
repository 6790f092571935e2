using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Tests.Support;

/// <summary>Network settings of the test-only resource below: a set of subnets and a security group, the shape AWS's
/// Settings has (boto/botocore botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json).</summary>
internal sealed record NetworkSettings
{
    public IReadOnlyList<string> Subnets { get; init; } = [];
    public string SecurityGroupId { get; init; } = "";

    public static readonly SetKind<string> SubnetsKind =
        Kinds.SetOf(Kinds.String.Where(s => s.StartsWith("subnet-", StringComparison.Ordinal) ? null : $"must be a subnet id, got \"{s}\""), maxItems: 3);

    public static readonly RecordShape<NetworkSettings> Shape = new RecordShape<NetworkSettings>("awsidentity:test:NetworkSettings", "Network settings.")
        .Property("subnets", SubnetsKind, s => s.Subnets, (s, v) => s with { Subnets = v }, "Subnets, in any order.", required: true)
        .Property("securityGroupId", Kinds.String, s => s.SecurityGroupId, (s, v) => s with { SecurityGroupId = v }, "Security group.", required: true);
}

/// <summary>Inputs of the test-only resource: a name, a set that replaces, and settings AWS fills in when not given.</summary>
internal sealed record NetworkedArgs
{
    public string Name { get; init; } = "";
    public IReadOnlyList<string>? Zones { get; init; }
    public NetworkSettings? Settings { get; init; }

    public static readonly RecordShape<NetworkedArgs> Shape = new RecordShape<NetworkedArgs>(NetworkedState.Token, "Inputs of the test resource.")
        .Property("name", Kinds.String, a => a.Name, (a, v) => a with { Name = v }, "Name.", required: true, replaceOnChanges: true)
        .Property("zones", Kinds.SetOf(Kinds.String), a => a.Zones, (a, v) => a with { Zones = v }, "Zones, in any order.", replaceOnChanges: true)
        .Property("settings", NetworkSettings.Shape, a => a.Settings, (a, v) => a with { Settings = v },
            "Network settings; AWS chooses them when not given.", computed: true);
}

internal sealed record NetworkedState
{
    public const string Token = "awsidentity:test:Networked";

    public NetworkedArgs Args { get; init; } = new();
    public string? Arn { get; init; }

    public static readonly RecordShape<NetworkedState> Shape = new RecordShape<NetworkedState>(Token, "A test-only resource with a set and a computed input.")
        .Include(NetworkedArgs.Shape, s => s.Args, (s, a) => s with { Args = a })
        .Property("arn", Kinds.String, s => s.Arn, (s, v) => s with { Arn = v }, "ARN.");

    public static readonly ResourceModel Model = new()
    {
        Inputs = NetworkedArgs.Shape,
        Outputs = Shape,
        DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(1)),
        Id = new ImportId([new("name")], "net-1"),
        Notes = "Test only.",
    };
}

/// <summary>
/// The test-only resource on an in-memory AWS that, like RegisterIdentityProvider, chooses settings when none are given
/// and answers subnets in an order of its own that changes from call to call.
/// </summary>
internal sealed class NetworkedHandler(ResourceServices services) : ResourceHandler<NetworkedArgs, NetworkedState>(new ProviderContext(), services)
{
    public static readonly NetworkSettings Chosen = new() { Subnets = ["subnet-b", "subnet-a"], SecurityGroupId = "sg-aws" };

    /// <summary>What AWS holds, by name, subnets in its own order.</summary>
    public Dictionary<string, NetworkSettings> Live { get; } = [];

    public NetworkedHandler() : this(Handlers.Services()) { }

    public override string Token => NetworkedState.Token;
    protected override RecordShape<NetworkedArgs> ArgsShape => NetworkedArgs.Shape;
    protected override RecordShape<NetworkedState> StateShape => NetworkedState.Shape;
    public override ResourceModel Model => NetworkedState.Model;
    protected override RetryRules Retry { get; } = new(_ => null, _ => false);

    protected override bool DeleteBeforeReplace(Core.Values.ObjectValue olds, Core.Values.ObjectValue news) => false;
    protected override string IdOf(NetworkedArgs args) => args.Name;
    protected override string Describe(LifecycleStep step, string id) => $"{step} {id}";

    protected override Task<NetworkedState> CreateLiveAsync(NetworkedArgs args, CreateOptions options, OperationContext context) =>
        Task.FromResult(Store(args.Name, args, args.Settings ?? Chosen));

    protected override Task<Found<NetworkedArgs, NetworkedState>?> ReadLiveAsync(string id, NetworkedArgs? previous, OperationContext context) =>
        Task.FromResult(Live.TryGetValue(id, out var settings) && Store(id, (previous ?? new()) with { Name = id }, settings) is var state
            ? new Found<NetworkedArgs, NetworkedState>(id, state.Args, state)
            : null);

    protected override Task<NetworkedState> UpdateLiveAsync(string id, NetworkedArgs args, NetworkedState old, CreateOptions options, OperationContext context) =>
        Task.FromResult(Store(id, args, args.Settings ?? Live[id]));

    protected override Task DeleteLiveAsync(string id, NetworkedArgs? args, NetworkedState? state, OperationContext context)
    {
        Live.Remove(id);
        return Task.CompletedTask;
    }

    private NetworkedState Store(string id, NetworkedArgs args, NetworkSettings settings)
    {
        Live[id] = settings with { Subnets = [.. settings.Subnets.Reverse()] };
        return new NetworkedState { Args = args with { Settings = Live[id] }, Arn = $"arn:test:{id}" };
    }
}
