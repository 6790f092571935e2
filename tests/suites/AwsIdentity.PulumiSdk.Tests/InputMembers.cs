using System.Reflection;
using Pulumi;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// The [Input] members of an args class, read from the attribute's constructor arguments (InputAttribute keeps its
/// name and flags internal): the same data Pulumi's InputArgs uses to build what it sends.
/// </summary>
internal static class InputMembers
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static IEnumerable<(string Name, bool Required, bool Json, MemberInfo Member)> Of(Type args) =>
        args.GetFields(Instance).Cast<MemberInfo>().Concat(args.GetProperties(Instance))
            .Select(m => (m, data: m.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(InputAttribute))))
            .Where(x => x.data is not null)
            .Select(x => (
                (string)x.data!.ConstructorArguments[0].Value!,
                (bool)x.data.ConstructorArguments[1].Value!,
                (bool)x.data.ConstructorArguments[2].Value!,
                x.m));

    public static object? Get(object args, string name) => Member(args, name) switch
    {
        FieldInfo f => f.GetValue(args),
        PropertyInfo p => p.GetValue(args),
        _ => throw new InvalidOperationException(),
    };

    public static void Clear(object args, string name)
    {
        switch (Member(args, name))
        {
            case FieldInfo f: f.SetValue(args, null); break;
            case PropertyInfo p: p.SetValue(args, null); break;
        }
    }

    private static MemberInfo Member(object args, string name) => Of(args.GetType()).Single(m => m.Name == name).Member;
}
