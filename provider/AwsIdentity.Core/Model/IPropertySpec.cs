namespace AwsIdentity.Core.Model;

public interface IPropertySpec
{
    string Name { get; }
    Kind Kind { get; }
    string Description { get; }
    bool Required { get; }
    bool Secret { get; }
    bool ReplaceOnChanges { get; }

    /// <summary>An optional input AWS fills in when it is not given: absent, it keeps what AWS reports (no change);
    /// given, it is compared like any input. Outputs always hold it.</summary>
    bool Computed { get; }
}
