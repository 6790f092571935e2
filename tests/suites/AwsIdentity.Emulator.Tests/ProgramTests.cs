using System.Diagnostics;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Command_line_maps_onto_options()
    {
        var options = CommandLine.Parse(["--port", "0", "--transition-ms", "150", "--state", "s.json", "--seed", "7",
            "--access-key", "K", "--secret-key", "S"]);
        Assert.Equal(TimeSpan.FromMilliseconds(150), options.Transition);
        Assert.Equal(("s.json", 7, "K", "S"), (options.StateFile, options.Seed, options.AccessKey, options.SecretKey));
        Assert.Throws<FormatException>(() => CommandLine.Parse([]));
        Assert.Throws<FormatException>(() => CommandLine.Parse(["--port", "x"]));
        Assert.Throws<FormatException>(() => CommandLine.Parse(["--port", "1", "--bogus"]));
    }

    [Fact]
    public async Task Binary_prints_its_address_and_exits_cleanly_on_sigterm()
    {
        var dll = typeof(EmulatorServer).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--port", "0", "--secret-key", "hunter2-secret" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(Timeouts.Token());
        var line = await process.StandardOutput.ReadLineAsync(Timeouts.Token());
        Assert.Matches(@"^listening on http://127\.0\.0\.1:\d+$", line);
        using var http = new HttpClient();
        var stats = await http.GetStringAsync(new Uri(line!["listening on ".Length..] + "/_emulator/stats"), Timeouts.Token());
        Assert.Contains("\"total\":0", stats);

        Assert.Equal(0, (await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])).ExitCode);
        await process.WaitForExitAsync(Timeouts.Token());
        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("hunter2", await stderr + await process.StandardOutput.ReadToEndAsync(Timeouts.Token()));
    }
}
