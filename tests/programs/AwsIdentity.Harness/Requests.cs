using System.Text.Json.Nodes;
using Google.Protobuf;
using Pulumirpc;

namespace AwsIdentity.Harness;

/// <summary>Requests shaped the way the engine sends them.</summary>
public static class Requests
{
    public static ProviderHandshakeRequest Handshake(string engineAddress) => new()
    {
        EngineAddress = engineAddress,
        RootDirectory = Directory.GetCurrentDirectory(),
        ProgramDirectory = Directory.GetCurrentDirectory(),
        SupportsViews = true,
        InvokeWithPreview = true,
    };

    public static CheckRequest Check(string type, JsonObject news, JsonObject? olds = null, string name = "res") => new()
    {
        Urn = Values.Urn(type, name),
        Name = name,
        Type = type,
        Olds = Values.ToStruct(olds ?? []),
        News = Values.ToStruct(news),
        RandomSeed = ByteString.CopyFrom(Enumerable.Repeat((byte)7, 32).ToArray()),
    };

    public static DiffRequest Diff(string type, JsonObject olds, JsonObject news, JsonObject? oldInputs = null,
        IEnumerable<string>? ignoreChanges = null, string name = "res")
    {
        var request = new DiffRequest
        {
            Id = "res-id",
            Urn = Values.Urn(type, name),
            Name = name,
            Type = type,
            Olds = Values.ToStruct(olds),
            OldInputs = Values.ToStruct(oldInputs ?? olds),
            News = Values.ToStruct(news),
        };
        request.IgnoreChanges.AddRange(ignoreChanges ?? []);
        return request;
    }

    public static CreateRequest Create(string type, JsonObject properties, bool preview = true, string name = "res") => new()
    {
        Urn = Values.Urn(type, name),
        Name = name,
        Type = type,
        Properties = Values.ToStruct(properties),
        Preview = preview,
    };

    public static ConfigureRequest Configure(JsonObject args) => new()
    {
        Args = Values.ToStruct(args),
        AcceptSecrets = true,
        AcceptResources = true,
        SendsOldInputs = true,
        SendsOldInputsToDelete = true,
    };

    /// <summary>Check failures by the path they concern. The engine looks `property` up as a top-level input
    /// (step_generator.go issueCheckFailures), so a nested path travels at the head of the reason.</summary>
    public static Dictionary<string, string> Failures(CheckResponse response) =>
        response.Failures.ToDictionary(PathOf, f => f.Reason);

    private static string PathOf(CheckFailure f) =>
        f.Reason.Length > f.Property.Length && f.Reason.StartsWith(f.Property, StringComparison.Ordinal)
        && f.Reason[f.Property.Length] is '.' or '[' && f.Reason.IndexOf(": ", StringComparison.Ordinal) is var end and > 0
            ? f.Reason[..end]
            : f.Property;
}
