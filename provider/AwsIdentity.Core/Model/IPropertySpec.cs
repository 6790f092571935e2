namespace AwsIdentity.Core.Model;

public interface IPropertySpec
{
    string Name { get; }
    Kind Kind { get; }
    string Description { get; }
    bool Required { get; }
    bool Secret { get; }
    bool ReplaceOnChanges { get; }
}
