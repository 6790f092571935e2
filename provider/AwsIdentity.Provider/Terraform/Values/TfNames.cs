using System.Text;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>
/// Terraform names from the model's: attributes are the model's property names in snake_case, and values move
/// between the two namings by the model's shapes, so map keys (tags, required claims) are never renamed.
/// </summary>
public static class TfNames
{
    /// <summary>"identityProviderConfigName" → "identity_provider_config_name"; "domainIpv4List" → "domain_ipv4_list".</summary>
    public static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                if (sb.Length > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A Terraform object (snake_case) as the model's object of <paramref name="shape"/>: the shape's properties
    /// only (Terraform-only attributes such as id, region and timeouts are the front end's), nulls left out as the
    /// model writes them, and an empty list of blocks left out too (Terraform sends [] for no blocks).</summary>
    public static ObjectValue ToModel(ObjectValue terraform, IRecordShape shape) => ObjectValue.From(shape.Properties
        .Select(p => (p, value: terraform[Snake(p.Name)]))
        .Where(x => x.value is not (null or NullValue) && !IsEmptyBlockList(x.value, x.p.Kind.Type))
        .Select(x => KeyValuePair.Create(x.p.Name, Convert(x.value!, x.p.Kind.Type, toModel: true))));

    /// <summary>A model object of <paramref name="shape"/> with Terraform's names; absent attributes stay absent (the
    /// encoder writes them as null) and secret marks stay (the encoder reveals them: Terraform marks sensitivity in
    /// the schema).</summary>
    public static ObjectValue ToTerraform(ObjectValue model, IRecordShape shape) => ObjectValue.From(shape.Properties
        .Where(p => model[p.Name] is not null)
        .Select(p => KeyValuePair.Create(Snake(p.Name), Convert(model[p.Name]!, p.Kind.Type, toModel: false))));

    /// <summary>A model path (check failures) as a Terraform attribute path: property names in snake_case, map keys
    /// as element keys, list positions as indexes (a set's element: the set).</summary>
    public static TfPath ToTerraform(PropertyPath path, IRecordShape shape)
    {
        var result = TfPath.Root;
        TypeDescription? type = new ObjectTypeDescription(shape);
        foreach (var segment in path.Segments)
        {
            switch (segment, type)
            {
                case (string name, ObjectTypeDescription o):
                    result = result.Attribute(Snake(name));
                    type = o.Shape.Properties.FirstOrDefault(p => p.Name == name)?.Kind.Type;
                    break;
                case (string key, MapTypeDescription m):
                    result = result.Key(key);
                    type = m.Item;
                    break;
                case (int, SetTypeDescription):
                    // Terraform tells set elements apart by value, not position: the path ends at the set.
                    return result;
                case (int index, ListTypeDescription l):
                    result = result.Index(index);
                    type = l.Item;
                    break;
                case (string name, _):
                    // Past the model (an unknown property): keep naming the step.
                    result = result.Attribute(Snake(name));
                    type = null;
                    break;
                case (int index, _):
                    result = result.Index(index);
                    type = null;
                    break;
            }
        }
        return result;
    }

    private static bool IsEmptyBlockList(PropertyValue value, TypeDescription type) =>
        type is ListTypeDescription { Item: ObjectTypeDescription } && value is ArrayValue { Items.IsEmpty: true };

    private static PropertyValue Convert(PropertyValue value, TypeDescription type, bool toModel) => (value, type) switch
    {
        (SecretValue s, _) => PropertyValue.Secret(Convert(s.Inner, type, toModel)),
        (ObjectValue o, ObjectTypeDescription d) => toModel ? ToModel(o, d.Shape) : ToTerraform(o, d.Shape),
        (ArrayValue a, ListTypeDescription d) => new ArrayValue([.. a.Items.Select(i => Convert(i, d.Item, toModel))]),
        (ArrayValue a, SetTypeDescription d) => new ArrayValue([.. a.Items.Select(i => Convert(i, d.Item, toModel))]),
        (ObjectValue o, MapTypeDescription d) => ObjectValue.From(o.Fields.Select(kv => KeyValuePair.Create(kv.Key, Convert(kv.Value, d.Item, toModel)))),
        _ => value,
    };
}
