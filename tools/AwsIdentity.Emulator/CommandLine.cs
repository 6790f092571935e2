using System.Globalization;

namespace AwsIdentity.Emulator;

/// <summary>Parses <c>--port N [--transition-ms MS] [--state FILE] [--seed S] [--access-key K --secret-key S]</c>.</summary>
public static class CommandLine
{
    public const string Usage =
        "usage: awsidentity-emulator --port N [--transition-ms MS] [--state FILE] [--seed S] [--access-key K --secret-key S]";

    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var sawPort = false;
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{flag} needs a value");
            options = flag switch
            {
                "--port" => options with { Port = Int(Value(), flag, 0, 65535) },
                "--transition-ms" => options with { Transition = TimeSpan.FromMilliseconds(Int(Value(), flag, 0, int.MaxValue)) },
                "--state" => options with { StateFile = Value() },
                "--seed" => options with { Seed = Int(Value(), flag, int.MinValue, int.MaxValue) },
                "--access-key" => options with { AccessKey = Value() },
                "--secret-key" => options with { SecretKey = Value() },
                _ => throw new FormatException($"unknown argument: {flag}"),
            };
            sawPort |= flag == "--port";
        }

        return sawPort ? options : throw new FormatException("--port is required");
    }

    private static int Int(string text, string flag, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{flag}: not a valid number: {text}");
}
