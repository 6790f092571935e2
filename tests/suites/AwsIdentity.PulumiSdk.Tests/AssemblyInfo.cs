// Deployment.TestAsync keeps the deployment in shared state: Pulumi's docs ask for tests that run serially.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
