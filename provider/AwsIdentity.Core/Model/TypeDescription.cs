namespace AwsIdentity.Core.Model;

/// <summary>
/// What type a property has, in no schema language: each front end writes it in its own (Pulumi's package schema:
/// Schema/PulumiTypeSpec.cs in AwsIdentity.Provider; Terraform's attribute types next).
/// </summary>
public abstract record TypeDescription;

public enum ScalarType { String, Boolean, Integer }

public sealed record ScalarTypeDescription(ScalarType Scalar) : TypeDescription;

public sealed record ListTypeDescription(TypeDescription Item) : TypeDescription;

/// <summary>A list whose order and duplicates do not matter (Model/SetKind.cs).</summary>
public sealed record SetTypeDescription(TypeDescription Item) : TypeDescription;

/// <summary>A map with string keys.</summary>
public sealed record MapTypeDescription(TypeDescription Item) : TypeDescription;

/// <summary>An object of named properties (a record shape).</summary>
public sealed record ObjectTypeDescription(IRecordShape Shape) : TypeDescription;
