using AwsIdentity.Emulator.State;

namespace AwsIdentity.Emulator.Control;

/// <summary>Out-of-band changes, as if someone used the console: seeding, deleting, editing, tagging.</summary>
public sealed class DriftApi(EmulatorStore store)
{
    private const string Account = "123456789012";

    public void SeedCluster(ControlBody body) => store.Run((state, now) =>
    {
        var name = body.Required("name");
        var region = body.Str("region") ?? "us-east-1";
        state.Clusters.RemoveAll(c => c.Name == name);
        state.Clusters.Add(new ClusterRecord
        {
            Name = name,
            Arn = $"arn:aws:eks:{region}:{Account}:cluster/{name}",
            Status = "ACTIVE",
            CreatedAt = now,
            DueAt = now,
            Version = body.Str("version") ?? "1.33",
            Endpoint = $"https://{Guid.NewGuid().ToString("N").ToUpperInvariant()}.gr7.{region}.eks.amazonaws.com",
            RoleArn = $"arn:aws:iam::{Account}:role/eks-cluster",
        });
    });

    public void DeleteConfig(ControlBody body) => store.Run((state, _) =>
    {
        var config = FindConfig(state, body);
        state.Configs.Remove(config);
        state.Tags.Remove(config.Arn);
    });

    public void UpdateConfig(ControlBody body) => store.Run((state, _) =>
    {
        var config = FindConfig(state, body);
        config.IssuerUrl = body.Str("issuerUrl") ?? config.IssuerUrl;
        config.ClientId = body.Str("clientId") ?? config.ClientId;
        config.UsernameClaim = body.Str("usernameClaim") ?? config.UsernameClaim;
        config.UsernamePrefix = body.Str("usernamePrefix") ?? config.UsernamePrefix;
        config.GroupsClaim = body.Str("groupsClaim") ?? config.GroupsClaim;
        config.GroupsPrefix = body.Str("groupsPrefix") ?? config.GroupsPrefix;
        config.RequiredClaims = body.Map("requiredClaims") ?? config.RequiredClaims;
        config.Status = body.Str("status") ?? config.Status;
    });

    public void SetInstance(ControlBody body) => store.Run((state, _) =>
    {
        var id = body.Required("instanceId");
        state.MissingInstances.Remove(id);
        if (body.Bool("notFound") ?? true)
        {
            state.MissingInstances.Add(id);
        }
    });

    public void SetTags(ControlBody body) => store.Run((state, _) =>
    {
        var arn = body.Required("arn");
        var tags = body.Map("tags") ?? [];
        if (tags.Count == 0)
        {
            state.Tags.Remove(arn);
        }
        else
        {
            state.Tags[arn] = tags;
        }
    });

    public void FailNextUpdate(ControlBody body) => store.Run((state, _) => state.PendingUpdateFailures.Add(
        new PendingUpdateFailure(body.Str("cluster"), body.Str("errorCode") ?? "Unknown", body.Str("errorMessage") ?? "Injected failure")));

    public void SetEcho(ControlBody body) => store.Run((state, _) => state.Echo = new EchoSettings
    {
        LowercaseNames = body.Bool("lowercaseNames") ?? false,
        DefaultDomain = body.Str("defaultDomain"),
        FillDefaults = body.Bool("fillDefaults") ?? false,
    });

    private static IdpConfigRecord FindConfig(StateData state, ControlBody body)
    {
        var cluster = body.Required("cluster");
        var name = body.Required("name");
        return state.Configs.FirstOrDefault(c => c.ClusterName == cluster && c.Name == name)
            ?? throw new ControlException(404, $"No identity provider config {name} on cluster {cluster}.");
    }
}
