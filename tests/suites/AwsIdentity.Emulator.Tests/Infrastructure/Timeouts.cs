namespace AwsIdentity.Emulator.Tests.Infrastructure;

/// <summary>Cancellation for test I/O so a hung call fails the test instead of the run.</summary>
public static class Timeouts
{
    public static CancellationToken Token(int seconds = 30) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
