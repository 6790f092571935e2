using System.Security.Cryptography;
using System.Text;

namespace AwsIdentity.Provider.Host;

/// <summary>What the Pulumi front end tells a create about ownership (Resources/Ownership.cs).</summary>
public static class PulumiOwnership
{
    /// <summary>
    /// The hex SHA-256 of the URN. A URN, urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;
    /// (pulumi/pulumi sdk/go/common/resource/urn.go), names the stack, project, type (with its parents) and name, so it
    /// is the same for every attempt of one resource, across provider crashes and later runs, and differs between
    /// two stacks declaring the same object. Stacks of the same name and project in two backends or organisations
    /// share it: they would adopt each other's objects, as before markers.
    /// </summary>
    public static string Marker(string urn) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(urn)));

    /// <summary>`pulumi import &lt;type&gt; &lt;name&gt;`, the name being the URN's last "::" part.</summary>
    public static string ImportCommand(string token, string urn)
    {
        var at = urn.LastIndexOf("::", StringComparison.Ordinal);
        return $"pulumi import {token} {(at < 0 ? urn : urn[(at + 2)..])}";
    }
}
