using AwsIdentity.TerraformDocs;

// make docs: writes docs/ from the Terraform schema. Usage: AwsIdentity.TerraformDocs <repository root>.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
foreach (var (path, text) in RegistryDocs.Generate(root))
{
    var file = Path.Combine(root, path);
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    File.WriteAllText(file, text);
    Console.WriteLine($"wrote {path}");
}
