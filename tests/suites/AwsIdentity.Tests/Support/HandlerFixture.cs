using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Config;
using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Waiting;
using Microsoft.Extensions.Time.Testing;
using Moq;
using AwsIdentity.Core.Operations;

namespace AwsIdentity.Tests.Support;

/// <summary>
/// Handlers wired to strict AWS mocks, a recording engine log and fake time. Waits poll every millisecond of fake
/// time and retries back off from 1 ms, so a wait of minutes runs in microseconds when driven by <see cref="Drive{T}"/>.
/// </summary>
internal sealed class HandlerFixture
{
    public const string Urn = "urn:pulumi:dev::proj::awsidentity:test:Resource::example";

    /// <summary>The owner marker of the resource under test, where a test gives creates one (CreateRequest.Owner).</summary>
    public const string Owner = "marker-of-this-resource";

    public static readonly PollSchedule FastSchedule = new()
    {
        FirstDelay = TimeSpan.FromMilliseconds(1),
        MinInterval = TimeSpan.FromMilliseconds(1),
        MaxInterval = TimeSpan.FromMilliseconds(1),
        Jitter = 0,
    };

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    public Mock<IAwsClients> Clients { get; } = new(MockBehavior.Strict);
    public Mock<IAmazonEKS> Eks { get; } = new(MockBehavior.Strict);
    public Mock<IAmazonLicenseManagerUserSubscriptions> Lmus { get; } = new(MockBehavior.Strict);
    public Mock<IOperationLog> Log { get; } = new();
    public List<(OperationLogLevel Severity, string Message, string? Urn, bool Ephemeral)> Lines { get; } = [];
    public ProviderContext Provider { get; } = new();
    public ResourceServices Services { get; }
    public AssociationLookup Lookup { get; }

    public HandlerFixture(IReadOnlyDictionary<string, string>? defaultTags = null)
    {
        Provider.Configure(new ProviderConfig { DefaultTags = defaultTags is null ? null : new DefaultTagsConfig { Tags = defaultTags } });
        Clients.Setup(c => c.Eks).Returns(Eks.Object);
        Clients.Setup(c => c.Lmus).Returns(Lmus.Object);
        Log.Setup(l => l.LogAsync(It.IsAny<OperationLogLevel>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .Callback((OperationLogLevel s, string m, string? u, bool e, CancellationToken _) => { lock (Lines) Lines.Add((s, m, u, e)); })
            .Returns(Task.CompletedTask);
        Services = new ResourceServices(Clients.Object, Time, Log.Object)
        {
            Waiter = new Waiter(Time, Log.Object, FastSchedule),
            Retrier = new Retrier(Time, Log.Object, new FixedRandom(0.999))
            {
                FirstDelay = TimeSpan.FromMilliseconds(1),
                MaxDelay = TimeSpan.FromMilliseconds(4),
            },
        };
        Lookup = new AssociationLookup(Time);
    }

    public IdentityProviderConfigHandler EksHandler() => new(Provider, Services);

    public UserAssociationHandler UserHandler() => new(Provider, Services, Lookup);

    /// <summary>Runs an operation, moving fake time on a millisecond at a time until it finishes (see <see cref="FakeTimeSteps"/>).</summary>
    public async Task<T> Drive<T>(Func<Task<T>> operation, Action<int>? onStep = null, int maxSteps = 200_000)
    {
        Task<T> task = null!;
        // The mocks answer synchronously, so each step runs the operation on to its next delay (see FakeTimeSteps).
        FakeTimeSteps.Inline(() =>
        {
            task = operation();
            for (var step = 0; !task.IsCompleted && step < maxSteps; step++)
            {
                onStep?.Invoke(step);
                Time.Advance(TimeSpan.FromMilliseconds(1));
            }
        });
        // What a cancelled token completes runs on the thread pool rather than inline: give it a moment of real time.
        if (!task.IsCompleted) await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(task.IsCompleted, $"the operation did not finish within {maxSteps} ms of fake time");
        return await task;
    }

    public Task Drive(Func<Task> operation, Action<int>? onStep = null, int maxSteps = 200_000) =>
        Drive(async () => { await operation(); return true; }, onStep, maxSteps);

    public IEnumerable<string> Messages(bool ephemeral)
    {
        lock (Lines) return Lines.Where(l => l.Ephemeral == ephemeral).Select(l => l.Message).ToList();
    }
}
