namespace AwsIdentity.Harness;

/// <summary>
/// The engine's check of an update against a saved plan (`pulumi preview --save-plan` then `pulumi up --plan`),
/// replayed over two runs' operations (<see cref="MiniEngine.LastRunOps"/>). Facts from pulumi/pulumi:
/// pkg/resource/deploy/step_generator.go validateSteps (and GenerateDeletes, the same loop for deletes) takes each
/// generated step's op, pops the next op of the resource's plan and fails unless ConstrainedTo(op, planned); a step
/// for a resource without a plan must be `same`. pkg/resource/deploy/step.go ConstrainedTo: a planned `same`,
/// `delete` (and the other read/import ops) allows only itself, `create` allows same or create, `update` same or
/// update, and `replace`, `create-replacement`, `delete-replaced` allow same, update or themselves.
/// pkg/resource/deploy/deployment_executor.go: planned ops left over at the end are an error ("expected resource
/// operations for … but none were seen").
/// </summary>
public static class PlanCheck
{
    /// <summary>The errors the engine would report running <paramref name="actual"/> under <paramref name="plan"/>.</summary>
    public static IReadOnlyList<string> Errors(IReadOnlyDictionary<string, IReadOnlyList<string>> plan,
        IReadOnlyDictionary<string, IReadOnlyList<string>> actual)
    {
        var errors = new List<string>();
        var left = plan.ToDictionary(kv => kv.Key, kv => new Queue<string>(kv.Value));
        foreach (var (urn, ops) in actual.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var op in ops)
            {
                if (!left.TryGetValue(urn, out var planned))
                {
                    if (op != "same") errors.Add($"{urn}: {op} is not allowed by the plan: no steps were expected for this resource");
                    continue;
                }
                if (planned.Count == 0)
                {
                    errors.Add($"{urn}: {op} is not allowed by the plan: no more steps were expected for this resource");
                    break;
                }
                var constraint = planned.Dequeue();
                if (!ConstrainedTo(op, constraint))
                {
                    errors.Add($"{urn}: {op} is not allowed by the plan: this resource is constrained to {constraint}");
                    break;
                }
            }
        }
        foreach (var (urn, planned) in left.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (planned.Count > 0 && errors.All(e => !e.StartsWith(urn + ":", StringComparison.Ordinal)))
                errors.Add($"{urn}: expected resource operations for {urn} but none were seen ({string.Join(", ", planned)})");
        return errors;
    }

    /// <summary>Whether <paramref name="op"/> is no more impactful than <paramref name="constraint"/> (step.go ConstrainedTo).</summary>
    public static bool ConstrainedTo(string op, string constraint) => constraint switch
    {
        "create" => op is "same" or "create",
        "update" => op is "same" or "update",
        "replace" or "create-replacement" or "delete-replaced" => op is "same" or "update" || op == constraint,
        _ => op == constraint,
    };
}
