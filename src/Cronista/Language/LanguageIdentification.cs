namespace Cronista.Language;

/// <summary>The language a document is written in, and how that was decided.</summary>
/// <param name="Language">ISO 639-1 code, or "und" when nothing could be decided.</param>
/// <param name="Confidence">A score in [0, 1].</param>
/// <param name="Method">"declared" (given by the source), "detected" (from the text) or "default".</param>
public sealed record LanguageIdentification(string Language, double Confidence, string Method);
