using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Eks;

/// <summary>The EKS tagging rules the model cannot express: reserved prefix, total count.</summary>
public static class EksTagRules
{
    public static void Check(IReadOnlyDictionary<string, string> tags, string errorCode)
    {
        if (tags.Keys.FirstOrDefault(k => k.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            throw Errors.Eks(errorCode, $"Tag keys starting with 'aws:' are reserved for AWS use: {reserved}");
        }

        if (tags.Count > 50)
        {
            throw Errors.Eks(errorCode, "A resource can have at most 50 tags.");
        }
    }
}
