using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>Runs a program under Pulumi's own Deployment.TestAsync (an update, not a preview) and reads outputs.</summary>
internal static class PulumiRun
{
    public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> RunAsync(
        IMocks mocks, Func<IDictionary<string, object?>> program) =>
        Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, ProjectName = "sdk-tests", StackName = "test" }, program);

    public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> RunAsync(IMocks mocks, Action program) =>
        RunAsync(mocks, () =>
        {
            program();
            return new Dictionary<string, object?>();
        });

    /// <summary>Runs a program that makes one resource; returns it with the mocks that saw it.</summary>
    public static async Task<(T Resource, SdkMocks Mocks)> OneAsync<T>(Func<T> create) where T : Resource
    {
        var mocks = new SdkMocks();
        T? resource = null;
        await RunAsync(mocks.Object, () => { resource = create(); });
        return (resource!, mocks);
    }

    /// <summary>The value of a known output (the mocks answer every value, so an unknown one is a failure).</summary>
    public static async Task<T> ValueAsync<T>(Output<T> output)
    {
        var value = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        output.Apply(v =>
        {
            value.TrySetResult(v);
            return v;
        });
        return await value.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
