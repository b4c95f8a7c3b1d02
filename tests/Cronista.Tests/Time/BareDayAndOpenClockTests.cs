namespace Cronista.Tests.Time;

/// <summary>A day number after its article, French and German open bounds, a day with an open clock time, minutes joined by
/// "e", and day-first numeric dates that cannot be counts.</summary>
public sealed class BareDayAndOpenClockTests
{
    [Theory]
    [InlineData("fr", "Le scrutin aura lieu le 16.", "le 16=2025-08-16")]
    [InlineData("it", "La riunione è fissata per il 19, ha detto il ministro.", "il 19=2025-08-19")]
    [InlineData("fr", "Le match du 31/10 est reporté.", "31/10=2025-10-31")]
    [InlineData("fr", "La réunion du 20 02 14 a été annulée.", "20 02 14=2014-02-20")]
    [InlineData("fr", "Une décision est attendue dans la journée.", "journée=2025-08-13")]
    [InlineData("fr", "Le ministre parlera dans la journée du 15 août.", "la journée du 15 août=2025-08-15")]
    public void A_day_of_the_month_stands_alone(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Theory]
    [InlineData("it", "Ha votato il 19 per cento degli elettori.")]
    [InlineData("fr", "Le 16 ans a marqué deux buts.")]
    [InlineData("fr", "Il a obtenu 15/20 à l'examen, et 8/10 en maths.")]
    [InlineData("it", "Il servizio è attivo 24/7.")]
    [InlineData("fr", "Le score final est 20 02 14 points.")]
    public void A_number_that_counts_is_no_date(string language, string text) =>
        Assert.DoesNotContain(TimeKit.TimesOf(text, language, TimeKit.Published), t => t.Type == Cronista.Time.TimexType.DATE);

    [Theory]
    [InlineData("fr", "Les magasins ferment avant 16h.", "16h", "2025-08-13T16:00", "BEFORE")]
    [InlineData("fr", "Les inscriptions sont ouvertes à partir du 8 septembre.", "8 septembre", "2025-09-08", "AFTER")]
    [InlineData("de", "Die Strecke bleibt bis 11 Uhr gesperrt.", "11 Uhr", "2025-08-13T11:00", "BEFORE")]
    [InlineData("de", "Der Streik gilt ab Montag.", "Montag", "2025-08-11", "AFTER")]
    [InlineData("fr", "Le bureau sera ouvert jeudi après 9h30.", "jeudi après 9h30", "2025-08-14T09:30", "AFTER")]
    [InlineData("it", "Le urne restano aperte domani dopo le 14.", "domani dopo le 14", "2025-08-14T14:00", "AFTER")]
    [InlineData("it", "Le urne chiudono prima delle 23.", "23", "2025-08-13T23:00", "BEFORE")]
    [InlineData("de", "Die Antwort kommt um 11 Uhr spätestens.", "11 Uhr", "2025-08-13T11:00", "BEFORE")]
    [InlineData("fr", "Le dossier doit être rendu le 3 septembre au plus tard.", "le 3 septembre", "2025-09-03", "BEFORE")]
    public void A_point_open_on_one_side(string language, string text, string extent, string value, string mod)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published));
        Assert.Equal($"{extent}={value}", TimeKit.Describe(text, [time])[0]);
        Assert.Equal(mod, time.Mod);
    }

    [Fact]
    public void The_weekday_before_the_word_counts_from_the_holiday() =>
        Assert.All(TimeKit.TimesOf("Die Schule beginnt am Dienstag nach Ostern.", "de", TimeKit.Published), t => Assert.Null(t.Mod));

    [Theory]
    [InlineData("L'esplosione è avvenuta alle tre e venti.", "tre e venti=2025-08-13T03:20")]
    [InlineData("Il treno è partito alle 9 e 30 da Milano.", "9 e 30=2025-08-13T09:30")]
    public void Minutes_follow_a_cued_hour_after_and(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "it", TimeKit.Published)));

    [Fact]
    public void A_count_after_and_is_not_minutes() =>
        Assert.Equal(["3=2025-08-13T03:00"], TimeKit.Describe("Alle 3 e 20 persone erano in sala.", TimeKit.TimesOf("Alle 3 e 20 persone erano in sala.", "it", TimeKit.Published)));

    [Theory]
    [InlineData("de", "Die Sprechstunde war am Donnerstag Vormittag von 9 bis 11.", "Donnerstag Vormittag von 9 bis 11=2025-08-07T09:00/2025-08-07T11:00")]
    [InlineData("it", "Si voterà venerdì sera dalle 7 alle 9.", "venerdì sera dalle 7 alle 9=2025-08-15T19:00/2025-08-15T21:00")]
    [InlineData("fr", "Le guichet est fermé aujourd'hui entre midi et 2.", "aujourd'hui entre midi et 2=2025-08-13T12:00/2025-08-13T14:00")]
    [InlineData("fr", "Le festival aura lieu du lundi 1er au mercredi 10 septembre.", "du lundi 1er au mercredi 10 septembre=2025-09-01/2025-09-10")]
    public void Bare_hours_and_days_close_a_range(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Theory]
    [InlineData("it", "Lo sciopero comincia alle 8 di stasera.", "8 di stasera=2025-08-13T20:00")]
    [InlineData("fr", "Le train partira le 16 vers 6h dans la soirée.", "le 16 vers 6h dans la soirée=2025-08-16T18:00")]
    [InlineData("fr", "Le rendez-vous est fixé à onze heures trois quarts.", "onze heures trois quarts=2025-08-13T11:45")]
    [InlineData("it", "La prima domenica di marzo 2026 si voterà.", "La prima domenica di marzo 2026=2026-03-01")]
    public void A_clock_time_or_a_day_read_whole(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Theory]
    [InlineData("de", "Treffen um halb 4.", "2025-08-13T15:30")]
    [InlineData("de", "Abfahrt 3:30.", "2025-08-14T03:30")]
    [InlineData("it", "Partenza alle tre e venti.", "2025-08-14T03:20")]
    public void In_an_agenda_a_past_hour_said_on_a_twelve_hour_clock_is_this_afternoon(string language, string text, string value) =>
        Assert.Equal(value, Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published, forwardLooking: true, publishedTime: new TimeOnly(4, 30))).Value);

    [Fact]
    public void In_an_agenda_past_bare_days_are_next_month() =>
        Assert.Equal("2025-09-03/2025-09-05", Assert.Single(TimeKit.TimesOf("Il festival si terrà dal 3 al 5.", "it", TimeKit.Published, forwardLooking: true)).Value);
}
