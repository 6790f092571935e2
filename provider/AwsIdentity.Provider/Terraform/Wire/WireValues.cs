using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Resources;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using Google.Protobuf;
using Tfplugin6;

namespace AwsIdentity.Provider.Terraform.Wire;

/// <summary>DynamicValue, Diagnostic and AttributePath messages ⇄ the front end's values (Values/, Resources/).</summary>
public static class WireValues
{
    /// <summary>The object a DynamicValue holds against a block (null: absent or msgpack nil), or the located error.</summary>
    public static TfResult<PropertyValue> Decode(DynamicValue? value, TfBlock block) =>
        value is null || (value.Msgpack.IsEmpty && value.Json.IsEmpty) ? TfResult<PropertyValue>.Ok(PropertyValue.Null)
        : !value.Msgpack.IsEmpty ? DynamicValueDecoder.Decode(value.Msgpack.Span, block)
        : DynamicValueJson.Decode(value.Json.Span, block);

    public static DynamicValue Encode(PropertyValue? value, TfBlock block)
    {
        var bytes = DynamicValueEncoder.Encode(value ?? PropertyValue.Null, block);
        if (bytes.Error is { } error) throw new InvalidOperationException($"encoding a value for terraform: {error}");
        return new DynamicValue { Msgpack = ByteString.CopyFrom(bytes.Value!) };
    }

    public static ObjectValue? AsObject(PropertyValue value) => value as ObjectValue;

    public static Diagnostic Of(TfDiagnostic d)
    {
        var proto = new Diagnostic
        {
            Severity = d.Severity == TfSeverity.Warning ? Diagnostic.Types.Severity.Warning : Diagnostic.Types.Severity.Error,
            Summary = d.Summary,
            Detail = d.Detail,
        };
        if (d.Attribute is { } path) proto.Attribute = Of(path);
        return proto;
    }

    public static AttributePath Of(TfPath path)
    {
        var proto = new AttributePath();
        foreach (var step in path.Steps)
            proto.Steps.Add(step switch
            {
                TfAttributeStep a => new AttributePath.Types.Step { AttributeName = a.Name },
                TfKeyStep k => new AttributePath.Types.Step { ElementKeyString = k.Key },
                TfIndexStep i => new AttributePath.Types.Step { ElementKeyInt = i.Index },
                _ => throw new ArgumentOutOfRangeException(nameof(path), step, "an unknown path step"),
            });
        return proto;
    }

    /// <summary>A value that could not be decoded, as the error diagnostic terraform shows at its attribute.</summary>
    public static Diagnostic Undecodable(string what, TfValueError error) =>
        Of(TfDiagnostic.Error($"Invalid {what}", error.Message, error.Path));

    public static string? Text(ByteString bytes) => bytes.IsEmpty ? null : bytes.ToStringUtf8();

    public static ByteString Bytes(string? text) => text is null ? ByteString.Empty : ByteString.CopyFromUtf8(text);
}
