using System.Collections.Immutable;
using System.Text;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>One step of a Terraform attribute path, as tfplugin6 AttributePath.Step has them
/// (hashicorp/terraform docs/plugin-protocol/tfplugin6.8.proto): an attribute, a map key or a list index.</summary>
public abstract record TfPathStep;

public sealed record TfAttributeStep(string Name) : TfPathStep;

public sealed record TfKeyStep(string Key) : TfPathStep;

public sealed record TfIndexStep(long Index) : TfPathStep;

/// <summary>Where in a Terraform value something is: what a diagnostic's attribute path carries.</summary>
public sealed record TfPath(ImmutableArray<TfPathStep> Steps)
{
    public static readonly TfPath Root = new(ImmutableArray<TfPathStep>.Empty);

    public TfPath Attribute(string name) => new(Steps.Add(new TfAttributeStep(name)));

    public TfPath Key(string key) => new(Steps.Add(new TfKeyStep(key)));

    public TfPath Index(long index) => new(Steps.Add(new TfIndexStep(index)));

    /// <summary>Terraform's own notation: <c>oidc.client_id</c>, <c>tags["a b"]</c>, <c>subnets[0]</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var step in Steps)
        {
            switch (step)
            {
                case TfAttributeStep a:
                    if (sb.Length > 0) sb.Append('.');
                    sb.Append(a.Name);
                    break;
                case TfKeyStep k:
                    sb.Append("[\"").Append(k.Key.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"]");
                    break;
                case TfIndexStep i:
                    sb.Append('[').Append(i.Index).Append(']');
                    break;
            }
        }
        return sb.ToString();
    }

    public bool Equals(TfPath? other) => other is not null && Steps.AsSpan().SequenceEqual(other.Steps.AsSpan());

    public override int GetHashCode() => Steps.Aggregate(17, (h, s) => HashCode.Combine(h, s));
}
