using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Support;

internal static class Validation
{
    /// <summary>Check failures (the path Pulumi shows, and the reason) of a value against a shape.</summary>
    public static List<ValidationFailure> Check(Kind shape, PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        shape.Check(value, PropertyPath.Root, failures);
        return failures;
    }

    public static string[] Paths(IEnumerable<ValidationFailure> failures) => [.. failures.Select(f => f.Path.ToString())];

    /// <summary>The one failure of <paramref name="value"/>, asserting it is at <paramref name="path"/>.</summary>
    public static ValidationFailure SingleAt(Kind shape, PropertyValue value, string path)
    {
        var failure = Assert.Single(Check(shape, value));
        Assert.Equal(path, failure.Path.ToString());
        return failure;
    }
}
