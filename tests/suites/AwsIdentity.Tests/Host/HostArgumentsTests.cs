using AwsIdentity.Provider.Host;

namespace AwsIdentity.Tests.Host;

public sealed class HostArgumentsTests
{
    [Fact]
    public void Parse_EngineCommandLine_ReadsFlagsAndAddress()
    {
        var args = HostArguments.Parse(["--logtostderr", "-v=9", "--tracing", "x", "127.0.0.1:12345"]);
        Assert.True(args.LogToStderr);
        Assert.Equal(9, args.Verbosity);
        Assert.Equal("x", args.Tracing);
        Assert.Equal("127.0.0.1:12345", args.EngineAddress);
        Assert.False(args.AttachMode);
    }

    [Fact]
    public void Parse_NoArguments_AttachMode()
    {
        var args = HostArguments.Parse([]);
        Assert.True(args.AttachMode);
        Assert.Null(args.EngineAddress);
        Assert.False(args.LogToStderr);
        Assert.Equal(0, args.Verbosity);
    }

    [Fact]
    public void Parse_FlagsOnly_AttachMode()
    {
        var args = HostArguments.Parse(["--logtostderr", "-v=3", "--tracing=http://t"]);
        Assert.True(args.AttachMode);
        Assert.Equal("http://t", args.Tracing);
        Assert.Equal(3, args.Verbosity);
    }

    [Fact]
    public void Parse_UnknownFlags_Ignored()
    {
        var args = HostArguments.Parse(["--some-new-flag", "-v=bad", "localhost:1"]);
        Assert.Equal("localhost:1", args.EngineAddress);
        Assert.Equal(0, args.Verbosity);
    }

    [Fact]
    public void Parse_TracingWithoutValue_NotTakenAsAddress()
    {
        var args = HostArguments.Parse(["--tracing"]);
        Assert.True(args.AttachMode);
    }
}
