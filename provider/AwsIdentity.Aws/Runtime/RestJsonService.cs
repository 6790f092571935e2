namespace AwsIdentity.Aws.Runtime;

/// <summary>What the shared rest-json machinery needs to know about one AWS service.</summary>
/// <param name="ServiceName">Name stamped on each request (the official SDK uses "Amazon.EKS" etc.).</param>
/// <param name="ApiVersion">The model's apiVersion, sent as X-Amz-Api-Version like the generated clients do.</param>
/// <param name="Errors">Turns a parsed error response into the service's typed exception.</param>
internal sealed record RestJsonService(string ServiceName, string ApiVersion, IServiceErrorFactory Errors);
