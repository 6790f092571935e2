namespace AwsIdentity.TerraformDocs;

/// <summary>
/// The example usage of each page, cut from examples/terraform/main.tf (which a TerraformTests test validates and
/// plans), so the docs show a configuration terraform accepts and never a second copy of one.
/// </summary>
public sealed record HclExample(string MainTf)
{
    public const string Path = "examples/terraform/main.tf";

    /// <summary>The top-level block whose header line starts with <paramref name="header"/>, e.g.
    /// <c>resource "awsidentity_eks_identity_provider_config"</c>, through its closing brace at column 0.</summary>
    public string Block(string header)
    {
        var lines = MainTf.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        if (start < 0) throw new InvalidOperationException($"{Path} has no block starting `{header}`");
        var end = Array.FindIndex(lines, start, l => l == "}");
        if (end < 0) throw new InvalidOperationException($"{Path}: the block `{header}` does not end with a `}}` line");
        return string.Join('\n', lines[start..(end + 1)]);
    }

    /// <summary>The <c>terraform { required_providers }</c> block and the provider block.</summary>
    public string Provider() => Block("terraform {") + "\n\n" + Block("provider \"awsidentity\"");

    public string Resource(string typeName) => Block($"resource \"{typeName}\"");
}
