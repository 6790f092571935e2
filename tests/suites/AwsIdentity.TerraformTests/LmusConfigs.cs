using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// HCL of the License Manager chain the lifecycle tests share: a directory registered for a product, a user's product
/// subscription, the user's association. Values are HCL expressions: quoted literals (<see cref="Q"/>) or references
/// to another resource's attributes, which is how the chain orders itself (AWS License Manager user guide, "Get
/// started with user-based subscriptions": register, subscribe, associate).
/// </summary>
internal static class LmusConfigs
{
    public const string Registration = TerraformWithEmulator.RegistrationType;
    public const string Subscription = TerraformWithEmulator.SubscriptionType;
    public const string Product = "VISUAL_STUDIO_ENTERPRISE";
    public const string OtherProduct = "VISUAL_STUDIO_PROFESSIONAL";
    public const string Domain = "corp.example.com";

    public static string Q(string text) => Hcl.Quote(text);

    /// <summary>The path of a resource's directory id, for references to it.</summary>
    public static string DirectoryOf(string address) => $"{address}.identity_provider.active_directory_identity_provider.directory_id";

    private static string IdentityProvider(string directory) => $$"""
          identity_provider {
            active_directory_identity_provider {
              directory_id = {{directory}}
            }
          }
        """;

    /// <param name="settings">the `settings` attribute's value, e.g. `{ subnets = [...], security_group_id = "sg-…" }`; null leaves it out</param>
    /// <param name="body">more lines inside the block (tags, timeouts, lifecycle)</param>
    public static string RegistrationBlock(string label = "corp", string? directory = null, string? product = null, string? settings = null, string body = "") => $$"""
        resource "{{Registration}}" "{{label}}" {
          product = {{product ?? Q(Product)}}
        {{IdentityProvider(directory ?? Q(TfConfigs.Directory))}}
        {{(settings is null ? "" : $"  settings = {settings}\n")}}{{body}}}

        """;

    public static string SubscriptionBlock(string label = "alice", string? user = null, string? directory = null, string? product = null,
        string? domain = null, string body = "") => $$"""
        resource "{{Subscription}}" "{{label}}" {
          username = {{user ?? Q(label)}}
          product  = {{product ?? Q(Product)}}
        {{IdentityProvider(directory ?? Q(TfConfigs.Directory))}}
        {{(domain is null ? "" : $"  domain = {domain}\n")}}{{body}}}

        """;

    public static string AssociationBlock(string label, string user, string directory) => $$"""
        resource "{{TfConfigs.Lmus}}" "{{label}}" {
          username    = {{user}}
          instance_id = {{Q(TfConfigs.Instance)}}
        {{IdentityProvider(directory)}}
        }

        """;

    /// <summary>Registration "corp", subscription "alice" taking directory and product from it, association "alice"
    /// taking user and directory from the subscription: no depends_on is needed, every link is an attribute.</summary>
    public static string Chain(string registrationBody = "") =>
        RegistrationBlock(body: registrationBody)
        + SubscriptionBlock(directory: DirectoryOf($"{Registration}.corp"), product: $"{Registration}.corp.product")
        + AssociationBlock("alice", $"{Subscription}.alice.username", DirectoryOf($"{Subscription}.alice"));
}
