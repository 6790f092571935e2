using System.Text.Json.Nodes;

namespace AwsIdentity.Harness;

/// <summary>The emulator's control endpoints for LMUS registrations and product subscriptions
/// (tools/AwsIdentity.Emulator/README.md, "Control API").</summary>
public static class RegistrationControl
{
    /// <summary>The next RegisterIdentityProvider ends, one transition later, FAILED with this FailureMessage.</summary>
    public static Task FailNextRegistrationAsync(this EmulatorControl control, string failureMessage) =>
        control.PostAsync("lmus/fail-next-registration", new JsonObject { ["failureMessage"] = failureMessage });

    /// <summary>The next StartProductSubscription ends, one transition later, FAILED with this StatusMessage.</summary>
    public static Task FailNextSubscriptionAsync(this EmulatorControl control, string statusMessage) =>
        control.PostAsync("lmus/fail-next-subscription", new JsonObject { ["statusMessage"] = statusMessage });

    /// <summary>Drift of a registration: its subnets and/or security group replaced, or its status set.</summary>
    public static Task UpdateRegistrationAsync(this EmulatorControl control, string directoryId, string product, Action<JsonObject> edit) =>
        control.PostAsync("lmus/update-identity-provider", new JsonObject { ["directoryId"] = directoryId, ["product"] = product }.With(edit));

    /// <summary>The registration (and its tags) is gone at once.</summary>
    public static Task DeleteRegistrationAsync(this EmulatorControl control, string directoryId, string product) =>
        control.PostAsync("lmus/delete-identity-provider", new JsonObject { ["directoryId"] = directoryId, ["product"] = product });

    /// <summary>A subscription dropped ("remove") or stopped and still listed ("stop"), by its ARN.</summary>
    public static Task DeleteSubscriptionAsync(this EmulatorControl control, string productUserArn, string mode) =>
        control.PostAsync("lmus/delete-subscription", new JsonObject { ["productUserArn"] = productUserArn, ["mode"] = mode });

    /// <summary>A SUBSCRIBED subscription made outside any stack (no ownership marker).</summary>
    public static Task SeedSubscriptionAsync(this EmulatorControl control, string directoryId, string product, string username, string? domain) =>
        control.PostAsync("lmus/subscriptions", new JsonObject
        {
            ["directoryId"] = directoryId, ["product"] = product, ["username"] = username, ["domain"] = domain,
        });
}
