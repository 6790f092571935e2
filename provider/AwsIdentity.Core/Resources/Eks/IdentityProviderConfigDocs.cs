namespace AwsIdentity.Core.Resources.Eks;

internal static class IdentityProviderConfigDocs
{
    public const string Text = """

        A cluster holds one OIDC identity provider config, so a replacement always deletes the old config before
        it creates the new one. Association and disassociation run as EKS cluster updates; the provider waits for
        them (40 minutes by default, `customTimeouts` to change), shows their progress, and retries while the
        cluster is busy with another update or EKS throttles. The provider tags what it creates with
        `awsidentity:owner` and takes over only its own config; `tags` may hold 49 tags.

        ## Import

        ```sh
        pulumi import awsidentity:eks:IdentityProviderConfig example my-cluster:my-oidc-config
        ```
        """;
}
