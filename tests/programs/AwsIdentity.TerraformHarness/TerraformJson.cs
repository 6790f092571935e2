using System.Text.Json.Nodes;

namespace AwsIdentity.TerraformHarness;

/// <summary>A managed resource in `terraform show -json`: values.root_module.resources[] (internal/command/jsonstate).</summary>
public sealed record ShownResource(string Address, string Type, string Name, JsonObject Values, JsonObject? SensitiveValues);

/// <summary>`terraform show -json`: the whole document and the root module's managed resources.</summary>
public sealed record TerraformShow(JsonObject Document, IReadOnlyList<ShownResource> Resources)
{
    public static TerraformShow Parse(string json)
    {
        var document = TerraformJson.Object(json);
        var resources = document["values"]?["root_module"]?["resources"] as JsonArray ?? [];
        return new TerraformShow(document, [.. resources.Select(r => r!.AsObject())
            .Where(r => (string?)r["mode"] == "managed")
            .Select(r => new ShownResource((string)r["address"]!, (string)r["type"]!, (string)r["name"]!,
                r["values"]!.AsObject(), r["sensitive_values"] as JsonObject))]);
    }

    public ShownResource Resource(string address) => Resources.SingleOrDefault(r => r.Address == address)
        ?? throw new KeyNotFoundException($"no {address} in terraform show -json; resources: [{string.Join(", ", Resources.Select(r => r.Address))}]");
}

/// <summary>One resource instance of the state file (`terraform state pull`, format version 4).</summary>
public sealed record StateInstance(string Type, string Name, JsonNode? IndexKey, int SchemaVersion, JsonObject Attributes, string? Private, string? Status)
{
    public bool Tainted => Status == "tainted";
}

/// <summary>`terraform state pull`: the state document and its managed resource instances.</summary>
public sealed record TerraformStateFile(JsonObject Document, IReadOnlyList<StateInstance> Instances)
{
    public long Serial => (long?)Document["serial"] ?? 0;

    /// <summary>`state pull` prints nothing when there is no state yet: that reads as an empty state.</summary>
    public static TerraformStateFile Parse(string json)
    {
        var document = string.IsNullOrWhiteSpace(json) ? [] : TerraformJson.Object(json);
        var resources = document["resources"] as JsonArray ?? [];
        return new TerraformStateFile(document, [.. resources.Select(r => r!.AsObject())
            .Where(r => (string?)r["mode"] == "managed")
            .SelectMany(r => (r["instances"] as JsonArray ?? []).Select(i => new StateInstance(
                (string)r["type"]!, (string)r["name"]!, i!["index_key"]?.DeepClone(), (int?)i["schema_version"] ?? 0,
                i["attributes"]!.AsObject(), (string?)i["private"], (string?)i["status"])))]);
    }

    public StateInstance Instance(string type, string name) => Instances.SingleOrDefault(i => i.Type == type && i.Name == name)
        ?? throw new KeyNotFoundException($"no {type}.{name} in the state; instances: [{string.Join(", ", Instances.Select(i => $"{i.Type}.{i.Name}"))}]");
}

public static class TerraformJson
{
    /// <summary>A JSON object, or a failure quoting the text (terraform printed something else).</summary>
    public static JsonObject Object(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new FormatException($"expected a JSON object from terraform, got: {json}");
}
