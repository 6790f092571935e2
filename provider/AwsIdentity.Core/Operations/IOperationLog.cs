namespace AwsIdentity.Core.Operations;

/// <summary>How much a log line matters; each front end maps it to its own levels.</summary>
public enum OperationLogLevel { Debug, Info, Warning, Error }

/// <summary>
/// Where resource operations send progress and diagnostics. The resource key names the resource the line is
/// about when the front end has one (Pulumi's URN; Terraform gives none). A status line is transient: a front
/// end may show it in place and not keep it.
/// </summary>
public interface IOperationLog
{
    Task LogAsync(OperationLogLevel level, string message, string? resourceKey = null, bool status = false,
        CancellationToken cancellationToken = default);
}
