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
                writer.WriteString("type", "array");
                writer.WriteStartObject("items");
                Write(writer, list.Item);
                writer.WriteEndObject();
                break;
            case MapTypeDescription map:
                writer.WriteString("type", "object");
                writer.WriteStartObject("additionalProperties");
                Write(writer, map.Item);
                writer.WriteEndObject();
                break;
            case ObjectTypeDescription obj:
                writer.WriteString("$ref", $"#/types/{obj.Shape.Token}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "a type the Pulumi schema cannot write");
        }
    }
}
