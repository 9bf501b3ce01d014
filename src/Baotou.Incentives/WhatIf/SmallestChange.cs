using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.WhatIf;

/// <summary>
/// The smallest change of the facts that meets a failed condition decided by an amount or a date, and the same change one
/// fen or one day smaller, so that evaluating both shows the change meets the condition and is the least that does.
/// Thresholds, terms and effective dates are read from the pack the determination was made under, as the rule reads them;
/// nothing here holds a number of the policy.
/// </summary>
internal static class SmallestChange
{
    private const decimal OneFen = 0.01m;

    /// <summary>Whether no change of the facts can meet the condition: the unit's kind or establishment, or a fiscal year the evaluation date has not reached.</summary>
    internal static bool NoChangeCanMeet(Condition condition) =>
        condition.Reason is UnitKindInScope or StateEstablishedUnit or ProfitYearNotEnded;

    /// <summary>The change that meets <paramref name="condition"/>, with the changed case and the case changed one step less; <see langword="null"/> when the condition is not one an amount or a date decides.</summary>
    internal static Candidate? For(Determination determination, Condition condition, IncentiveCase incentiveCase, LocalDate evaluationDate, IReadOnlyList<PolicyPack> packs)
    {
        var pack = packs.FirstOrDefault(p => p.Id == determination.PackId);
        if (pack is null)
        {
            return null;
        }

        try
        {
            return condition.Reason switch
            {
                MajorProjectThreshold x when x.BasisKind == MajorProjectBasisKind.MoneyReceived => MoreReceived(x, incentiveCase, evaluationDate, pack),
                MajorProjectThreshold x => ConversionAmount(x, incentiveCase, pack),
                UseRightTerm => UseRightEnd(determination.SubjectFactId, incentiveCase, pack),
                PublishedBeforeSigning x => Publication(x.ContractId, x.PublishedOn, incentiveCase),
                NothingPublished x => Publication(x.ContractId, null, incentiveCase),
                EventOnOrAfterEffectiveDate x when x.SubjectKind == nameof(TechnologyContract) => Signing(determination.SubjectFactId, packs.First(p => p.Id == x.PackId), incentiveCase),
                ApprovalAfterTransformation x => Approval(x.ApprovalId, x.SignedOn, incentiveCase),
                ApprovalAfterEmpowerment x => Approval(x.ApprovalId, x.MadeOn, incentiveCase),
                _ => null,
            };
        }
        catch (IncentiveValidationException)
        {
            // A changed fact the library refuses (a date out of range) is no answer.
            return null;
        }
    }

    /// <summary>（七）'s threshold on money received: the difference, received on the evaluation date (the last day it counts).</summary>
    private static Candidate? MoreReceived(MajorProjectThreshold x, IncentiveCase incentiveCase, LocalDate evaluationDate, PolicyPack pack)
    {
        var contract = incentiveCase.FactsOf<TechnologyContract>().Single(c => c.Id == x.ContractId);
        var more = pack.Read(Baotou149.MajorProjectThreshold, contract.SignedOn).Value - x.Basis;
        if (more <= 0m || evaluationDate < contract.SignedOn)
        {
            return null;
        }

        var id = FreshId(incentiveCase, contract.Id + "-more");
        return new Candidate(
            new FactChange(FactChangeKind.MoreReceived, nameof(TechnologyContract), contract.Id, more, evaluationDate),
            With(incentiveCase, null, new PaymentReceived(id, contract.Id, evaluationDate, more)),
            more > OneFen ? With(incentiveCase, null, new PaymentReceived(id, contract.Id, evaluationDate, more - OneFen)) : incentiveCase);
    }

    /// <summary>（七）'s threshold on an equity conversion amount: the conversion valued at the threshold.</summary>
    private static Candidate? ConversionAmount(MajorProjectThreshold x, IncentiveCase incentiveCase, PolicyPack pack)
    {
        var contract = incentiveCase.FactsOf<TechnologyContract>().Single(c => c.Id == x.ContractId);
        var conversion = incentiveCase.FactsOf<EquityConversion>().FirstOrDefault(e => e.ContractId == contract.Id && e.ConvertedAmount == x.Basis);
        var threshold = pack.Read(Baotou149.MajorProjectThreshold, contract.SignedOn).Value;
        if (conversion is null || threshold <= x.Basis)
        {
            return null;
        }

        EquityConversion Valued(decimal amount) => new(conversion.Id, conversion.ContractId, conversion.ValuedOn, amount, conversion.EquityShareFormed);
        return new Candidate(
            new FactChange(FactChangeKind.ConversionAmountAtLeast, nameof(TechnologyContract), contract.Id, threshold, conversion.ValuedOn),
            With(incentiveCase, conversion, Valued(threshold)),
            With(incentiveCase, conversion, Valued(threshold - OneFen)));
    }

    /// <summary>（二）'s minimum term: the use right ending on its start plus the minimum years, as calendar dates.</summary>
    private static Candidate? UseRightEnd(string grantId, IncentiveCase incentiveCase, PolicyPack pack)
    {
        var grant = incentiveCase.FactsOf<UseRightGrant>().Single(g => g.Id == grantId);
        var years = pack.Read(Baotou149.MinimumUseRightYears, grant.StartsOn).Value;
        var end = grant.StartsOn.PlusYears((int)years);
        UseRightGrant Ending(LocalDate endsOn) => new(grant.Id, grant.AchievementId, grant.StartsOn, endsOn, grant.HasSignedAgreement, grant.AgreementSetsIncomeDistribution);
        return new Candidate(
            new FactChange(FactChangeKind.UseRightEndingOnOrAfter, nameof(UseRightGrant), grant.Id, null, end),
            With(incentiveCase, grant, Ending(end)),
            With(incentiveCase, grant, Ending(end.PlusDays(-1))));
    }

    /// <summary>（十）'s publication before the transaction: dated the day before the contract was signed.</summary>
    private static Candidate? Publication(string contractId, LocalDate? publishedOn, IncentiveCase incentiveCase)
    {
        var contract = incentiveCase.FactsOf<TechnologyContract>().Single(c => c.Id == contractId);
        var publicity = incentiveCase.FactsOf<TransactionPublicity>().FirstOrDefault(p => p.ContractId == contractId && p.PublishedOn == publishedOn);
        if (publicity is null)
        {
            return null;
        }

        var by = contract.SignedOn.PlusDays(-1);
        TransactionPublicity On(LocalDate date) => new(publicity.Id, publicity.ContractId, publicity.Method, date, publicity.NamePublished, publicity.SummaryPublished, publicity.ProposedPricePublished);
        return new Candidate(
            new FactChange(FactChangeKind.PublishedOnOrBefore, nameof(TechnologyContract), contract.Id, null, by),
            With(incentiveCase, publicity, On(by)),
            With(incentiveCase, publicity, On(contract.SignedOn)));
    }

    /// <summary>Commencement: the contract signed on the date its pack takes effect.</summary>
    private static Candidate? Signing(string contractId, PolicyPack pack, IncentiveCase incentiveCase)
    {
        var contract = incentiveCase.FactsOf<TechnologyContract>().Single(c => c.Id == contractId);
        TechnologyContract SignedOn(LocalDate date) => new(contract.Id, contract.AchievementId, contract.RegistrationNumber, contract.Mode, date, contract.ContractAmount, contract.LandsInBaotou);
        return new Candidate(
            new FactChange(FactChangeKind.EventOnOrAfter, nameof(TechnologyContract), contract.Id, null, pack.EffectiveFrom),
            With(incentiveCase, contract, SignedOn(pack.EffectiveFrom)),
            With(incentiveCase, contract, SignedOn(pack.EffectiveFrom.PlusDays(-1))));
    }

    /// <summary>（十二）'s approval before the act: the approval dated the day of the act (an approval that day precedes it).</summary>
    private static Candidate? Approval(string approvalId, LocalDate actOn, IncentiveCase incentiveCase)
    {
        var approval = incentiveCase.FactsOf<SecrecyApproval>().Single(a => a.Id == approvalId);
        SecrecyApproval On(LocalDate date) => new(approval.Id, approval.AchievementId, date, approval.Authority);
        return new Candidate(
            new FactChange(FactChangeKind.ApprovedOnOrBefore, nameof(SecrecyApproval), approval.Id, null, actOn),
            With(incentiveCase, approval, On(actOn)),
            With(incentiveCase, approval, On(actOn.PlusDays(1))));
    }

    /// <summary>The case with <paramref name="replaced"/> (by reference) replaced by <paramref name="fact"/>, or with <paramref name="fact"/> added when nothing is replaced.</summary>
    private static IncentiveCase With(IncentiveCase incentiveCase, ICaseFact? replaced, ICaseFact fact) =>
        new(incentiveCase.Id, replaced is null
            ? [.. incentiveCase.Facts, fact]
            : incentiveCase.Facts.Select(f => ReferenceEquals(f, replaced) ? fact : f));

    private static string FreshId(IncentiveCase incentiveCase, string stem)
    {
        var ids = incentiveCase.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var id = stem;
        for (var n = 2; ids.Contains(id); n++)
        {
            id = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    /// <summary>A change, the case with it, and the case with it one fen or one day short.</summary>
    internal sealed record Candidate(FactChange Change, IncentiveCase Changed, IncentiveCase Smaller);
}
