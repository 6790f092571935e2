using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Values;

public sealed class JsonValuesTests
{
    [Fact]
    public void TryParse_NestedJson_GivesValues()
    {
        Assert.True(JsonValues.TryParse("""{"a":[1,true,null,"s"],"b":{"c":-2.5e3},"u":"04da6b54-80e4-46f7-96ec-b56ff0331ba9"}""", out var value));
        Assert.Equal(Obj(("a", Arr(N(1), B(true), Null, S("s"))), ("b", Obj(("c", N(-2500)))), ("u", Unknown)), value);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{'a':1}")]
    [InlineData("[1,]")]
    [InlineData("")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(JsonValues.TryParse(text, out _));
}
