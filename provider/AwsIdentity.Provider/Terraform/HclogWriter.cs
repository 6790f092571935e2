using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AwsIdentity.Core.Operations;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// The Terraform front end's log: one JSON object per stderr line with @level, @message and @timestamp, which
/// terraform's go-plugin client parses as an hclog entry and files under the provider's name (TF_LOG,
/// TF_LOG_PROVIDER); other keys become key/value pairs (hashicorp/go-plugin log_entry.go parseJSON). stdout is
/// never used: terraform reads only the handshake line there.
/// </summary>
public sealed class HclogWriter(TextWriter stderr, TimeProvider time) : IOperationLog
{
    private readonly Lock _gate = new();

    public void Write(HclogLevel level, string message, string? resourceKey = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@level", Name(level));
            json.WriteString("@message", message);
            json.WriteString("@module", "awsidentity");
            // go-plugin parses exactly this layout ("2006-01-02T15:04:05.000000Z07:00"); another one would make terraform log the raw line.
            json.WriteString("@timestamp", time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            if (resourceKey is not null) json.WriteString("resource", resourceKey);
            json.WriteEndObject();
        }
        var line = Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
        lock (_gate)
        {
            stderr.Write(line);
            stderr.Flush();
        }
    }

    public Task LogAsync(OperationLogLevel level, string message, string? resourceKey = null, bool status = false,
        CancellationToken cancellationToken = default)
    {
        // Terraform shows no progress lines from providers: a status line is kept at debug level for TF_LOG readers.
        Write(status ? HclogLevel.Debug : level switch
        {
            OperationLogLevel.Debug => HclogLevel.Debug,
            OperationLogLevel.Info => HclogLevel.Info,
            OperationLogLevel.Warning => HclogLevel.Warn,
            _ => HclogLevel.Error,
        }, message, resourceKey);
        return Task.CompletedTask;
    }

    private static string Name(HclogLevel level) => level switch
    {
        HclogLevel.Trace => "trace",
        HclogLevel.Debug => "debug",
        HclogLevel.Info => "info",
        HclogLevel.Warn => "warn",
        _ => "error",
    };
}

/// <summary>hclog's levels, the names terraform's TF_LOG takes.</summary>
public enum HclogLevel { Trace, Debug, Info, Warn, Error }
