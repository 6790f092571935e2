using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;

namespace AwsIdentity.Emulator.Eks;

/// <summary>Renders EKS records in the output shapes of the model (timestamps as epoch seconds).</summary>
public static class EksJson
{
    public static double Epoch(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    public static JsonObject Cluster(ClusterRecord c, Dictionary<string, string>? tags)
    {
        var json = new JsonObject
        {
            ["name"] = c.Name,
            ["arn"] = c.Arn,
            ["createdAt"] = Epoch(c.CreatedAt),
            ["version"] = c.Version,
            ["endpoint"] = c.Endpoint,
            ["roleArn"] = c.RoleArn,
            ["resourcesVpcConfig"] = new JsonObject
            {
                ["subnetIds"] = Strings(c.SubnetIds),
                ["securityGroupIds"] = Strings(c.SecurityGroupIds),
                ["endpointPublicAccess"] = true,
                ["endpointPrivateAccess"] = false,
            },
            ["status"] = c.Status,
            ["platformVersion"] = "eks.1",
        };
        if (c.ClientRequestToken is not null)
        {
            json["clientRequestToken"] = c.ClientRequestToken;
        }

        AddTags(json, "tags", tags);
        return json;
    }

    public static JsonObject Update(UpdateRecord u) => new()
    {
        ["id"] = u.Id,
        ["status"] = u.Status,
        ["type"] = u.Type,
        ["params"] = new JsonArray(u.Params.Select(p => (JsonNode)new JsonObject { ["type"] = p.Type, ["value"] = p.Value }).ToArray()),
        ["createdAt"] = Epoch(u.CreatedAt),
        ["errors"] = new JsonArray(u.Errors.Select(e => (JsonNode)new JsonObject
        {
            ["errorCode"] = e.ErrorCode,
            ["errorMessage"] = e.ErrorMessage,
            ["resourceIds"] = new JsonArray(),
        }).ToArray()),
    };

    public static JsonObject Config(IdpConfigRecord c, Dictionary<string, string>? tags)
    {
        var json = new JsonObject
        {
            ["identityProviderConfigName"] = c.Name,
            ["identityProviderConfigArn"] = c.Arn,
            ["clusterName"] = c.ClusterName,
            ["issuerUrl"] = c.IssuerUrl,
            ["clientId"] = c.ClientId,
        };
        Add(json, "usernameClaim", c.UsernameClaim);
        Add(json, "usernamePrefix", c.UsernamePrefix);
        Add(json, "groupsClaim", c.GroupsClaim);
        Add(json, "groupsPrefix", c.GroupsPrefix);
        if (c.RequiredClaims is { Count: > 0 } claims)
        {
            json["requiredClaims"] = Map(claims);
        }

        AddTags(json, "tags", tags);
        json["status"] = c.Status;
        return json;
    }

    public static JsonObject Map(IReadOnlyDictionary<string, string> map) =>
        new(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));

    public static void AddTags(JsonObject json, string member, Dictionary<string, string>? tags)
    {
        if (tags is { Count: > 0 })
        {
            json[member] = Map(tags);
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static void Add(JsonObject json, string member, string? value)
    {
        if (value is not null)
        {
            json[member] = value;
        }
    }
}
