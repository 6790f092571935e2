using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Config;

/// <summary>
/// DiffConfig. A replacement of the provider replaces every resource it manages (pulumi/pulumi
/// pkg/resource/deploy/step_generator.go providerChanged asks DiffConfig for each resource and replaces it with
/// ReplaceKeys ["provider"]), so only a change that makes the old objects unreachable replaces
/// (pulumi/pulumi proto/pulumi/provider.proto DiffConfig: "Changes to an AWS region ... will almost certainly require a provider
/// replacement, but changes to an AWS access key, should almost certainly not"):
/// <list type="bullet">
/// <item>`region` replaces: EKS configs and LMUS associations are regional (their ARNs name the region), and a
/// provider in another region neither sees nor deletes them. The recorded effective region counts
/// (<see cref="EffectiveRegion"/>); an old state without one (written before regions were recorded) does not.</item>
/// <item>`endpoints` change in place: an endpoint is a way to the same regional service (VPC endpoint, FIPS, proxy).</item>
/// <item>`profile`, `accessKey`/`secretKey`/`token` change in place: keys rotate, and which account they belong to
/// cannot be known without calling STS, which DiffConfig must not (previews run offline). Moving a stack to another
/// account is a new stack (README "Provider configuration").</item>
/// </list>
/// Both sides are compared decoded, so "5" and 5 (the form before and after CheckConfig kept strings) are equal.
/// </summary>
public static class ConfigDiff
{
    public const string Region = "region";

    /// <param name="heldPaths">Paths the user asked to keep at their old value (Pulumi's ignoreChanges).</param>
    public static ChangePlan Diff(ObjectValue olds, ObjectValue news, IReadOnlyList<string> heldPaths)
    {
        olds = ConfigChecker.Normalize(olds);
        news = Differ.ApplyIgnoreChanges(olds, ConfigChecker.Normalize(news), heldPaths);
        var diff = Differ.Diff(ProviderConfig.Shape, olds, news, deleteBeforeReplace: false);
        if (!RegionMoved(olds[Region], news[Region])) return diff;
        var changes = diff.Changes.ToDictionary();
        changes[Region] = new PropertyChange(ChangeKind.Update, Replaces: true, InputDiff: true);
        return diff with { ReplaceKeys = [Region], Changes = changes };
    }

    /// <summary>A known old region and a different (or not yet known) new one; a region that disappears leaves the
    /// AWS SDK's own fallback, which is no evidence of a move.</summary>
    private static bool RegionMoved(PropertyValue? old, PropertyValue? @new) =>
        old?.Reveal() is StringValue before && @new?.Reveal() switch
        {
            StringValue after => after.Value != before.Value,
            UnknownValue => true,
            _ => false,
        };
}
