using AwsIdentity.Aws;
using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Config;

/// <summary>
/// The region the provider's AWS calls go to, recorded in its checked inputs when the program does not set one.
/// DiffConfig only sees the old and new checked inputs (pulumi/pulumi pkg/resource/deploy/providers/registry.go Diff:
/// olds are the inputs stored in the state), so a region that came from AWS_REGION, AWS_DEFAULT_REGION or the profile
/// must be written there for a change of it to be seen; CheckConfig may add defaults (pulumi/pulumi proto/pulumi/provider.proto).
/// Recording it also pins refresh and destroy (which configure the provider from the stored inputs) to the region
/// that holds the objects.
/// </summary>
public static class EffectiveRegion
{
    /// <summary>The region AwsClientFactory would use for this configuration, or null when none is found.</summary>
    public static string? Resolve(ProviderConfig config) => AwsClientFactory.ResolveRegion(ConfiguredAwsClients.Settings(config));

    /// <summary><paramref name="news"/> with `region` added when the program left it out and one can be resolved now.</summary>
    public static ObjectValue Record(ObjectValue news, ObjectValue normalized, Func<ProviderConfig, string?> resolve)
    {
        if (news["region"] is { } set && set is not NullValue) return news; // the program's own value (or unknown)
        // Only the profile takes part (AwsClientFactory.ResolveRegion). An unknown one (a preview of a program that
        // computes it) may name any region: record nothing.
        var profile = normalized["profile"];
        if (profile is { ContainsUnknowns: true }) return news;
        try
        {
            var config = new ProviderConfig { Profile = (profile?.Reveal() as StringValue)?.Value };
            return resolve(config) is { } region ? news.With("region", PropertyValue.Of(region)) : news;
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException)
        {
            return news; // an unreadable profile file: Configure reports it
        }
    }
}
