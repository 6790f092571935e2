namespace AwsIdentity.Core.Resources.LicenseManager;

internal static class UserAssociationDocs
{
    public const string Text = """

        Everything but `tags` replaces the association, and a replacement always removes the old association
        first (AWS allows one per user and instance). User and domain names ignore case: a change of case alone is
        no change. The provider tags what it creates with `awsidentity:owner` and takes over only its own
        association; `tags` may hold 49 tags. AssociateUser is
        asynchronous: the provider waits until the association is ASSOCIATED (20 minutes by default,
        `customTimeouts` to change) and retries while another change of it is in flight or AWS throttles.

        ## Import

        The id is `<instanceId>:<directoryId>:<username>`, or `<instanceId>:<directoryId>:<username>:<domain>`:

        ```sh
        pulumi import awsidentity:licensemanager:UserAssociation example i-0123456789abcdef0:d-1234567890:alice:corp.example.com
        ```
        """;
}
