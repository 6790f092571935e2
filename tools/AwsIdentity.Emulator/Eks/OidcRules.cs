using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Eks;

/// <summary>OIDC settings rules EKS enforces beyond the model (issuer URL, required claims, names).</summary>
public static class OidcRules
{
    public static void Check(JsonObject oidc)
    {
        var issuer = (string)oidc["issuerUrl"]!;
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || uri.Scheme != "https" || uri.Query.Length > 0)
        {
            throw Invalid($"The issuer URL must be an https URL without a query string: {issuer}");
        }

        if (((string)oidc["clientId"]!).Length == 0)
        {
            throw Invalid("clientId must not be empty.");
        }

        var name = (string)oidc["identityProviderConfigName"]!;
        if (name.Length == 0)
        {
            throw Invalid("identityProviderConfigName must not be empty.");
        }

        foreach (var (key, value) in oidc["requiredClaims"] as JsonObject ?? [])
        {
            var text = (string?)value ?? "";
            if (key.Length is < 1 or > 63 || text.Length is < 1 or > 253)
            {
                throw Invalid("requiredClaims keys must be 1-63 characters and values 1-253 characters.");
            }
        }
    }

    private static AwsException Invalid(string message) => Errors.Eks("InvalidParameterException", message);
}
