namespace AwsIdentity.Aws.Tests.Support;

/// <summary>
/// Base of the tests that talk to a <see cref="StubAwsServer"/>: a clean AWS environment (set up first,
/// restored last) and one stub server per test.
/// </summary>
public abstract class StubServerTest : IDisposable
{
    protected StubServerTest(params (string Name, string? Value)[] variables)
    {
        Env = new EnvironmentScope(variables);
        Stub = new StubAwsServer();
    }

    protected EnvironmentScope Env { get; }

    protected StubAwsServer Stub { get; }

    public void Dispose()
    {
        Stub.Dispose();
        Env.Dispose();
        GC.SuppressFinalize(this);
    }
}
