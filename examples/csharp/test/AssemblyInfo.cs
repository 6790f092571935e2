// Deployment.TestAsync and PULUMI_CONFIG are process-wide: Pulumi's docs ask for tests that run serially.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
