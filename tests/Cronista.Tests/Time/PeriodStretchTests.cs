namespace Cronista.Tests.Time;

/// <summary>A part of the day, and the start, middle or end of a period, keep their TIMEX3 value and say in <c>interval</c>
/// which hours, days or months they cover (Time/Data/period-stretches.tsv); early or late in a part of the day may be said
/// with a word of its own.</summary>
public sealed class PeriodStretchTests
{
    [Theory]
    [InlineData("fr", "Les pompiers sont intervenus en début de matinée.", "début de matinée", "2025-08-13TMO", "START", "2025-08-13T07:00/2025-08-13T08:00")]
    [InlineData("fr", "Le vote a eu lieu hier en fin de journée.", "hier en fin de journée", "2025-08-12", "END", "2025-08-12T17:00/2025-08-12T20:00")]
    [InlineData("it", "Il vertice è cominciato in prima mattinata.", "prima mattinata", "2025-08-13TMO", "START", "2025-08-13T07:00/2025-08-13T08:00")]
    [InlineData("it", "La polizia è intervenuta ieri in tarda serata.", "ieri in tarda serata", "2025-08-12TEV", "END", "2025-08-12T21:00/2025-08-12T23:00")]
    [InlineData("de", "Der Verdächtige wurde am frühen Abend festgenommen.", "frühen Abend", "2025-08-13TEV", "START", "2025-08-13T18:00/2025-08-13T20:00")]
    [InlineData("de", "Der Zug kam spät am Abend an.", "spät am Abend", "2025-08-13TEV", "END", "2025-08-13T21:00/2025-08-13T23:00")]
    [InlineData("fr", "Il est arrivé tôt le matin.", "tôt le matin", "2025-08-13TMO", "START", "2025-08-13T07:00/2025-08-13T08:00")]
    [InlineData("fr", "Il est reparti le matin très tôt.", "le matin très tôt", "2025-08-13TMO", "START", "2025-08-13T07:00/2025-08-13T08:00")]
    [InlineData("en", "Police arrived early this morning.", "early this morning", "2025-08-13TMO", "START", "2025-08-13T00:00/2025-08-13T08:00")]
    public void A_placed_part_of_the_day_has_its_hours(string language, string text, string extent, string value, string mod, string interval)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published));
        Assert.Equal($"{extent}={value}", TimeKit.Describe(text, [time])[0]);
        Assert.Equal(mod, time.Mod);
        Assert.Equal(interval, time.Interval);
    }

    [Theory]
    [InlineData("it", "Ieri sera il premier ha parlato.", "2025-08-12T18:00/2025-08-12T23:00")]
    [InlineData("de", "Am Montag morgens begann die Sitzung.", "2025-08-11T03:00/2025-08-11T11:00")]
    [InlineData("fr", "La nuit dernière, l'orage a frappé. Cette nuit, il reviendra.", "2025-08-13T22:00/2025-08-14T03:00")]
    public void A_whole_part_of_the_day_has_its_hours_too(string language, string text, string interval) =>
        Assert.Contains(TimeKit.TimesOf(text, language, TimeKit.Published), t => t.Interval == interval);

    [Theory]
    [InlineData("fr", "Les travaux reprendront début avril.", "2026-04-01/2026-04-05")]
    [InlineData("en", "The plant will reopen in early March.", "2026-03-01/2026-03-10")]
    [InlineData("it", "Il decreto arriverà a fine anno.", "2025-11/2025-12")]
    [InlineData("fr", "Une décision est attendue en fin de semaine.", "2025-08-14/2025-08-17")]
    public void The_start_middle_or_end_of_a_period_says_where_it_lies(string language, string text, string interval) =>
        Assert.Equal(interval, Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published)).Interval);

    [Fact]
    public void A_day_alone_has_no_hours() =>
        Assert.Null(Assert.Single(TimeKit.TimesOf("Il vertice si terrà domani.", "it", TimeKit.Published)).Interval);
}
