using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// Fuzz targets of the License Manager resources issue 14 adds: ProductSubscription (ids of three or four parts) and
/// IdentityProviderRegistration (settings optional and computed, subnets a set). Seeds cover secrets, unknowns, a
/// missing domain or settings, and repeated set members.
/// </summary>
internal static class LmusFuzzTargets
{
    private static readonly ObjectValue Directory = Obj(("activeDirectoryIdentityProvider", Obj(("directoryId", S("d-1234567890")))));

    public static FuzzTarget Subscription() => FuzzTargets.Resource("ProductSubscription", ProductSubscriptionArgs.Shape,
        (ctx, services) => new ProductSubscriptionHandler(ctx, services),
        v => ProductSubscriptionArgs.Shape.Decode(v),
        [
            SubscriptionInputs(),
            Obj(("username", S("u")), ("identityProvider", Directory), ("product", S("P"))),
            SubscriptionInputs().With("username", Secret(S("bob"))).With("identityProvider", Secret(Samples.IdentityProvider())),
            SubscriptionInputs().With("product", Unknown).With("domain", Unknown)
                .With("identityProvider", Obj(("activeDirectoryIdentityProvider", Obj(("directoryId", Unknown))))),
            SubscriptionInputs().With("tags", Obj(("k", Secret(S("v"))), ("x", Unknown))).Without("domain"),
        ]) with
    {
        IdRoundTrip = bag =>
        {
            var id = ProductSubscriptionId.Of(ProductSubscriptionArgs.Shape.Decode(bag)).ToString();
            return (id, ProductSubscriptionId.Parse(id).ToString());
        },
    };

    public static FuzzTarget Registration() => FuzzTargets.Resource("IdentityProviderRegistration", IdentityProviderRegistrationArgs.Shape,
        (ctx, services) => new IdentityProviderRegistrationHandler(ctx, services),
        v => IdentityProviderRegistrationArgs.Shape.Decode(v),
        [
            RegistrationInputs(),
            Obj(("identityProvider", Directory), ("product", S("P"))),
            RegistrationInputs().With("settings", Secret(Settings(S(SubnetA), S(SubnetB), S(SubnetA)))).With("tags", Secret(Map(("a", "b")))),
            RegistrationInputs().With("product", Unknown).With("settings", Settings(Unknown, S(SubnetA)).With("securityGroupId", Unknown)),
            RegistrationInputs().With("settings", Unknown).With("identityProvider", Secret(Directory)),
        ]) with
    {
        IdRoundTrip = bag =>
        {
            var id = IdentityProviderRegistrationId.Of(IdentityProviderRegistrationArgs.Shape.Decode(bag)).ToString();
            return (id, IdentityProviderRegistrationId.Parse(id).ToString());
        },
    };

    private const string SubnetA = "subnet-0a0a0a0a0a0a0a0a0", SubnetB = "subnet-0b0b0b0b";

    private static ObjectValue Settings(params PropertyValue[] subnets) =>
        Obj(("subnets", Arr(subnets)), ("securityGroupId", S("sg-0123456789abcdef0")));

    private static ObjectValue RegistrationInputs() => Obj(
        ("identityProvider", Samples.IdentityProvider()),
        ("product", S("VISUAL_STUDIO_ENTERPRISE")),
        ("settings", Settings(S(SubnetA), S(SubnetB))),
        ("tags", Map(("team", "desktops"))));

    private static ObjectValue SubscriptionInputs() => Obj(
        ("username", S("alice")),
        ("identityProvider", Samples.IdentityProvider()),
        ("product", S("VISUAL_STUDIO_ENTERPRISE")),
        ("domain", S("corp.example.com")),
        ("tags", Map(("team", "desktops"))));
}
