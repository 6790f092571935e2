using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// The ownership marker as README.md describes it, computed here on its own rather than with the provider's code:
/// the tag awsidentity:owner whose value is the hex SHA-256 of the resource's URN.
/// </summary>
public static class OwnerMarker
{
    public const string Key = "awsidentity:owner";

    public static string Of(string urn) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(urn)));

    /// <summary>The live tags AWS should hold: <paramref name="tags"/> plus the marker of <paramref name="urn"/>.</summary>
    public static JsonObject Plus(JsonObject tags, string urn)
    {
        var all = tags.DeepClone().AsObject();
        all[Key] = Of(urn);
        return all;
    }

    /// <summary>The marker never shows in what the engine records: not in tags, not in tagsAll.</summary>
    public static void AssertHidden(JsonObject properties)
    {
        Assert.Null(properties["tags"]?[Key]);
        Assert.Null(properties["tagsAll"]?[Key]);
    }
}
