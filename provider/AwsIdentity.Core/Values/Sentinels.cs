namespace AwsIdentity.Core.Values;

/// <summary>
/// Magic strings of the Pulumi wire format (pulumi/pulumi sdk/go/common/resource/plugin/rpc.go and
/// sdk/go/common/resource/sig/sig.go; ARCHITECTURE.md "Values").
/// </summary>
public static class Sentinels
{
    /// <summary>The untyped unknown the engine sends for most computed values.</summary>
    public const string Unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>Every unknown variant: untyped, bool, number, array, asset, archive, object.</summary>
    public static readonly IReadOnlySet<string> Unknowns = new HashSet<string>(StringComparer.Ordinal)
    {
        Unknown,
        "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
        "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        "030794c1-ac77-496b-92df-f27374a8bd58",
        "e48ece36-62e2-4504-bad9-02848725956a",
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    };

    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSig = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceReferenceSig = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSig = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public const string AssetSig = "c44067f5952c0a294b673a41bacd8c17";
    public const string ArchiveSig = "0def7320c3a5731c473e5ecbe6d01bc7";
}
