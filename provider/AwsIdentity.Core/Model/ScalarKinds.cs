using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

public sealed class StringKind : Kind<string>
{
    public override string? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is StringValue s) return s.Value;
        Mismatch(value, path, "a string", failures);
        return null;
    }

    public override PropertyValue Write(string value) => PropertyValue.Of(value);

    public override TypeDescription Type { get; } = new ScalarTypeDescription(ScalarType.String);
}

public sealed class BoolKind : Kind<bool?>
{
    public override bool? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        switch (Plain(value))
        {
            case BoolValue b: return b.Value;
            // The engine passes config values set on the command line as strings.
            case StringValue { Value: "true" or "false" } s: return s.Value == "true";
            default:
                Mismatch(value, path, "a boolean", failures);
                return null;
        }
    }

    public override PropertyValue Write(bool? value) => value is { } b ? PropertyValue.Of(b) : PropertyValue.Null;

    public override TypeDescription Type { get; } = new ScalarTypeDescription(ScalarType.Boolean);
}

public sealed class IntegerKind(int min, int max) : Kind<int?>
{
    public override int? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        double? number = Plain(value) switch
        {
            NumberValue n => n.Value,
            StringValue s when double.TryParse(s.Value, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
        if (number is not { } x)
        {
            Mismatch(value, path, "an integer", failures);
            return null;
        }
        if (x != Math.Floor(x) || x < min || x > max)
        {
            failures.Add(new ValidationFailure(path, $"expected a whole number from {min} to {max}, got {x}"));
            return null;
        }
        return (int)x;
    }

    public override PropertyValue Write(int? value) => value is { } i ? PropertyValue.Of(i) : PropertyValue.Null;

    public override TypeDescription Type { get; } = new ScalarTypeDescription(ScalarType.Integer);
}

/// <summary>A kind with an extra rule on its decoded values (length limits, formats, enumerations).</summary>
public sealed class RefinedKind<T>(Kind<T> inner, Func<T, string?> rule) : Kind<T>
{
    public override T? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        var before = failures.Count;
        var result = inner.Read(value, path, failures);
        if (failures.Count == before && result is not null && rule(result) is { } reason)
        {
            failures.Add(new ValidationFailure(path, reason));
            return default;
        }
        return result;
    }

    public override void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (value.ContainsUnknowns) inner.Check(value, path, failures);
        else Read(value, path, failures);
    }

    public override PropertyValue Write(T value) => inner.Write(value);

    public override TypeDescription Type => inner.Type;

    public override IEnumerable<IRecordShape> ReferencedShapes => inner.ReferencedShapes;
}
