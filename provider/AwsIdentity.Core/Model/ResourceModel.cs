namespace AwsIdentity.Core.Model;

/// <summary>
/// What every front end and document says of one resource type, declared once: its shapes (which hold each
/// property's description and its required, secret and replace flags), its default timeouts, the form of its id and
/// the notes that hold whatever engine drives it. An engine's own wording (how to import, how to change a timeout)
/// is the front end's: the core knows no engine.
/// </summary>
public sealed record ResourceModel
{
    /// <summary>The inputs: what a program sets.</summary>
    public required IRecordShape Inputs { get; init; }

    /// <summary>The outputs: the inputs plus what AWS reports; its token and description are the resource's.</summary>
    public required IRecordShape Outputs { get; init; }

    public required ResourceTimeouts DefaultTimeouts { get; init; }

    /// <summary>The resource id, which an import takes too.</summary>
    public required ImportId Id { get; init; }

    /// <summary>One Markdown paragraph on what a user should know before the first change (replacement, waits).</summary>
    public required string Notes { get; init; }

    public string Token => Outputs.Token;

    public string Description => Outputs.Description;

    /// <summary>The failure of parsing an id that does not have the declared form.</summary>
    public ArgumentException InvalidId(string id) => new($"invalid id \"{id}\" for {Token}: expected {Id.Expected}");
}
