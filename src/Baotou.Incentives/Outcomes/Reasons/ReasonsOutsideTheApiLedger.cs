using System.Diagnostics.CodeAnalysis;

// A reason is declared in its own file and worded in the two catalogs, nowhere else. Its public contract is its code and its
// arguments, which records carry and ReasonContractTests holds, so the public API ledger does not list reasons.
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API",
    Scope = "namespaceanddescendants", Target = "~N:Baotou.Incentives.Outcomes.Reasons",
    Justification = "A reason's contract is its code and arguments, held by ReasonContractTests.")]
