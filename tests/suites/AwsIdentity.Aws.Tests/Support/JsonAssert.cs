using System.Text.Json.Nodes;

namespace AwsIdentity.Aws.Tests.Support;

public static class JsonAssert
{
    /// <summary>Structural JSON equality (member order ignored), with both texts in the failure message.</summary>
    public static void Equal(string expected, string actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"Expected JSON:\n{e?.ToJsonString()}\nActual JSON:\n{a?.ToJsonString()}");
    }
}
