// Tests set process environment variables (AWS_REGION, AWS_ENDPOINT_URL_*, profile files), which
// AWSSDK.Core reads: they must not run concurrently.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
