namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// <c>recorded.text</c>: the words a schema-1 record stored where later records store a reason code. Records of schema 1
/// held English sentences, not codes; they are read as written and shown as quoted, never translated or guessed at.
/// The engine never produces it.
/// </summary>
/// <param name="Text">The recorded words, as written.</param>
public sealed record RecordedText(string Text) : IReason;
