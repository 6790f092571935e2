using System.Runtime.InteropServices;
using AwsIdentity.Emulator;

EmulatorOptions options;
try
{
    options = CommandLine.Parse(args);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"{e.Message}\n{CommandLine.Usage}");
    return 2;
}

using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

await using var server = await EmulatorServer.StartAsync(options, stop.Token);
Console.Out.WriteLine($"listening on {server.Endpoint.ToString().TrimEnd('/')}");
Console.Out.Flush();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // SIGINT or SIGTERM: fall through to a clean shutdown.
}

return 0;
