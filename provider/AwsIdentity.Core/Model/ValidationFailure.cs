using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

/// <summary>One located problem with a property bag: where, and what is wrong and allowed.</summary>
public sealed record ValidationFailure(PropertyPath Path, string Reason)
{
    public override string ToString() => Path.IsRoot ? Reason : $"{Path}: {Reason}";

    internal static ValidationFailure Missing(PropertyPath parent, IPropertySpec prop) =>
        new(parent.Key(prop.Name), $"missing required property '{prop.Name}' ({prop.Description})");
}

/// <summary>Thrown when a property bag that must be complete and valid (Create, Update, Configure) is not.</summary>
public sealed class InvalidPropertiesException(IReadOnlyList<ValidationFailure> failures)
    : Exception(string.Join("; ", failures))
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;
}
