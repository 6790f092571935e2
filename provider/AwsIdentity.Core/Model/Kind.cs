using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

/// <summary>
/// The type of one property: how a <see cref="PropertyValue"/> becomes a typed C# value (with located
/// failures), how it goes back, and its type in every schema.
/// </summary>
public abstract class Kind
{
    /// <summary>The type of this kind, for every schema (TypeDescription.cs).</summary>
    public abstract TypeDescription Type { get; }

    /// <summary>Object types this kind refers to, for the schema's "types" section.</summary>
    public virtual IEnumerable<IRecordShape> ReferencedShapes => [];

    /// <summary>Validates a value, adding failures; unknowns (preview) pass.</summary>
    public abstract void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures);
}

public abstract class Kind<T> : Kind
{
    /// <summary>Decodes a known, non-null value; on a problem adds failures and returns default.</summary>
    public abstract T? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures);

    public abstract PropertyValue Write(T value);

    public override void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is UnknownValue) return;
        Read(value, path, failures);
    }

    /// <summary>This kind with a rule on decoded values: the rule returns a reason, or null when fine.</summary>
    public Kind<T> Where(Func<T, string?> rule) => new RefinedKind<T>(this, rule);

    /// <summary>Decodes a value that must be complete; throws <see cref="InvalidPropertiesException"/>.</summary>
    public T Decode(PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        var result = Read(value, PropertyPath.Root, failures);
        if (failures.Count > 0 || result is null) throw new InvalidPropertiesException(failures);
        return result;
    }

    /// <summary>The value with its secret wrappers removed.</summary>
    protected internal static PropertyValue Plain(PropertyValue value) => value is SecretValue s ? Plain(s.Inner) : value;

    protected internal static void Mismatch(PropertyValue value, PropertyPath path, string expected, List<ValidationFailure> failures) =>
        failures.Add(new ValidationFailure(path, Plain(value) is UnknownValue
            ? $"{expected} is required here, but the value is not known yet"
            : $"expected {expected}, got {value.KindName}"));
}
