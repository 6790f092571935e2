using System.Text.Json;
using AwsIdentity.Core.Resources;
using AwsIdentity.Provider.Schema;
using AwsIdentity.Tests.Repository;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Schema;

/// <summary>Sets and computed inputs in the Pulumi package schema and the README's rows, on the test-only resource of
/// Support/NetworkedResource.cs.</summary>
public sealed class SetAndComputedSchemaTests
{
    private static JsonElement Resource() => JsonDocument.Parse(SchemaWriter.Write(new ResourceRegistry([new NetworkedHandler()]), "1.0.0"))
        .RootElement.GetProperty("resources").GetProperty(NetworkedState.Token);

    private static string[] Names(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Set_IsAnArrayOfItsItems()
    {
        var zones = Resource().GetProperty("inputProperties").GetProperty("zones");
        Assert.Equal("array", zones.GetProperty("type").GetString());
        Assert.Equal("string", zones.GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public void ComputedInput_OptionalInputAlwaysPresentOutput()
    {
        var resource = Resource();
        Assert.Equal(["name"], Names(resource.GetProperty("requiredInputs")));
        Assert.Contains("settings", Names(resource.GetProperty("required")));
        Assert.DoesNotContain("zones", Names(resource.GetProperty("required")));
    }

    [Fact]
    public void ReadmeRows_SetOfStringAndComputedFlag()
    {
        var rows = ModelRow.Of(NetworkedArgs.Shape.Properties, ModelRow.InputFlags).ToDictionary(r => r.Name);
        Assert.Equal("set of string", rows["zones"].Type);
        Assert.Equal(["computed"], rows["settings"].Flags);
        Assert.Equal("set of string", rows["settings.subnets"].Type);
    }
}
