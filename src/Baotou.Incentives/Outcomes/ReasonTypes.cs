using System.Reflection;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// Every reason type and its code, found once from the <see cref="ReasonCodeAttribute"/> each record carries, in the order of
/// their codes: what the serializer registers and the catalogs are checked against. Adding a reason is its own file and two
/// catalog entries.
/// </summary>
internal static class ReasonTypes
{
    /// <summary>Every reason type with its code, ordered by code (ordinal). A type without a code is left out, and a convention test names it.</summary>
    internal static readonly IReadOnlyList<(Type Type, string Code)> All = typeof(IReason).Assembly.GetTypes()
        .Where(t => typeof(IReason).IsAssignableFrom(t) && !t.IsInterface)
        .Select(t => (Type: t, Code: t.GetCustomAttribute<ReasonCodeAttribute>()?.Code!))
        .Where(r => r.Code is not null)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToArray();
}
