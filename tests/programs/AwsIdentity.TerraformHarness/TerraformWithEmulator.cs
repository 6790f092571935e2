using AwsIdentity.Harness;

namespace AwsIdentity.TerraformHarness;

/// <summary>
/// A workspace whose AWS endpoints are a fresh emulator (bin/awsidentity-emulator, `make emulator`), with what the
/// Terraform tests check after each step: what lives in the emulator, and whether the state and the emulator agree
/// (EmulatorInventory: nothing orphaned, nothing lost). The emulator's control API makes the drift and faults
/// (tools/AwsIdentity.Emulator/README.md).
/// </summary>
public sealed class TerraformWithEmulator : IAsyncDisposable
{
    /// <summary>Our resource types as terraform names them.</summary>
    public const string EksType = "awsidentity_eks_identity_provider_config";
    public const string LmusType = "awsidentity_licensemanager_user_association";
    public const string RegistrationType = "awsidentity_licensemanager_identity_provider_registration";
    public const string SubscriptionType = "awsidentity_licensemanager_product_subscription";

    /// <summary>Each Terraform type's Pulumi token, the type EmulatorInventory.Compare takes (registrations
    /// `directory:product`, subscriptions `directory:product:user[:domain]`, the ids the state holds too).</summary>
    private static readonly Dictionary<string, string> Tokens = new(StringComparer.Ordinal)
    {
        [EksType] = Values.Eks, [LmusType] = Values.Lmus, [RegistrationType] = Values.Registration, [SubscriptionType] = Values.Subscription,
    };

    private TerraformWithEmulator(EmulatorProcess emulator, TerraformWorkspace workspace) => (Emulator, Workspace) = (emulator, workspace);

    public EmulatorProcess Emulator { get; }
    public TerraformWorkspace Workspace { get; }
    public EmulatorControl Control => Emulator.Control;

    /// <param name="options">the workspace's; its EmulatorUrl is replaced by the emulator's</param>
    /// <param name="transitionMs">how long the emulator's AWS changes take (clusters, updates, associations)</param>
    public static async Task<TerraformWithEmulator> StartAsync(TerraformWorkspaceOptions? options = null, int transitionMs = 100, int seed = 1)
    {
        var emulator = await EmulatorProcess.StartAsync(transitionMs, seed);
        try
        {
            return new TerraformWithEmulator(emulator, TerraformWorkspace.Create((options ?? new()) with { EmulatorUrl = emulator.Url }));
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    public Task<EmulatorInventory> InventoryAsync() => EmulatorInventory.ReadAsync(Control);

    /// <summary>The state's instances of our types against what lives in the emulator; the state's `id` attribute
    /// has the same forms as the inventory's keys (`cluster:name`, `instance:directory:user[:domain]`, …).</summary>
    public async Task<EmulatorInventory.Audit> AuditAsync()
    {
        var state = await Workspace.StatePullAsync();
        var recorded = state.Instances
            .Where(i => Tokens.ContainsKey(i.Type))
            .Select(i => (Tokens[i.Type], (string?)i.Attributes["id"] ?? ""));
        return (await InventoryAsync()).Compare(recorded);
    }

    public async ValueTask DisposeAsync()
    {
        Workspace.Dispose();
        await Emulator.DisposeAsync();
    }
}
