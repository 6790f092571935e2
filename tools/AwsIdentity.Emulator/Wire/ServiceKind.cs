namespace AwsIdentity.Emulator.Wire;

/// <summary>The two emulated services, keyed by the short names used in the wire model and the control API.</summary>
public static class ServiceKind
{
    public const string Eks = "eks";
    public const string Lmus = "lmus";
    public const string EksSigningName = "eks";
    public const string LmusSigningName = "license-manager-user-subscriptions";

    public static string? FromSigningName(string? signingName) => signingName switch
    {
        EksSigningName => Eks,
        LmusSigningName => Lmus,
        _ => null,
    };

    public static string SigningName(string service) => service == Eks ? EksSigningName : LmusSigningName;
}
