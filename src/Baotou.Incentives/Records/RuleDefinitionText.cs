using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using NRules.RuleModel;

namespace Baotou.Incentives.Records;

/// <summary>
/// A rule's definition as NRules holds it (name, metadata, every pattern, condition, binding, aggregate, filter and action as
/// an expression tree) written as canonical text for <see cref="Fingerprints.RuleSet"/>. It names types by namespace and
/// name (never by assembly version), members by name, and a captured variable by its own name rather than the
/// compiler-generated class that holds it, whose name is the compiler's business: so the text is the same for Debug and
/// Release and on every target framework, and changes when a condition, an action or the metadata changes.
/// </summary>
/// <remarks>
/// What an action calls is written by the method's name and signature, not its body: a change inside a private helper
/// (arithmetic in <c>Grant</c>) changes the library version, not this text; replay itself recomputes the decision and
/// compares every value, so such a change still shows as <c>diverged</c> wherever it matters.
/// </remarks>
internal static class RuleDefinitionText
{
    internal static string Of(IRuleDefinition rule)
    {
        var text = new StringBuilder();
        text.Append("rule ").Append(rule.Name).Append('\n')
            .Append("description ").Append(rule.Description).Append('\n')
            .Append("priority ").Append(rule.Priority.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("repeatability ").Append(rule.Repeatability).Append('\n')
            .Append("tags ").Append(string.Join(",", rule.Tags)).Append('\n');
        foreach (var property in rule.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append("property ").Append(property.Name).Append('=').Append(Value(property.Value)).Append('\n');
        }

        Element(text, rule.DependencyGroup, 0);
        Element(text, rule.FilterGroup, 0);
        Element(text, rule.LeftHandSide, 0);
        Element(text, rule.RightHandSide, 0);
        return text.ToString();
    }

    private static void Element(StringBuilder text, RuleElement? element, int depth)
    {
        if (element is null)
        {
            return;
        }

        var detail = element switch
        {
            PatternElement pattern => $"{pattern.Declaration.Name}:{TypeName(pattern.ValueType)}",
            AggregateElement aggregate => $"{aggregate.Name}:{TypeName(aggregate.ResultType)}",
            BindingElement binding => $"{TypeName(binding.ResultType)} {Expr(binding.Expression)}",
            ActionElement action => $"{action.ActionTrigger} {Expr(action.Expression)}",
            FilterElement filter => $"{filter.FilterType} {Expr(filter.Expression)}",
            DependencyElement dependency => $"{dependency.Declaration.Name}:{TypeName(dependency.ServiceType)}",
            ExpressionElement expression => Expr(expression.Expression),
            _ => null,
        };
        text.Append(' ', depth * 2).Append(element.GetType().Name).Append(detail is null ? string.Empty : " " + detail).Append('\n');

        IEnumerable<NamedExpressionElement> named = element switch
        {
            PatternElement pattern => pattern.Expressions,
            AggregateElement aggregate => aggregate.Expressions,
            _ => [],
        };
        foreach (var expression in named)
        {
            text.Append(' ', (depth + 1) * 2).Append(expression.Name).Append(' ').Append(Expr(expression.Expression)).Append('\n');
        }

        RuleElement?[] children = element switch
        {
            PatternElement pattern => [pattern.Source],
            AggregateElement aggregate => [aggregate.Source],
            GroupElement group => [.. group.ChildElements],
            NotElement not => [not.Source],
            ExistsElement exists => [exists.Source],
            ForAllElement forAll => [forAll.BasePattern, .. forAll.Patterns],
            ActionGroupElement actions => [.. actions.Actions],
            FilterGroupElement filters => [.. filters.Filters],
            DependencyGroupElement dependencies => [.. dependencies.Dependencies],
            _ => [],
        };
        foreach (var child in children)
        {
            Element(text, child, depth + 1);
        }
    }

    /// <summary>An expression tree as text, with no compiler-generated name and nothing that depends on the build.</summary>
    internal static string Expr(Expression? node) => node switch
    {
        null => "null",
        LambdaExpression lambda => $"({string.Join(", ", lambda.Parameters.Select(p => $"{p.Name}:{TypeName(p.Type)}"))}) => {Expr(lambda.Body)}",
        ParameterExpression parameter => parameter.Name ?? "_",
        ConstantExpression constant => Value(constant.Value),
        MemberExpression { Expression: ConstantExpression { Value: { } closure } } captured when IsGenerated(closure.GetType()) => captured.Member.Name,
        MemberExpression member => (member.Expression is null ? TypeName(member.Member.DeclaringType!) : Expr(member.Expression)) + "." + member.Member.Name,
        MethodCallExpression call => (call.Object is null ? TypeName(call.Method.DeclaringType!) : Expr(call.Object)) + "." + MethodName(call.Method)
            + "(" + string.Join(", ", call.Arguments.Select(Expr)) + ")",
        BinaryExpression binary => $"{binary.NodeType}({Expr(binary.Left)}, {Expr(binary.Right)}{(binary.Method is null ? string.Empty : ", " + MethodName(binary.Method))})",
        UnaryExpression unary => $"{unary.NodeType}<{TypeName(unary.Type)}>({Expr(unary.Operand)})",
        ConditionalExpression conditional => $"If({Expr(conditional.Test)}, {Expr(conditional.IfTrue)}, {Expr(conditional.IfFalse)})",
        NewExpression created => $"new {TypeName(created.Type)}({string.Join(", ", created.Arguments.Select(Expr))})",
        NewArrayExpression array => $"{array.NodeType}<{TypeName(array.Type)}>[{string.Join(", ", array.Expressions.Select(Expr))}]",
        MemberInitExpression init => $"{Expr(init.NewExpression)} {{ {string.Join(", ", init.Bindings.Select(Binding))} }}",
        ListInitExpression list => $"{Expr(list.NewExpression)} {{ {string.Join(", ", list.Initializers.Select(i => MethodName(i.AddMethod) + "(" + string.Join(", ", i.Arguments.Select(Expr)) + ")"))} }}",
        InvocationExpression invocation => $"Invoke({Expr(invocation.Expression)}, {string.Join(", ", invocation.Arguments.Select(Expr))})",
        TypeBinaryExpression test => $"{test.NodeType}({Expr(test.Expression)}, {TypeName(test.TypeOperand)})",
        DefaultExpression => $"default({TypeName(node.Type)})",
        IndexExpression index => $"{Expr(index.Object)}[{string.Join(", ", index.Arguments.Select(Expr))}]",
        _ => $"{node.NodeType}<{TypeName(node.Type)}>",
    };

    private static string Binding(MemberBinding binding) => binding switch
    {
        MemberAssignment assignment => $"{binding.Member.Name} = {Expr(assignment.Expression)}",
        _ => $"{binding.BindingType} {binding.Member.Name}",
    };

    private static string MethodName(MethodInfo method) =>
        method.Name + (method.IsGenericMethod ? "<" + string.Join(",", method.GetGenericArguments().Select(TypeName)) + ">" : string.Empty)
        + "[" + string.Join(",", method.GetParameters().Select(p => TypeName(p.ParameterType))) + "]";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Type type => "typeof(" + TypeName(type) + ")",
        Enum e => TypeName(e.GetType()) + "." + e,
        IFormattable formattable when value.GetType().IsPrimitive || value is decimal => formattable.ToString(null, CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ when IsGenerated(value.GetType()) => "closure",
        _ => "object " + TypeName(value.GetType()),
    };

    private static bool IsGenerated(Type type) =>
        type.Name.Contains('<', StringComparison.Ordinal) || type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false);

    /// <summary>A type by namespace and name, generic arguments spelt out; never an assembly name or version.</summary>
    internal static string TypeName(Type type)
    {
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (IsGenerated(type))
        {
            return "closure";
        }

        var name = type.IsNested ? TypeName(type.DeclaringType!) + "+" + type.Name : (type.Namespace is null ? string.Empty : type.Namespace + ".") + type.Name;
        name = name.Split('`')[0];
        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? name + "<" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + ">"
            : name;
    }
}
