using System.Text.Json;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Provider.Schema;

/// <summary>A model type as a Pulumi schema type spec: {"type": …} or {"$ref": "#/types/…"}
/// (pulumi/pulumi pkg/codegen/schema/pulumi.json TypeSpec).</summary>
public static class PulumiTypeSpec
{
    public static void Write(Utf8JsonWriter writer, TypeDescription type)
    {
        switch (type)
        {
            case ScalarTypeDescription scalar:
                writer.WriteString("type", scalar.Scalar switch
                {
                    ScalarType.Boolean => "boolean",
                    ScalarType.Integer => "integer",
                    _ => "string",
                });
                break;
            case ListTypeDescription list:
                WriteCollection(writer, "array", "items", list.Item);
                break;
            // Pulumi has no set type: a set is an array whose order the provider ignores (Core Model/SetKind.cs).
            case SetTypeDescription set:
                WriteCollection(writer, "array", "items", set.Item);
                break;
            case MapTypeDescription map:
                WriteCollection(writer, "object", "additionalProperties", map.Item);
                break;
            case ObjectTypeDescription obj:
                writer.WriteString("$ref", $"#/types/{obj.Shape.Token}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "a type the Pulumi schema cannot write");
        }
    }

    private static void WriteCollection(Utf8JsonWriter writer, string type, string itemKey, TypeDescription item)
    {
        writer.WriteString("type", type);
        writer.WriteStartObject(itemKey);
        Write(writer, item);
        writer.WriteEndObject();
    }
}
