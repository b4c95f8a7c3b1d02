using Cronista.Core;

namespace Cronista.Claims;

/// <summary>The press of a country named as a source (i media russi, state media, die staatlichen Medien).</summary>
/// <param name="Start">First token, article included.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Span">Its characters.</param>
/// <param name="Country">The country (ISO 3166 alpha-3) whose press it is, when named.</param>
/// <param name="State">True when it is the state's own press.</param>
internal sealed record MediaMention(int Start, int End, TextSpan Span, string? Country, bool State);
