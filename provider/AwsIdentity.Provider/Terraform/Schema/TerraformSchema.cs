using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Provider.Terraform.Schema;

/// <summary>
/// The Terraform schema, from the same model as the Pulumi schema (Schema/SchemaWriter.cs). Names are the model's in
/// snake_case. A nested object the user writes (an input) is a block, as terraform-provider-aws writes oidc; an object
/// only AWS fills in is a computed nested attribute, since a block cannot be computed. Each resource adds what
/// Terraform needs and the model leaves to the engine: a computed <c>id</c>, an optional-and-computed <c>region</c>
/// (Terraform never replaces a resource when the provider block changes, so the resource records its own) and a
/// <c>timeouts</c> block with the model's defaults.
/// </summary>
public static class TerraformSchema
{
    public const string ProviderLocalName = "awsidentity";
    public const string ProviderAddress = "registry.terraform.io/awsidentity/awsidentity";
    public const long Version = 0;

    public static readonly ImmutableArray<ResourceModel> Models = [IdentityProviderConfigModel.Resource, UserAssociationModel.Resource,
        IdentityProviderRegistrationModel.Resource, ProductSubscriptionModel.Resource];

    /// <summary>"awsidentity:eks:IdentityProviderConfig" → "awsidentity_eks_identity_provider_config".</summary>
    public static string TypeName(string token) => string.Join('_', token.Split(':').Select(TfNames.Snake));

    public static TfSchema Provider() => new(Version, Block(ProviderConfig.Shape, _ => true,
        "The awsidentity provider: AWS region, credentials and endpoints. Unset values fall back to the standard AWS environment."));

    /// <summary>Every resource type's schema by type name, in name order.</summary>
    public static ImmutableSortedDictionary<string, TfSchema> Resources() =>
        Models.ToImmutableSortedDictionary(m => TypeName(m.Token), Resource, StringComparer.Ordinal);

    public static TfSchema Resource(ResourceModel model)
    {
        var inputs = model.Inputs.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var block = Block(model.Outputs, p => inputs.Contains(p.Name), model.Description);
        return new TfSchema(Version, block with
        {
            Attributes = [.. block.Attributes,
                new TfAttribute("id", $"The resource id, {IdForm(model.Id)}, for example \"{model.Id.Examples[^1]}\"; terraform import takes it.")
                    { Type = TfType.String, Computed = true },
                new TfAttribute("region", "AWS region the resource lives in; defaults to the provider's region. A change replaces the resource.")
                    { Type = TfType.String, Optional = true, Computed = true }],
            Blocks = [.. block.Blocks, Timeouts(model.DefaultTimeouts)],
        });
    }

    private static TfBlock Block(IRecordShape shape, Func<IPropertySpec, bool> isInput, string description)
    {
        var attributes = ImmutableArray.CreateBuilder<TfAttribute>();
        var blocks = ImmutableArray.CreateBuilder<TfNestedBlock>();
        foreach (var prop in shape.Properties)
        {
            var name = TfNames.Snake(prop.Name);
            var input = isInput(prop);
            switch (prop.Kind.Type)
            {
                case var _ when input && prop.Computed:
                    attributes.Add(Input(name, prop));
                    break;
                case ObjectTypeDescription o when input:
                    // A single block's min and max items are equal: 1 when required, else 0 (internal_validate.go).
                    var count = prop.Required ? 1 : 0;
                    blocks.Add(new TfNestedBlock(name, TfNesting.Single, Block(o.Shape, _ => true, Words(prop.Description)), count, count));
                    break;
                case ListTypeDescription { Item: ObjectTypeDescription o } when input:
                    blocks.Add(new TfNestedBlock(name, TfNesting.List, Block(o.Shape, _ => true, Words(prop.Description)), prop.Required ? 1 : 0));
                    break;
                case var type when !input:
                    attributes.Add(Computed(name, Words(prop.Description), type, prop.Secret));
                    break;
                default:
                    attributes.Add(Input(name, prop));
                    break;
            }
        }
        return new TfBlock(description, attributes.ToImmutable(), blocks.ToImmutable());
    }

    /// <summary>An attribute the user may set; a computed input (AWS fills it in when unset) is optional and computed,
    /// and an object one a nested attribute of inputs, since a block cannot be computed.</summary>
    private static TfAttribute Input(string name, IPropertySpec prop)
    {
        var attribute = new TfAttribute(name, Words(prop.Description))
            { Required = prop.Required, Optional = !prop.Required, Computed = prop.Computed, Sensitive = prop.Secret };
        return prop.Kind.Type is ObjectTypeDescription o
            ? attribute with { NestedType = new TfNestedObject(TfNesting.Single, [.. o.Shape.Properties.Select(p => Input(TfNames.Snake(p.Name), p))]) }
            : attribute with { Type = TypeOf(prop.Kind.Type) };
    }

    /// <summary>A model description in Terraform's names: the provider settings it mentions ("defaultTags") in
    /// snake_case.</summary>
    private static string Words(string description) => ProviderSettingName.Replace(description, m => TfNames.Snake(m.Value));

    private static readonly Regex ProviderSettingName = new(
        $@"\b({string.Join('|', ProviderConfig.Shape.Properties.Select(p => p.Name).Where(n => n != TfNames.Snake(n)))})\b", RegexOptions.CultureInvariant);

    /// <summary>An attribute only the provider sets; an object becomes a nested attribute of computed attributes.</summary>
    private static TfAttribute Computed(string name, string description, TypeDescription type, bool sensitive) => type switch
    {
        ObjectTypeDescription o => new TfAttribute(name, description)
        {
            NestedType = new TfNestedObject(TfNesting.Single,
                [.. o.Shape.Properties.Select(p => Computed(TfNames.Snake(p.Name), Words(p.Description), p.Kind.Type, p.Secret))]),
            Computed = true,
            Sensitive = sensitive,
        },
        _ => new TfAttribute(name, description) { Type = TypeOf(type), Computed = true, Sensitive = sensitive },
    };

    /// <summary>A model type as a cty type: integers are numbers; an object's optional attributes are its non-required ones.</summary>
    public static TfType TypeOf(TypeDescription type) => type switch
    {
        ScalarTypeDescription { Scalar: ScalarType.String } => TfType.String,
        ScalarTypeDescription { Scalar: ScalarType.Boolean } => TfType.Bool,
        ScalarTypeDescription => TfType.Number,
        ListTypeDescription l => TfType.List(TypeOf(l.Item)),
        SetTypeDescription s => TfType.Set(TypeOf(s.Item)),
        MapTypeDescription m => TfType.Map(TypeOf(m.Item)),
        ObjectTypeDescription o => TfType.Object(
            o.Shape.Properties.Select(p => KeyValuePair.Create(TfNames.Snake(p.Name), TypeOf(p.Kind.Type))),
            o.Shape.Properties.Where(p => !p.Required).Select(p => TfNames.Snake(p.Name))),
        _ => throw new ArgumentException($"no Terraform type for {type}", nameof(type)),
    };

    /// <summary>The timeouts block SDKv2 providers have (hashicorp/terraform internal/legacy/helper/schema/core_schema.go),
    /// with the operations our resources wait in.</summary>
    private static TfNestedBlock Timeouts(ResourceTimeouts defaults)
    {
        TfAttribute Operation(string name, TimeSpan value) =>
            new(name, $"How long {(name == "update" ? "an" : "a")} {name} may wait for AWS, as a duration such as \"{Duration(value)}\"; default {Duration(value)}.")
                { Type = TfType.String, Optional = true };
        return new TfNestedBlock("timeouts", TfNesting.Single, new TfBlock(
            $"How long each operation may wait for AWS. Defaults: {defaults.Describe()}.",
            [Operation("create", defaults.Create), Operation("update", defaults.Update), Operation("delete", defaults.Delete)], []));
    }

    /// <summary>A Go duration string, the form Terraform users write timeouts in: "40m", "90s".</summary>
    public static string Duration(TimeSpan t) =>
        t.TotalMinutes == Math.Floor(t.TotalMinutes) ? $"{(int)t.TotalMinutes}m" : $"{(int)t.TotalSeconds}s";

    /// <summary>"&lt;cluster_name&gt;:&lt;identity_provider_config_name&gt;": the id's parts in Terraform's names.</summary>
    public static string IdForm(ImportId id) => Regex.Replace(id.Form, "<([A-Za-z0-9]+)>", m => $"<{TfNames.Snake(m.Groups[1].Value)}>");
}
