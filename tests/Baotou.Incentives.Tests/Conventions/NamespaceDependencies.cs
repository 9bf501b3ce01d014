using System.Reflection;
using System.Reflection.Emit;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// Which type of the library uses which, read from the compiled assembly rather than from its text: base types, interfaces,
/// fields, properties, events, method signatures, attributes and every type, method and field a method body names (the IL
/// operand tokens, resolved through the module). A compiler-generated type (a lambda's closure, an iterator, a source-generated
/// JSON contract's nested class) counts for the type written in the source that holds it.
/// </summary>
internal static class NamespaceDependencies
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every use of one library type by another, each from and to the outermost type the source declares.</summary>
    internal static IReadOnlySet<(Type From, Type To)> TypeEdges(Assembly assembly)
    {
        var edges = new HashSet<(Type From, Type To)>();
        foreach (var type in assembly.GetTypes())
        {
            var from = Outermost(type);
            foreach (var used in UsedBy(type).SelectMany(Expand))
            {
                // The compiler's own types (a collection expression's list, <PrivateImplementationDetails>) have no namespace.
                if (used.Assembly == assembly && Outermost(used) is var to && to != from && to.Namespace is not null && from.Namespace is not null)
                {
                    edges.Add((from, to));
                }
            }
        }

        return edges;
    }

    /// <summary>The type the source declares that holds <paramref name="type"/> (itself when it is not nested).</summary>
    internal static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<Type> UsedBy(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (var attribute in AttributesOf(type.CustomAttributes))
        {
            yield return attribute;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
            foreach (var attribute in AttributesOf(field.CustomAttributes))
            {
                yield return attribute;
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            yield return property.PropertyType;
            foreach (var attribute in AttributesOf(property.CustomAttributes))
            {
                yield return attribute;
            }
        }

        foreach (var raised in type.GetEvents(Declared))
        {
            yield return raised.EventHandlerType!;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            foreach (var used in SignatureOf(method).Concat(AttributesOf(method.CustomAttributes)).Concat(BodyOf(method)))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> SignatureOf(MethodBase method)
    {
        if (method is MethodInfo { ReturnType: var returned })
        {
            yield return returned;
        }

        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
            foreach (var attribute in AttributesOf(parameter.CustomAttributes))
            {
                yield return attribute;
            }
        }
    }

    /// <summary>An attribute's type and every type its arguments name (<c>typeof(…)</c>, an enum value).</summary>
    private static IEnumerable<Type> AttributesOf(IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            yield return attribute.AttributeType;
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                yield return argument.ArgumentType;
                if (argument.Value is Type named)
                {
                    yield return named;
                }
                else if (argument.Value is IEnumerable<CustomAttributeTypedArgument> items)
                {
                    foreach (var item in items)
                    {
                        if (item.Value is Type itemType)
                        {
                            yield return itemType;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Every type, method and field the method's IL names, as the types that declare or are them.</summary>
    private static IEnumerable<Type> BodyOf(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                yield return clause.CatchType!;
            }
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var code = OpCodesByValue[value];
            at += code.Size;
            var operandSize = OperandSize(code.OperandType, il, at);
            if (code.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                var token = BitConverter.ToInt32(il, at);
                switch (method.Module.ResolveMember(token, typeArguments, methodArguments))
                {
                    case Type named:
                        yield return named;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        foreach (var used in SignatureOf(called))
                        {
                            yield return used;
                        }

                        if (called.IsGenericMethod)
                        {
                            foreach (var argument in called.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }

                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                }
            }

            at += operandSize;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>A type with the types it is made of: an array's element, a reference's target, a generic type's arguments.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
