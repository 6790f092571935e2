namespace AwsIdentity.Provider.Host;

/// <summary>Pulumi URNs: urn:pulumi:&lt;stack&gt;::&lt;project&gt;::[&lt;parent type&gt;$]&lt;type&gt;::&lt;name&gt;
/// (pulumi/pulumi sdk/go/common/resource/urn.go).</summary>
public static class PulumiUrn
{
    /// <summary>The type token of a URN, for requests that name no type.</summary>
    public static string TypeOf(string urn)
    {
        var parts = urn.Split("::");
        if (parts.Length < 4) return "";
        var qualified = parts[2];
        var dollar = qualified.LastIndexOf('$');
        return dollar >= 0 ? qualified[(dollar + 1)..] : qualified;
    }
}
