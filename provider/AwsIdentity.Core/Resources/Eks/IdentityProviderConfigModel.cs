using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>awsidentity:eks:IdentityProviderConfig as every schema and document describes it.</summary>
public static class IdentityProviderConfigModel
{
    public static readonly ResourceModel Resource = new()
    {
        Inputs = IdentityProviderConfigArgs.Shape,
        Outputs = IdentityProviderConfigState.Shape,
        // terraform-provider-aws's create and delete timeout; associations have been seen taking ~24 minutes. An
        // update waits as long: it may finish an interrupted create.
        DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(40)),
        // The id terraform-provider-aws uses too.
        Id = new ImportId([new("clusterName"), new("identityProviderConfigName")], "my-cluster:corp-sso"),
        // One Markdown paragraph; its line breaks are soft, kept short for the SDKs' doc comments.
        Notes = $"""
            A cluster holds one OIDC identity provider config, so a replacement always deletes the old config before
            it creates the new one. Association and disassociation run as EKS cluster updates; the provider waits for
            them, shows their progress, and retries while the cluster is busy with another update or EKS throttles.
            The provider tags what it creates with `{Rules.OwnerTagKey}` and takes over only its own config; `tags`
            may hold {CommonKinds.MaxTags} tags.
            """,
    };
}
