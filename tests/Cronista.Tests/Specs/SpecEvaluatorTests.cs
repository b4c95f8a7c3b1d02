using Cronista.Eval.Specs;
using Cronista.Tests.Support;

namespace Cronista.Tests.Specs;

public sealed class SpecEvaluatorTests
{
    [Fact]
    public void A_file_is_scored_by_the_share_of_cases_that_hold_and_failures_say_why()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cronista-spec-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, """
            # Two cases, one wrong on purpose
            layer: times
            match: exact
            language: it
            published: 2013-02-12
            forward-looking: yes

            ## right
            ```text
            domani
            ```
            ```json
            [{"value": "2013-02-13"}]
            ```

            ## wrong
            ```text
            giovedì
            ```
            ```json
            [{"value": "2013-02-07"}]
            ```
            """);
        try
        {
            var report = new SpecEvaluator(SharedAnalyzer.Analyzer).Evaluate(file);
            Assert.Equal(2, report.Cases);
            Assert.Equal(0.5, report.PassRate);
            var failure = Assert.Single(report.Failures);
            Assert.Equal("wrong", failure.Case.Name);
            Assert.Contains(failure.Problems, p => p.StartsWith("missing: ", StringComparison.Ordinal));
            Assert.Contains(failure.Problems, p => p.Contains("2013-02-14", StringComparison.Ordinal)); // the next Thursday, as produced
        }
        finally
        {
            File.Delete(file);
        }
    }
}
