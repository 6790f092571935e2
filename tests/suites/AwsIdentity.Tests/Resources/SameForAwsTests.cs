using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

public sealed class SameForAwsTests
{
    private static readonly SameForAws CaseOfName = new() { IgnoreCase = [Path("oidc", "clientId")] };

    private static ObjectValue Oidc(params (string Key, PropertyValue Value)[] changes) =>
        Samples.EksInputs().With("oidc", changes.Aggregate(Samples.Oidc(), (o, c) => o.With(c.Key, c.Value)));

    [Fact]
    public void Same_IgnoresCaseOnlyAtItsPaths_AndNeverForUnknowns()
    {
        Assert.True(CaseOfName.Same(Path("oidc", "clientId"), S("Kube"), S("kube"), ObjectValue.Empty));
        Assert.False(CaseOfName.Same(Path("oidc", "issuerUrl"), S("https://A"), S("https://a"), ObjectValue.Empty));
        Assert.False(CaseOfName.Same(Path("oidc", "clientId"), S("kube"), Unknown, ObjectValue.Empty));
        Assert.True(CaseOfName.Same(Path("x"), Secret(S("v")), S("v"), ObjectValue.Empty));
        Assert.True(CaseOfName.Same(Path("x"), null, Arr(), ObjectValue.Empty)); // absent and empty mean the same
        Assert.False(SameForAws.Exact.Same(Path("x"), null, S("v"), ObjectValue.Empty));
    }

    [Fact]
    public void Keep_WritesWhatMeansTheSameInTheKeptForm_AndLeavesRealChanges()
    {
        var kept = Oidc(("clientId", S("Kube")));
        var fresh = Oidc(("clientId", S("kube")), ("groupsClaim", S("roles")));

        var result = CaseOfName.Keep(Handlers.Eks().Inputs, kept, fresh);

        Assert.Equal(S("Kube"), result.At(Path("oidc", "clientId")));
        Assert.Equal(S("roles"), result.At(Path("oidc", "groupsClaim")));
    }

    [Fact]
    public void Keep_ComparesMapsAndListsAsAWhole()
    {
        var kept = Oidc(("requiredClaims", Map(("hd", "example.com"), ("a", "1"))));
        var fresh = Oidc(("requiredClaims", Map(("hd", "example.com"))));
        Assert.Equal(fresh, SameForAws.Exact.Keep(Handlers.Eks().Inputs, kept, fresh));
    }

    [Fact]
    public void EksDefaults_UsernameClaimSubAndIssuerPrefix_MeanTheSameAsNone()
    {
        var shape = Handlers.Eks().Inputs;
        var program = Samples.EksInputs().With("oidc", Samples.Oidc().Without("usernameClaim").Without("usernamePrefix"));
        var issuer = ((StringValue)program.At(Path("oidc", "issuerUrl"))!).Value;
        var echoed = program.With("oidc", ((ObjectValue)program["oidc"]!).With("usernameClaim", S("sub")).With("usernamePrefix", S(issuer + "#")));

        Assert.Equal(program, IdentityProviderConfigMapping.Defaults.Keep(shape, program, echoed));
        var other = echoed.With("oidc", ((ObjectValue)echoed["oidc"]!).With("usernameClaim", S("email")));
        Assert.Equal(S("email"), IdentityProviderConfigMapping.Defaults.Keep(shape, program, other).At(Path("oidc", "usernameClaim")));
    }
}
