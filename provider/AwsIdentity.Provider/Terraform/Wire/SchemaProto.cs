using System.Text;
using AwsIdentity.Provider.Terraform.Schema;
using Google.Protobuf;
using ProtoSchema = Tfplugin6.Schema;

namespace AwsIdentity.Provider.Terraform.Wire;

/// <summary>The model's Terraform schemas (Schema/TerraformSchema.cs) as tfplugin6 messages.</summary>
public static class SchemaProto
{
    public static ProtoSchema Of(TfSchema schema) => new() { Version = schema.Version, Block = Of(schema.Block) };

    private static ProtoSchema.Types.Block Of(TfBlock block)
    {
        var proto = new ProtoSchema.Types.Block { Description = block.Description };
        proto.Attributes.AddRange(block.Attributes.Select(Of));
        proto.BlockTypes.AddRange(block.Blocks.Select(b => new ProtoSchema.Types.NestedBlock
        {
            TypeName = b.TypeName,
            Block = Of(b.Block),
            Nesting = (ProtoSchema.Types.NestedBlock.Types.NestingMode)(int)b.Nesting,
            MinItems = b.MinItems,
            MaxItems = b.MaxItems,
        }));
        return proto;
    }

    private static ProtoSchema.Types.Attribute Of(TfAttribute a)
    {
        var proto = new ProtoSchema.Types.Attribute
        {
            Name = a.Name,
            Description = a.Description,
            Required = a.Required,
            Optional = a.Optional,
            Computed = a.Computed,
            Sensitive = a.Sensitive,
        };
        if (a.NestedType is { } nested)
        {
            proto.NestedType = new ProtoSchema.Types.Object { Nesting = (ProtoSchema.Types.Object.Types.NestingMode)(int)nested.Nesting };
            proto.NestedType.Attributes.AddRange(nested.Attributes.Select(Of));
        }
        else
        {
            proto.Type = ByteString.CopyFrom(Encoding.UTF8.GetBytes(a.Type!.ToJson()));
        }
        return proto;
    }
}
