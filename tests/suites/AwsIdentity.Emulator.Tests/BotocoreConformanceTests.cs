using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

/// <summary>
/// Every operation through botocore's own serializer, parameter validation and parser, with each raw
/// response body checked strictly against the model's output and error shapes (conformance/botocore_conformance.py).
/// </summary>
public sealed class BotocoreConformanceTests
{
    [Fact]
    public async Task Every_operation_conforms_to_the_botocore_models()
    {
        await using var emu = await TestEmulator.StartAsync(new EmulatorOptions { Transition = TimeSpan.FromMilliseconds(100) }, realClock: true);
        var script = Path.Combine(AppContext.BaseDirectory, "conformance", "botocore_conformance.py");
        var result = await ProcessRunner.RunAsync("python3", [script, emu.Server.Endpoint.ToString().TrimEnd('/')], ProcessRunner.AwsEnv());
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        Assert.StartsWith("OK ", result.Stdout);
        Assert.Contains("27 operations", result.Stdout);
    }
}
