using System.Text.Json;
using Pulumi;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// Secrecy is decided by the SDK before anything is serialized, and Pulumi's mocks hand inputs over unwrapped and
/// ignore additionalSecretOutputs. So these tests read what the generated classes hand to Pulumi's Resource
/// constructor, through a resource transformation (which Pulumi calls with the args and the merged options): which
/// [Input] values are secret Outputs, and the AdditionalSecretOutputs list, against the schema's `secret: true`.
/// </summary>
public sealed class SecretTests
{
    public static TheoryData<string> Resources()
    {
        var data = new TheoryData<string> { SdkMocks.ProviderToken };
        foreach (var token in SdkResources.Tokens) data.Add(token);
        return data;
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task SecretInputs_AreExactlyTheSchemasSecretInputs(string token)
    {
        var (args, _) = await CaptureAsync(token);
        var secret = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in InputMembers.Of(args.GetType()))
            if (InputMembers.Get(args, member.Name) is { } value && await IsSecretAsync(value)) secret.Add(member.Name);
        Assert.Equal(Repo.SecretNames(InputProperties(token)), secret);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task AdditionalSecretOutputs_AreTheSchemasSecretProperties(string token)
    {
        var (_, options) = await CaptureAsync(token);
        // The provider's state is its inputs (the schema declares no provider outputs), so its secret inputs are
        // the outputs to keep secret; a resource's are its secret output properties.
        var expected = token == SdkMocks.ProviderToken ? Repo.SecretNames(InputProperties(token)) : Repo.SecretNames(Repo.Resource(token).GetProperty("properties"));
        Assert.Equal(expected, new SortedSet<string>(options.AdditionalSecretOutputs, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Provider_HasSecretInputs_SoTheChecksAboveCanFail()
    {
        Assert.Equal(["accessKey", "secretKey", "token"], Repo.SecretNames(InputProperties(SdkMocks.ProviderToken)));
        Assert.False(await IsSecretAsync((Input<string>)"plain"));
        Assert.True(await IsSecretAsync((Input<string>)Output.CreateSecret("hidden")));
    }

    private static JsonElement InputProperties(string token) => token == SdkMocks.ProviderToken
        ? Repo.Schema.GetProperty("provider").GetProperty("inputProperties")
        : Repo.Resource(token).GetProperty("inputProperties");

    private static async Task<(ResourceArgs Args, CustomResourceOptions Options)> CaptureAsync(string token)
    {
        (ResourceArgs, CustomResourceOptions)? seen = null;
        var capture = new CustomResourceOptions
        {
            ResourceTransformations =
            {
                t =>
                {
                    seen = (t.Args, (CustomResourceOptions)t.Options);
                    return null;
                },
            },
        };
        await PulumiRun.RunAsync(new SdkMocks().Object, () => { SdkResources.Create("r", SdkResources.Args(token), capture); });
        return seen ?? throw new InvalidOperationException("the transformation did not run");
    }

    /// <summary>Output.IsSecretAsync for an Input&lt;T&gt; of any T (InputList/InputMap derive from Input&lt;…&gt;).</summary>
    private static Task<bool> IsSecretAsync(object input)
    {
        var type = input.GetType();
        while (!(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>))) type = type.BaseType!;
        var t = type.GetGenericArguments()[0];
        var output = typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!.MakeGenericMethod(t).Invoke(null, [input]);
        return (Task<bool>)typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!.MakeGenericMethod(t).Invoke(null, [output])!;
    }
}
