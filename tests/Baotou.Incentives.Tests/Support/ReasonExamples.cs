using System.Reflection;
using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Tests.Support;

/// <summary>An example of any reason, built from its declared arguments, for the checks that cover every reason at once.</summary>
internal static class ReasonExamples
{
    /// <summary>What every text argument holds, so a check can find it in rendered words.</summary>
    internal const string Text = "X1";

    /// <summary>The reason <paramref name="type"/> with a value of each argument's type; a fact kind is a real kind's name, shown by its catalog name.</summary>
    internal static IReason Of(Type type)
    {
        var parameters = type.GetConstructors().Single().GetParameters();
        return (IReason)Activator.CreateInstance(type, parameters.Select(p => p.GetCustomAttribute<ShownAsAttribute>()?.Kind == ArgumentKind.FactKind ? nameof(TechnologyContract) : Value(p.ParameterType)).ToArray())!;
    }

    private static object Value(Type type) =>
        type == typeof(string) ? Text
        : type == typeof(decimal) ? 0.5m
        : type == typeof(int) ? 3
        : type == typeof(LocalDate) ? new LocalDate(2024, 1, 2)
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)!
        : throw new NotSupportedException(type.Name);
}
