namespace AwsIdentity.Emulator;

/// <summary>How to run the emulator (the command line maps onto these).</summary>
public sealed record EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>How long asynchronous operations (cluster creation, updates, associations) stay in progress.</summary>
    public TimeSpan Transition { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A file the whole state is persisted to (and restored from) when set.</summary>
    public string? StateFile { get; init; }

    /// <summary>Seed of the random fault generator.</summary>
    public int Seed { get; init; } = 1;

    public string AccessKey { get; init; } = "test";

    public string SecretKey { get; init; } = "test";

    /// <summary>The clock all transitions and rate limits read (tests pass a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Largest accepted request body.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;
}
