using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.Eks.Inputs;
using Pulumi;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// A required input left unset: the SDK (Pulumi's InputArgs) refuses to serialize the args, the run fails with
/// an error naming the C# member, and the engine never hears of the resource.
/// </summary>
public sealed class RequiredInputTests
{
    public static TheoryData<string, string> RequiredInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var token in SdkResources.Tokens)
            foreach (var name in Repo.Names(Repo.Resource(token), "requiredInputs")) data.Add(token, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredInputs))]
    public async Task MissingRequiredInput_FailsTheRun_BeforeTheEngineSeesIt(string token, string input)
    {
        var args = SdkResources.Args(token);
        Assert.Contains(InputMembers.Of(args.GetType()), m => m.Name == input && m.Required);
        InputMembers.Clear(args, input);
        var mocks = new SdkMocks();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiRun.RunAsync(mocks.Object, () => { SdkResources.Create("r", args); }));

        Assert.IsType<RunException>(error);
        Assert.Contains($"[Input] {args.GetType().FullName}.", error.Message);
        Assert.Contains(" is required but was not given a value", error.Message);
        Assert.Equal(0, mocks.Count(token));
    }

    [Fact]
    public async Task MissingNestedRequiredInput_NamesTheNestedArgsClass()
    {
        var args = FullArgs.Oidc();
        args.Oidc = new OidcIdentityProviderConfigArgs { IdentityProviderConfigName = "corp-sso", ClientId = "kubernetes" };
        var mocks = new SdkMocks();

        var error = await Assert.ThrowsAsync<RunException>(() => PulumiRun.RunAsync(mocks.Object, () => new IdentityProviderConfig("r", args)));

        Assert.Contains("[Input] AwsIdentity.Pulumi.Eks.Inputs.OidcIdentityProviderConfigArgs.IssuerUrl is required but was not given a value", error.Message);
        Assert.Equal(0, mocks.Count(SdkMocks.OidcToken));
    }
}
