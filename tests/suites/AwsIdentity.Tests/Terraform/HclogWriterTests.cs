using System.Text.Json;
using AwsIdentity.Provider.Terraform;
using Microsoft.Extensions.Time.Testing;

namespace AwsIdentity.Tests.Terraform;

/// <summary>Terraform-mode stderr lines are hclog entries terraform's go-plugin client parses (Terraform/HclogWriter.cs).</summary>
public sealed class HclogWriterTests
{
    [Fact]
    public void Log_lines_are_hclog_json_with_go_plugin_timestamp_layout()
    {
        var stderr = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 17, 5, 9, 123, 456, TimeSpan.Zero));
        var log = new HclogWriter(stderr, time);
        log.Write(HclogLevel.Warn, "quote \" and\nnewline", resourceKey: "cluster:name");
        var line = stderr.ToString();
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var entry = JsonDocument.Parse(line);
        Assert.Equal("warn", entry.RootElement.GetProperty("@level").GetString());
        Assert.Equal("quote \" and\nnewline", entry.RootElement.GetProperty("@message").GetString());
        Assert.Equal("2026-12-01T17:05:09.123456Z", entry.RootElement.GetProperty("@timestamp").GetString());
        Assert.Equal("cluster:name", entry.RootElement.GetProperty("resource").GetString());
    }
}
