using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;
using static AwsIdentity.Tests.Support.Validation;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class UserAssociationValidationTests
{
    private static readonly RecordShape<UserAssociationArgs> Shape = UserAssociationArgs.Shape;
    private const string Ad = "identityProvider.activeDirectoryIdentityProvider";
    private const string Settings = Ad + ".activeDirectorySettings";

    private static ObjectValue With(string path, PropertyValue? value)
    {
        Assert.True(PropertyPathParser.TryParse(path, out var parsed));
        return (ObjectValue)Samples.UserInputs().WithValueAt(parsed, value);
    }

    [Fact]
    public void Check_CompleteSample_Passes() => Assert.Empty(Check(Shape, Samples.UserInputs()));

    [Fact]
    public void Check_MinimalInputs_Pass()
    {
        var provider = Obj(("activeDirectoryIdentityProvider", Obj(("directoryId", S("d-1234567890")))));
        Assert.Empty(Check(Shape, Obj(("username", S("a")), ("instanceId", S("i-0123abcd")), ("identityProvider", provider))));
    }

    [Theory]
    [InlineData(256, true)]
    [InlineData(257, false)]
    [InlineData(0, false)]
    public void Check_UsernameLength_1To256(int length, bool valid) =>
        Assert.Equal(valid, Check(Shape, With("username", S(new string('u', length)))).Count == 0);

    [Fact]
    public void Check_UsernameWithColon_Fails() =>
        Assert.Contains("':'", SingleAt(Shape, With("username", S("corp:alice")), "username").Reason);

    [Theory]
    [InlineData("i-0123abcd")]
    [InlineData("i-0123456789abcdef0")]
    public void Check_InstanceId_Passes(string id) => Assert.Empty(Check(Shape, With("instanceId", S(id))));

    [Theory]
    [InlineData("i-0123ABCD")]
    [InlineData("i-0123abc")]
    [InlineData("i-0123456789abcdef")]
    [InlineData("i-0123456789abcdef01")]
    [InlineData("i-0123abcg")]
    [InlineData("x-0123abcd")]
    [InlineData("0123abcdef")]
    public void Check_BadInstanceId_Fails(string id) => SingleAt(Shape, With("instanceId", S(id)), "instanceId");

    [Theory]
    [InlineData("d-1234567890", true)]
    [InlineData("sd-abcdef0123", true)]
    [InlineData("d-123456789", false)]
    [InlineData("d-12345678901", false)]
    [InlineData("d-ABCDEF0123", false)]
    [InlineData("x-1234567890", false)]
    [InlineData("d-123456789g", false)]
    public void Check_DirectoryId_DOrSdAndTenHex(string id, bool valid) =>
        Assert.Equal(valid, Check(Shape, With(Ad + ".directoryId", S(id))).Count == 0);

    [Theory]
    [InlineData("SELF_MANAGED", true)]
    [InlineData("AWS_MANAGED", true)]
    [InlineData("self_managed", false)]
    [InlineData("MANAGED", false)]
    public void Check_ActiveDirectoryType_Enum(string type, bool valid) =>
        Assert.Equal(valid, Check(Shape, With(Ad + ".activeDirectoryType", S(type))).Count == 0);

    [Theory]
    [InlineData("10.0.0.10", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("256.0.0.1", false)]
    [InlineData("10.0.0", false)]
    [InlineData("10", false)]
    [InlineData("0x0A000001", false)]
    [InlineData("2001:db8::10", false)]
    [InlineData("dc1.corp", false)]
    public void Check_Ipv4ListItem_MustBeDottedQuad(string address, bool valid)
    {
        var failures = Check(Shape, With(Settings + ".domainIpv4List", Strings("10.0.0.1", address)));
        if (valid) Assert.Empty(failures);
        else Assert.Equal($"{Settings}.domainIpv4List[1]", Assert.Single(failures).Path.ToString());
    }

    [Theory]
    [InlineData("2001:db8::10", true)]
    [InlineData("::1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("fe80::1%eth0", false)]
    [InlineData("2001:db8::g", false)]
    public void Check_Ipv6ListItem_MustBeIpv6(string address, bool valid)
    {
        var failures = Check(Shape, With(Settings + ".domainIpv6List", Strings(address)));
        if (valid) Assert.Empty(failures);
        else Assert.Equal($"{Settings}.domainIpv6List[0]", Assert.Single(failures).Path.ToString());
    }

    [Theory]
    [InlineData("domainIpv4List")]
    [InlineData("domainIpv6List")]
    public void Check_AddressListSizes_OneOrTwo(string list)
    {
        var item = list == "domainIpv4List" ? "10.0.0.1" : "2001:db8::1";
        Assert.Contains("one or two", SingleAt(Shape, With($"{Settings}.{list}", Arr()), $"{Settings}.{list}").Reason);
        Assert.Contains("at most 2", SingleAt(Shape, With($"{Settings}.{list}", Strings(item, item, item)), $"{Settings}.{list}").Reason);
    }

    [Theory]
    [InlineData("subnet-0123abcd", true)]
    [InlineData("subnet-0123456789abcdef0", true)]
    [InlineData("subnet-0123abc", false)]
    [InlineData("subnet-0123456789abcdef01", false)]
    [InlineData("subnet-0123ABCD", false)]
    [InlineData("sn-0123abcd", false)]
    public void Check_Subnet_Pattern(string subnet, bool valid)
    {
        var failures = Check(Shape, With(Settings + ".domainNetworkSettings.subnets", Strings(subnet)));
        if (valid) Assert.Empty(failures);
        else Assert.Equal($"{Settings}.domainNetworkSettings.subnets[0]", Assert.Single(failures).Path.ToString());
    }

    [Fact]
    public void Check_SubnetsEmptyOrMissing_Fails()
    {
        Assert.Contains("at least one", SingleAt(Shape, With(Settings + ".domainNetworkSettings.subnets", Arr()),
            Settings + ".domainNetworkSettings.subnets").Reason);
        Assert.Contains("missing required", SingleAt(Shape, With(Settings + ".domainNetworkSettings.subnets", null),
            Settings + ".domainNetworkSettings.subnets").Reason);
    }

    [Theory]
    [InlineData("corp.example.com", true)]
    [InlineData("corp.example.com.", true)]
    [InlineData("CORP", true)]
    [InlineData("a-b.c1", true)]
    [InlineData("-corp.example.com", false)]
    [InlineData("corp-.example.com", false)]
    [InlineData("corp..example.com", false)]
    [InlineData("under_score.com", false)]
    [InlineData("ex ample.com", false)]
    [InlineData("", false)]
    [InlineData(".", false)]
    public void Check_DomainNames_DnsRules(string name, bool valid)
    {
        Assert.Equal(valid, Check(Shape, With("domain", S(name))).Count == 0);
        Assert.Equal(valid, Check(Shape, With(Settings + ".domainName", S(name))).Count == 0);
    }

    [Fact]
    public void Check_DomainNameLengthLimits_LabelAndTotal()
    {
        Assert.Empty(Check(Shape, With("domain", S(new string('a', 63) + ".com"))));
        SingleAt(Shape, With("domain", S(new string('a', 64) + ".com")), "domain");
        var label = new string('a', 49);
        Assert.Empty(Check(Shape, With("domain", S(string.Join('.', Enumerable.Repeat(label, 5)) + ".abc"))));
        SingleAt(Shape, With("domain", S(string.Join('.', Enumerable.Repeat(label, 5)) + ".abcd")), "domain");
    }

    [Fact]
    public void Check_IdentityProviderWithoutActiveDirectory_FailsMissing() =>
        Assert.Contains("missing required", SingleAt(Shape, With("identityProvider", ObjectValue.Empty),
            "identityProvider.activeDirectoryIdentityProvider").Reason);

    [Fact]
    public void Check_IsSharedAsString_Passes() =>
        Assert.Empty(Check(Shape, With(Ad + ".isSharedActiveDirectory", S("true"))));
}
