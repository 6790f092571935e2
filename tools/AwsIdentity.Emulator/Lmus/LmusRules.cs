using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>Shared LMUS checks: instance ids, directory ids, registration lookups.</summary>
public static partial class LmusRules
{
    public static AwsException Invalid(string message) => Errors.Lmus("ValidationException", message);

    public static AwsException NotFound(string message) => Errors.Lmus("ResourceNotFoundException", message);

    /// <summary>The directory id of an <c>IdentityProvider</c> union (only Active Directory exists).</summary>
    public static string DirectoryId(JsonObject? identityProvider, string member = "IdentityProvider") =>
        (string?)identityProvider?["ActiveDirectoryIdentityProvider"]?["DirectoryId"]
        ?? throw Invalid($"1 validation error detected: Value null at '{member}.ActiveDirectoryIdentityProvider.DirectoryId' failed to satisfy constraint: Member must not be null");

    /// <summary>Any well-formed instance id is a running, license-included instance unless marked missing.</summary>
    public static void CheckInstance(StateData state, string instanceId)
    {
        if (!InstanceIdPattern().IsMatch(instanceId))
        {
            throw Invalid($"1 validation error detected: Value '{instanceId}' at 'InstanceId' failed to satisfy constraint: Member must be a valid EC2 instance id");
        }

        if (state.MissingInstances.Contains(instanceId))
        {
            throw NotFound($"Instance {instanceId} was not found.");
        }
    }

    /// <summary>The directory must have a settled registration (for <paramref name="product"/> when given): one still
    /// REGISTERING, failed or DEREGISTERING does not count.</summary>
    public static void CheckRegistered(StateData state, string directoryId, string? product = null)
    {
        if (!state.IdentityProviders.Any(p => p.DirectoryId == directoryId && p.Status == LmusStatus.Registered &&
                (product is null || p.Product == product)))
        {
            throw NotFound(product is null
                ? $"Identity provider {directoryId} is not registered."
                : $"Identity provider {directoryId} is not registered for product {product}.");
        }
    }

    /// <summary>The registration a request names by IdentityProviderArn, or by IdentityProvider and Product;
    /// null when none matches.</summary>
    public static IdentityProviderRecord? FindRegistration(OperationContext ctx)
    {
        var req = ctx.Request;
        if (req.Str("IdentityProviderArn") is { } arn)
        {
            return ctx.State.IdentityProviders.FirstOrDefault(p => p.Arn == arn);
        }

        if (req.Obj("IdentityProvider") is { } provider && req.Str("Product") is { } product)
        {
            var directoryId = DirectoryId(provider);
            return ctx.State.IdentityProviders.FirstOrDefault(p => p.DirectoryId == directoryId && p.Product == product);
        }

        throw Invalid("Either IdentityProviderArn or both IdentityProvider and Product must be given.");
    }

    [GeneratedRegex("^i-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex InstanceIdPattern();
}
