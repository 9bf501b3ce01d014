namespace Baotou.Incentives.Explanations.Reports;

/// <summary>A piece of running text in a report: words, an id shown as code, or a link to an element of the same page.</summary>
internal abstract record Inline;

/// <summary>Words; escaped by each writer, never read as markup.</summary>
internal sealed record Words(string Text) : Inline;

/// <summary>An id, a key or a digest, shown as code and allowed to wrap anywhere.</summary>
internal sealed record CodeText(string Text) : Inline;

/// <summary>A link to an element of the same page, by its id; <paramref name="Class"/> says what it points at (<c>clause</c>, <c>outcome</c>).</summary>
internal sealed record PageLink(string Text, string Anchor, string? Class = null) : Inline;

/// <summary>A block of a report, in reading order.</summary>
internal abstract record Block;

/// <summary>A warning above everything else, in red: the record is not one to rely on (tampered, signature invalid, untrusted, diverged).</summary>
internal sealed record Banner(string Text) : Block;

/// <summary>A heading, with the id that links point at, if any.</summary>
internal sealed record Heading(int Level, IReadOnlyList<Inline> Text, string? Id = null) : Block;

/// <summary>A paragraph; <paramref name="Class"/> marks it (<c>note</c>, <c>ref</c> for an outcome's id in small print).</summary>
internal sealed record Paragraph(IReadOnlyList<Inline> Text, string? Class = null) : Block;

/// <summary>Words quoted verbatim from the policy.</summary>
internal sealed record Quote(string Text) : Block;

/// <summary>A list of items.</summary>
internal sealed record Items(IReadOnlyList<IReadOnlyList<Inline>> Entries) : Block;

/// <summary>
/// A table; on a narrow screen each row reflows into labelled lines. <paramref name="RowClass"/> marks each row (<c>firing</c> in
/// the trace), <paramref name="RowClasses"/> each row on its own (<c>counted</c>, <c>not-counted</c>), <paramref name="RowIds"/>
/// gives each row an id links point at, and <paramref name="LabelColumns"/> are the columns of short labels (a rate, a verb, a
/// date) that never wrap.
/// </summary>
internal sealed record Table(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows,
    string? RowClass = null,
    string? Id = null,
    IReadOnlyList<string>? RowClasses = null,
    IReadOnlyList<string>? RowIds = null,
    IReadOnlySet<int>? LabelColumns = null,
    string? Class = null) : Block;

/// <summary>The start of a section with an id (an outcome, named by <paramref name="Subject"/>), closed by <see cref="SectionEnd"/>.</summary>
internal sealed record SectionStart(string Id, string Class, string? Subject = null) : Block;

/// <summary>The end of a section.</summary>
internal sealed record SectionEnd : Block;
