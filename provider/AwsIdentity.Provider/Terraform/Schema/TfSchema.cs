using System.Collections.Immutable;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Provider.Terraform.Schema;

/// <summary>
/// How a nested block or nested attribute repeats. The numbers are tfplugin6's Schema.NestedBlock.NestingMode
/// (Schema.Object.NestingMode has the same values, without GROUP), so the proto mapping is a cast
/// (hashicorp/terraform docs/plugin-protocol/tfplugin6.8.proto).
/// </summary>
public enum TfNesting { Single = 1, List = 2, Set = 3, Map = 4, Group = 5 }

/// <summary>The schema of a provider block or a resource type: tfplugin6 Schema without the proto.</summary>
public sealed record TfSchema(long Version, TfBlock Block);

/// <summary>A block: attributes and nested blocks, each name once across both (no attribute shares a block's name).</summary>
public sealed record TfBlock(string Description, ImmutableArray<TfAttribute> Attributes, ImmutableArray<TfNestedBlock> Blocks)
{
    /// <summary>The object type a value of this block has: what DynamicValue decodes against.</summary>
    public TfObject ImpliedType() => TfType.Object(
        Attributes.Select(a => KeyValuePair.Create(a.Name, a.ImpliedType()))
            .Concat(Blocks.Select(b => KeyValuePair.Create(b.TypeName, b.ImpliedType()))));

    public TfAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    public TfNestedBlock? Block(string name) => Blocks.FirstOrDefault(b => b.TypeName == name);
}

/// <summary>
/// An attribute with either a <see cref="Type"/> or a <see cref="NestedType"/>. Exactly one of Required, Optional
/// and Computed-only holds (Optional with Computed: the user may set it, else the provider does).
/// </summary>
public sealed record TfAttribute(string Name, string Description)
{
    public TfType? Type { get; init; }
    public TfNestedObject? NestedType { get; init; }
    public bool Required { get; init; }
    public bool Optional { get; init; }
    public bool Computed { get; init; }
    public bool Sensitive { get; init; }

    public TfType ImpliedType() => Type ?? NestedType?.ImpliedType()
        ?? throw new InvalidOperationException($"attribute {Name} has neither a type nor a nested type");
}

/// <summary>A nested attribute's object: unlike a block it can be computed (Schema.Object in tfplugin6).</summary>
public sealed record TfNestedObject(TfNesting Nesting, ImmutableArray<TfAttribute> Attributes)
{
    public TfType ImpliedType() => Wrap(Nesting, TfType.Object(Attributes.Select(a => KeyValuePair.Create(a.Name, a.ImpliedType()))));

    /// <summary>The type of a collection of objects nested as <paramref name="nesting"/> says.</summary>
    internal static TfType Wrap(TfNesting nesting, TfObject element) => nesting switch
    {
        TfNesting.List => TfType.List(element),
        TfNesting.Set => TfType.Set(element),
        TfNesting.Map => TfType.Map(element),
        _ => element,
    };
}

/// <summary>A nested block the user writes in HCL (<c>oidc { … }</c>). A single block has MinItems = MaxItems, 1 when
/// required and 0 when optional (hashicorp/terraform internal/configs/configschema/internal_validate.go).</summary>
public sealed record TfNestedBlock(string TypeName, TfNesting Nesting, TfBlock Block, int MinItems = 0, int MaxItems = 0)
{
    public TfType ImpliedType() => TfNestedObject.Wrap(Nesting, Block.ImpliedType());
}
