// The stack's entry point: the program itself is Identity.Define (Identity.cs), which the mock tests in test/ run.
using Pulumi;

return await Deployment.RunAsync(Example.Identity.Define);
