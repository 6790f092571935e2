using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AwsIdentity.Core.Values;

/// <summary>
/// One deterministic JSON text of a value (object keys in ordinal order, as <see cref="ObjectValue"/> keeps them;
/// secrets written as their plain value; unknowns as null), for hashing inputs into idempotency tokens.
/// </summary>
public static class CanonicalJson
{
    public static string Write(PropertyValue value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, value);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, PropertyValue value)
    {
        switch (value)
        {
            case SecretValue secret: Write(writer, secret.Inner); break;
            case BoolValue b: writer.WriteBooleanValue(b.Value); break;
            case NumberValue n: writer.WriteRawValue(n.Value.ToString("R", CultureInfo.InvariantCulture)); break;
            case StringValue s: writer.WriteStringValue(s.Value); break;
            case ArrayValue a:
                writer.WriteStartArray();
                foreach (var item in a.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case ObjectValue o:
                writer.WriteStartObject();
                foreach (var (key, field) in o.Fields)
                {
                    writer.WritePropertyName(key);
                    Write(writer, field);
                }
                writer.WriteEndObject();
                break;
            default: writer.WriteNullValue(); break;
        }
    }
}
