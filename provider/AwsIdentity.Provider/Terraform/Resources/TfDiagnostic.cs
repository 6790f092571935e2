using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Provider.Terraform.Resources;

/// <summary>Terraform's diagnostic severities; 0 (INVALID) would be ignored by terraform (tfplugin6.8.proto Diagnostic).</summary>
public enum TfSeverity { Error = 1, Warning = 2 }

/// <summary>One diagnostic: what went wrong, the detail, and the attribute it belongs to when there is one.</summary>
public sealed record TfDiagnostic(TfSeverity Severity, string Summary, string Detail = "", TfPath? Attribute = null)
{
    public static TfDiagnostic Error(string summary, string detail = "", TfPath? attribute = null) =>
        new(TfSeverity.Error, summary, detail, attribute);
}
