using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Json;

/// <summary>
/// The one problem every JSON reader reports (case, case file, pack, policy case, record, size limit): a
/// <see cref="ValidationProblem"/> of kind <c>JSON</c> whose field is the JSON path where the document is wrong.
/// </summary>
internal static class JsonProblem
{
    /// <summary>The problem at <paramref name="path"/>, e.g. <c>$.case.facts[3].unit.kind</c>.</summary>
    internal static ValidationProblem At(string path, string reason) => new("JSON", null, path, reason);

    /// <summary>The refusal of a document with one problem at <paramref name="path"/>.</summary>
    internal static IncentiveValidationException Refusal(string path, string reason) => new([At(path, reason)]);
}
