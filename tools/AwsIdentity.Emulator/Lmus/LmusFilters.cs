using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>The <c>Filters</c> (Attribute, Operation, Value) of the LMUS list operations.</summary>
public static class LmusFilters
{
    public static IEnumerable<T> Apply<T>(
        IEnumerable<T> items, JsonNode? filters, IReadOnlyDictionary<string, Func<T, string?>> attributes)
    {
        foreach (var filter in filters as JsonArray ?? [])
        {
            var attribute = (string?)filter?["Attribute"];
            var operation = (string?)filter?["Operation"] ?? "eq";
            var value = (string?)filter?["Value"];
            var selector = attributes.FirstOrDefault(a => string.Equals(a.Key, attribute, StringComparison.OrdinalIgnoreCase)).Value
                ?? throw Invalid($"Filter attribute '{attribute}' is not supported. Supported: {string.Join(", ", attributes.Keys)}.");
            if (value is null)
            {
                throw Invalid($"Filter on '{attribute}' needs a Value.");
            }

            Func<string?, bool> test = operation.ToLowerInvariant() switch
            {
                "eq" or "equals" => v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase),
                "ne" or "not_equals" => v => !string.Equals(v, value, StringComparison.OrdinalIgnoreCase),
                "contains" => v => v?.Contains(value, StringComparison.OrdinalIgnoreCase) == true,
                _ => throw Invalid($"Filter operation '{operation}' is not supported. Supported: eq, ne, contains."),
            };
            items = items.Where(i => test(selector(i))).ToList();
        }

        return items;
    }

    private static AwsException Invalid(string message) => Errors.Lmus("ValidationException", message);
}
