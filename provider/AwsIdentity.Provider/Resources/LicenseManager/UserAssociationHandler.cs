using AwsIdentity.Provider.Config;
using AwsIdentity.Provider.Model;
using AwsIdentity.Provider.Values;

namespace AwsIdentity.Provider.Resources.LicenseManager;

/// <summary>awsidentity:licensemanager:UserAssociation.</summary>
public sealed class UserAssociationHandler(ProviderContext provider)
    : ResourceHandler<UserAssociationArgs, UserAssociationState>(provider)
{
    public override string Token => UserAssociationState.Token;
    protected override RecordShape<UserAssociationArgs> ArgsShape => UserAssociationArgs.Shape;
    protected override RecordShape<UserAssociationState> StateShape => UserAssociationState.Shape;

    public override string Documentation => """

        Everything but `tags` replaces the association. AssociateUser is asynchronous; the provider waits until
        the association is ASSOCIATED (20 minutes by default, `customTimeouts` to change).

        ## Import

        The id is `<instanceId>:<directoryId>:<username>`, or `<instanceId>:<directoryId>:<username>:<domain>`:

        ```sh
        pulumi import awsidentity:licensemanager:UserAssociation example i-0123456789abcdef0:d-1234567890:alice:corp.example.com
        ```
        """;

    // The same user on the same instance and directory cannot be associated twice: such a replacement must
    // disassociate first. Any other replacement can create the new association before removing the old one.
    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) =>
        SameIdentity(olds, news);

    private static bool SameIdentity(ObjectValue a, ObjectValue b) =>
        Eq(a, b, "username") && Eq(a, b, "instanceId") && Eq(a, b, "domain") &&
        Equals(a.Reveal().At(DirectoryPath), b.Reveal().At(DirectoryPath));

    private static bool Eq(ObjectValue a, ObjectValue b, string key) => Equals(a[key]?.Reveal(), b[key]?.Reveal());

    private static readonly PropertyPath DirectoryPath =
        PropertyPath.Of("identityProvider").Key("activeDirectoryIdentityProvider").Key("directoryId");
}
