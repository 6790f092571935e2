using System.Text.Json;

namespace AwsIdentity.Aws.Runtime;

/// <summary>Writers that skip unset members, as the generated marshallers do.</summary>
internal static class JsonWrite
{
    public static void Str(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Bool(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
    }

    public static void Int(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    public static void StrList(this Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void StrMap(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>>? map)
    {
        if (map is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    public static void Obj<T>(this Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        write(writer, value);
        writer.WriteEndObject();
    }

    public static void List<T>(this Utf8JsonWriter writer, string name, IEnumerable<T>? values, Action<Utf8JsonWriter, T> write)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStartObject();
            write(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
