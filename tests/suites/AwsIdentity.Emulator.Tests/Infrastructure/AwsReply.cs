using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Tests.Infrastructure;

/// <summary>An HTTP answer: status, X-Amzn-ErrorType (if any) and parsed JSON body.</summary>
public sealed record AwsReply(int Status, string? ErrorType, JsonNode? Json)
{
    public string? Message => (string?)Json?["message"];

    public JsonNode Body => Json ?? throw new InvalidOperationException("no body");

    public AwsReply Ok()
    {
        Assert.True(Status == 200, $"expected 200, got {Status} {ErrorType}: {Message}");
        return this;
    }

    public AwsReply Error(int status, string type)
    {
        Assert.True(Status == status && ErrorType == type, $"expected {status} {type}, got {Status} {ErrorType}: {Message}");
        Assert.False(string.IsNullOrEmpty(Message), "error without message");
        return this;
    }
}
