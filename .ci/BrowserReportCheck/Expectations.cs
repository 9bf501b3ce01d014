using System.Text.Json;

namespace BrowserReportCheck;

/// <summary>What a report must show, read from the decision record it was made from (not from the page): the case id (on every
/// printed page), and the instalments the basis of an amount was made of, those counted and those received after the
/// evaluation date.</summary>
internal sealed record Expectations(string CaseId, IReadOnlyList<string> CountedPayments, IReadOnlyList<string> LaterPayments)
{
    /// <summary>
    /// Reads a record (record.json, as evaluate writes it). The contracts whose money an amount was computed on are those whose
    /// income (<c>income:C</c>) or （七）basis (<c>major-project-basis:C</c>) a firing that produced an entitlement matched; each
    /// payment under one of them is expected, counted when received on or before the evaluation date and not counted after it.
    /// </summary>
    public static Expectations Read(string recordPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(recordPath));
        var root = document.RootElement;
        var evaluationDate = root.GetProperty("evaluationDate").GetString()!;
        var entitlements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "entitlements", "supersededEntitlements" })
        {
            foreach (var e in root.GetProperty(list).EnumerateArray())
            {
                entitlements.Add(e.GetProperty("id").GetString()!);
            }
        }

        var contracts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var firing in root.GetProperty("trace").EnumerateArray())
        {
            if (!firing.GetProperty("produced").EnumerateArray().Any(p => entitlements.Contains(p.GetString()!)))
            {
                continue;
            }

            foreach (var fact in firing.GetProperty("matchedFacts").EnumerateArray())
            {
                var type = fact.GetProperty("type").GetString();
                var id = fact.GetProperty("id").GetString()!;
                if (type is "ContractIncome" or "MajorProjectBasis" && id.IndexOf(':') is var colon and > 0)
                {
                    contracts.Add(id[(colon + 1)..]);
                }
            }
        }

        var counted = new List<string>();
        var later = new List<string>();
        foreach (var fact in root.GetProperty("case").GetProperty("facts").EnumerateArray())
        {
            if (fact.TryGetProperty("paymentReceived", out var payment) && contracts.Contains(payment.GetProperty("contractId").GetString()!))
            {
                // ISO dates compare as strings.
                var receivedOn = payment.GetProperty("receivedOn").GetString()!;
                (string.CompareOrdinal(receivedOn, evaluationDate) <= 0 ? counted : later).Add(payment.GetProperty("id").GetString()!);
            }
        }

        return new Expectations(root.GetProperty("case").GetProperty("id").GetString()!, counted, later);
    }
}
