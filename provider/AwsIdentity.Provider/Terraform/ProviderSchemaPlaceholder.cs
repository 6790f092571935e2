using Google.Protobuf;
using ProtoSchema = Tfplugin6.Schema;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// The provider block terraform validates `provider "awsidentity" {}` against, written out by hand for the host's
/// first version. It is to be replaced by the Terraform schema writer that derives every schema from the core's
/// model (provider/AwsIdentity.Provider/Terraform/Schema); the attributes are the ones issue 13 names for the block.
/// </summary>
public static class ProviderSchemaPlaceholder
{
    public static ProtoSchema Provider() => new()
    {
        Version = 0,
        Block = new ProtoSchema.Types.Block
        {
            Description = "The AWS account, region and credentials the awsidentity resources use.",
            Attributes =
            {
                Optional("region", "\"string\"", "AWS region; else AWS_REGION, AWS_DEFAULT_REGION or the profile's."),
                Optional("profile", "\"string\"", "Shared config/credentials profile; else AWS_PROFILE."),
                Optional("access_key", "\"string\"", "AWS access key id; else the default credential chain."),
                Optional("secret_key", "\"string\"", "AWS secret access key.", sensitive: true),
                Optional("token", "\"string\"", "AWS session token.", sensitive: true),
                Optional("max_retries", "\"number\"", "How many times an AWS call is retried."),
                Optional("skip_credentials_validation", "\"bool\"", "Do not check the credentials when the provider is configured."),
            },
            BlockTypes =
            {
                Single("endpoints", "Endpoint overrides per service.",
                    Optional("eks", "\"string\"", "Endpoint URL for Amazon EKS."),
                    Optional("license_manager_user_subscriptions", "\"string\"", "Endpoint URL for License Manager user subscriptions.")),
                Single("default_tags", "Tags every resource gets unless it sets the same key.",
                    Optional("tags", "[\"map\",\"string\"]", "The default tags.")),
            },
        },
    };

    private static ProtoSchema.Types.Attribute Optional(string name, string typeJson, string description, bool sensitive = false) => new()
    {
        Name = name,
        Type = ByteString.CopyFromUtf8(typeJson),
        Description = description,
        Optional = true,
        Sensitive = sensitive,
    };

    private static ProtoSchema.Types.NestedBlock Single(string name, string description, params ProtoSchema.Types.Attribute[] attributes) => new()
    {
        TypeName = name,
        Nesting = ProtoSchema.Types.NestedBlock.Types.NestingMode.Single,
        Block = new ProtoSchema.Types.Block { Description = description, Attributes = { attributes } },
    };
}
