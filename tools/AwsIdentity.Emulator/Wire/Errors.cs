namespace AwsIdentity.Emulator.Wire;

/// <summary>Factories for the modeled errors of both services, with the HTTP status each one carries.</summary>
public static class Errors
{
    public static AwsException Eks(string code, string message) => new(code, EksStatus(code), message);

    public static AwsException Lmus(string code, string message) => new(code, LmusStatus(code), message);

    public static AwsException For(string service, string code, string message) =>
        service == ServiceKind.Eks ? Eks(code, message) : Lmus(code, message);

    /// <summary>The error a service answers to input that does not satisfy the model.</summary>
    public static AwsException Invalid(string service, string operation, string message) => service switch
    {
        ServiceKind.Eks when operation is "TagResource" or "UntagResource" or "ListTagsForResource" =>
            Eks("BadRequestException", message),
        ServiceKind.Eks => Eks("InvalidParameterException", message),
        _ => Lmus("ValidationException", message),
    };

    public static AwsException Throttled(string service) => For(service, "ThrottlingException", "Rate exceeded");

    public static AwsException ServerError(string service) => service == ServiceKind.Eks
        ? Eks("ServerException", "An internal error occurred. Try again.")
        : Lmus("InternalServerException", "An internal error occurred. Try again.");

    public static AwsException UnknownOperation() => new("UnknownOperationException", 404, "Unknown operation");

    public static int StatusFor(string service, string code) =>
        service == ServiceKind.Eks ? EksStatus(code) : LmusStatus(code);

    // Statuses from the EKS model's "error.httpStatusCode".
    private static int EksStatus(string code) => code switch
    {
        "AccessDeniedException" => 403,
        "NotFoundException" or "ResourceNotFoundException" => 404,
        "ResourceInUseException" => 409,
        "ResourcePropagationDelayException" => 428,
        "ThrottlingException" => 429,
        "ServerException" => 500,
        "ServiceUnavailableException" => 503,
        _ => 400,
    };

    // The LMUS model only declares 404 and 500; the rest are client errors (400) except throttling (429).
    private static int LmusStatus(string code) => code switch
    {
        "AccessDeniedException" => 403,
        "ResourceNotFoundException" => 404,
        "ThrottlingException" => 429,
        "InternalServerException" => 500,
        _ => 400,
    };
}
