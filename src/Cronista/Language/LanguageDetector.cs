namespace Cronista.Language;

/// <summary>Decides which supported language a text is written in.</summary>
internal sealed class LanguageDetector
{
    /// <summary>The most likely language of the text.</summary>
    public LanguageIdentification Detect(string text) =>
        throw new NotImplementedException("Language detection is not built yet.");
}
