using AwsIdentity.Provider.Config;
using AwsIdentity.Provider.Model;
using AwsIdentity.Provider.Values;

namespace AwsIdentity.Provider.Resources.Eks;

/// <summary>awsidentity:eks:IdentityProviderConfig.</summary>
public sealed class IdentityProviderConfigHandler(ProviderContext provider)
    : ResourceHandler<IdentityProviderConfigArgs, IdentityProviderConfigState>(provider)
{
    public override string Token => IdentityProviderConfigState.Token;
    protected override RecordShape<IdentityProviderConfigArgs> ArgsShape => IdentityProviderConfigArgs.Shape;
    protected override RecordShape<IdentityProviderConfigState> StateShape => IdentityProviderConfigState.Shape;

    public override string Documentation => """

        A cluster holds one OIDC identity provider config, so a replacement always deletes the old config before
        it creates the new one. Association and disassociation run as EKS cluster updates; the provider waits for
        them (40 minutes by default, `customTimeouts` to change) and retries while the cluster is busy.

        ## Import

        ```sh
        pulumi import awsidentity:eks:IdentityProviderConfig example my-cluster:my-oidc-config
        ```
        """;

    // One OIDC config per cluster (EKS user guide): the new one can only be associated once the old is gone.
    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => true;
}
