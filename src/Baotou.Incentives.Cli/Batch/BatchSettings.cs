using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Signing;
using NodaTime;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>How <c>evaluate --out-dir</c> runs: the options of its command line.</summary>
/// <param name="Jobs">How many cases at once (<c>--jobs</c>).</param>
/// <param name="Signer">The signer of every record (<c>--sign</c>), or <see langword="null"/>.</param>
/// <param name="PackFiles">Pack files applied besides each case's packs (<c>--pack</c>).</param>
/// <param name="AsOf">The date every case is evaluated on (<c>--as-of</c>), or <see langword="null"/> for each file's own.</param>
/// <param name="Language">The words of the table and of summary.csv (<c>--lang</c>).</param>
internal sealed record BatchSettings(int Jobs, RecordSigner? Signer, IReadOnlyList<PackFileRead> PackFiles, LocalDate? AsOf, ExplanationLanguage Language);
