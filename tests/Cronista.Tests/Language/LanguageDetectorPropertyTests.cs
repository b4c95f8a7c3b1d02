using CsCheck;
using Cronista.Core;
using Cronista.Language;

namespace Cronista.Tests.Language;

public sealed class LanguageDetectorPropertyTests
{
    private static readonly LanguageDetector Detector = new();

    // Any UTF-16 code unit, lone surrogates, controls and zero-width marks included.
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char[char.MinValue, char.MaxValue], 0, 400];

    [Fact]
    public void Any_text_gets_a_known_answer_in_range_and_the_same_one_twice() =>
        AnyText.Sample(text =>
        {
            var first = Detector.Detect(text);

            Assert.True(first.Language == SupportedLanguages.Undetermined || SupportedLanguages.IsSupported(first.Language), first.Language);
            Assert.InRange(first.Confidence, 0, 1);
            Assert.Equal(first, Detector.Detect(text));
        });

    [Fact]
    public void Evidence_is_lower_case_words_between_single_spaces() =>
        AnyText.Sample(text =>
        {
            var (evidence, letters) = LanguageEvidence.Extract(text);

            Assert.StartsWith(" ", evidence);
            Assert.EndsWith(" ", evidence);
            Assert.DoesNotContain("  ", evidence);
            Assert.Equal(letters, evidence.Count(c => c != ' '));
        });
}
