using Cronista.Time.Calendar;

namespace Cronista.Tests.Time;

/// <summary>Hindu, Sikh, Buddhist and Parsi days computed from the sun and the moon, against the dates Indian almanacs
/// (panchangs reckoned at New Delhi) and government holiday lists published; national and world days kept by rule.</summary>
public sealed class HinduCalendarTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Load();

    [Theory]
    [InlineData("diwali", 2013, 11, 3)] // the new moon's tithi at sunset, not in the evening that follows
    [InlineData("diwali", 2017, 10, 19)]
    [InlineData("diwali", 2019, 10, 27)]
    [InlineData("diwali", 2020, 11, 14)]
    [InlineData("diwali", 2023, 11, 12)]
    [InlineData("dhanteras", 2019, 10, 25)]
    [InlineData("naraka-chaturdashi", 2019, 10, 26)]
    [InlineData("govardhan-puja", 2018, 11, 8)]
    [InlineData("bhai-dooj", 2019, 10, 29)]
    [InlineData("bhai-dooj", 2013, 11, 5)] // the second tithi missed both afternoons; it held at the sunrise of the 5th
    [InlineData("chhath", 2019, 11, 2)]
    [InlineData("karva-chauth", 2018, 10, 27)]
    [InlineData("holika-dahan", 2019, 3, 20)]
    [InlineData("holika-dahan", 2016, 3, 23)] // the Bhadra ran past midnight of the 22nd
    [InlineData("holi", 2019, 3, 21)]
    [InlineData("holi", 2022, 3, 18)]
    [InlineData("holi", 2024, 3, 25)]
    [InlineData("dussehra", 2018, 10, 19)]
    [InlineData("dussehra", 2019, 10, 8)] // the tenth tithi held on two afternoons
    [InlineData("dussehra", 2024, 10, 12)]
    [InlineData("maha-saptami", 2021, 10, 12)]
    [InlineData("maha-navami", 2021, 10, 14)]
    [InlineData("valmiki-jayanti", 2019, 10, 13)]
    [InlineData("janmashtami", 2019, 8, 23)] // at midnight
    [InlineData("ganesh-chaturthi", 2019, 9, 2)] // at midday
    [InlineData("ganesh-chaturthi", 2023, 9, 19)]
    [InlineData("raksha-bandhan", 2016, 8, 18)] // the full moon tithi touched only the afternoon of the 18th
    [InlineData("raksha-bandhan", 2018, 8, 26)]
    [InlineData("raksha-bandhan", 2022, 8, 11)]
    [InlineData("raksha-bandhan", 2023, 8, 30)] // the regular Shravana, after the leap (adhika) Shravana of July–August
    [InlineData("maha-shivaratri", 2020, 2, 21)]
    [InlineData("maha-shivaratri", 2024, 3, 8)]
    [InlineData("vasant-panchami", 2018, 1, 22)]
    [InlineData("vasant-panchami", 2019, 2, 10)]
    [InlineData("guru-ravidas-jayanti", 2018, 1, 31)]
    [InlineData("ugadi", 2018, 3, 18)]
    [InlineData("ugadi", 2024, 4, 9)]
    [InlineData("rama-navami", 2020, 4, 2)]
    [InlineData("mahavir-jayanti", 2020, 4, 6)]
    [InlineData("ratha-yatra", 2018, 7, 14)]
    [InlineData("guru-nanak-jayanti", 2019, 11, 12)]
    [InlineData("guru-gobind-singh-jayanti", 2014, 1, 7)]
    [InlineData("buddha-purnima", 2013, 5, 25)] // India: the full moon's tithi at sunrise
    [InlineData("vesak", 2013, 5, 24)] // Sri Lanka's poya: at noon
    public void Lunar_festivals_fall_on_their_tithi(string id, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Calendar.On(id, year));

    [Theory]
    [InlineData("makar-sankranti", 2018, 1, 14)]
    [InlineData("makar-sankranti", 2019, 1, 15)] // the sun entered Makara after sunset on the 14th
    [InlineData("bhogi", 2018, 1, 13)]
    [InlineData("kaanum-pongal", 2018, 1, 16)]
    [InlineData("vaisakhi", 2018, 4, 14)]
    [InlineData("vaisakhi", 2024, 4, 13)]
    [InlineData("pohela-boishakh", 2018, 4, 15)]
    [InlineData("rabindra-jayanti", 2018, 5, 9)] // 25 Boishakh
    [InlineData("onam", 2018, 8, 25)]
    [InlineData("onam", 2019, 9, 11)]
    [InlineData("onam", 2024, 9, 15)] // Thiruvonam came twice in Chingam: the second
    [InlineData("parsi-new-year", 2018, 8, 17)]
    [InlineData("parsi-new-year", 2022, 8, 16)]
    [InlineData("parsi-new-year", 2024, 8, 15)] // a day earlier every four years
    [InlineData("koningsdag", 2014, 4, 26)] // the 27th was a Sunday
    [InlineData("koningsdag", 2018, 4, 27)]
    [InlineData("bosses-day", 2016, 10, 17)] // the 16th was a Sunday
    [InlineData("bosses-day", 2021, 10, 15)] // the 16th was a Saturday
    [InlineData("cooperatives-day", 2019, 7, 6)]
    [InlineData("earth-hour", 2019, 3, 30)] // the last Saturday of March
    [InlineData("earth-hour", 2016, 3, 19)] // not Holy Saturday, the 26th
    [InlineData("earth-hour", 2018, 3, 24)]
    public void Solar_and_rule_days_fall_on_their_date(string id, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Calendar.On(id, year));

    [Fact]
    public void Navaratri_is_the_nine_days_from_the_bright_fortnight_s_first_tithi()
    {
        Assert.Equal(new DateOnly(2018, 10, 10), Calendar.On("navaratri", 2018));
        Assert.Equal(new DateOnly(2018, 10, 18), Calendar.LastDay("navaratri", new DateOnly(2018, 10, 10)));
        // 2020 had a leap Ashvina (18 September – 16 October): Navaratri waited for the regular one.
        Assert.Equal(new DateOnly(2020, 10, 17), Calendar.On("navaratri", 2020));
    }

    [Fact]
    public void A_month_near_the_turn_of_the_year_can_fall_twice_in_one_year_and_not_in_the_next()
    {
        // Paush's seventh bright tithi came on 9 January and 29 December 2022, and not in 2023.
        Assert.Equal(new DateOnly(2022, 1, 9), Calendar.On("guru-gobind-singh-jayanti", 2022));
        Assert.Null(Calendar.On("guru-gobind-singh-jayanti", 2023));
        Assert.Equal(new DateOnly(2024, 1, 17), Calendar.On("guru-gobind-singh-jayanti", 2024));
        Assert.Equal(new DateOnly(2022, 12, 29), Calendar.Next("guru-gobind-singh-jayanti", new DateOnly(2022, 6, 1)));
        Assert.Equal(new DateOnly(2022, 12, 29), Calendar.Nearest("guru-gobind-singh-jayanti", new DateOnly(2023, 2, 1)));
        Assert.Equal(new DateOnly(2024, 1, 17), Calendar.Next("guru-gobind-singh-jayanti", new DateOnly(2023, 1, 1)));
    }

    [Theory]
    [InlineData("en", 2019, 10, 28, "Millions of Hindus celebrated Diwali on Sunday with lamps and fireworks.", "Diwali=2019-10-27")]
    [InlineData("en", 2024, 3, 26, "Holi brought crowds to Mathura and Vrindavan.", "Holi=2024-03-25")]
    [InlineData("en", 2018, 8, 20, "Kerala cancelled its Onam celebrations after the floods.", "Onam=2018-08-25")]
    [InlineData("en", 2016, 10, 10, "Retailers are pushing gift cards ahead of Boss's Day.", "Boss's Day=2016-10-17")]
    [InlineData("en", 2019, 3, 31, "Landmarks went dark for Earth Hour on Saturday.", "Earth Hour=2019-03-30T20:30/2019-03-30T21:30")]
    [InlineData("de", 2025, 5, 20, "Am Vatertag ziehen viele Männer mit Bollerwagen durch die Dörfer.", "Vatertag=2025-05-29")]
    [InlineData("de", 2018, 4, 20, "Zum Königstag färbt sich Amsterdam orange.", "Königstag=2018-04-27")]
    [InlineData("it", 2025, 11, 10, "La Giornata mondiale della prematurità sarà celebrata anche a Milano.", "La Giornata mondiale della prematurità=2025-11-17")]
    [InlineData("fr", 2025, 10, 15, "Les fêtes de Diwali illumineront Paris cette année.", "Diwali=2025-10-20")]
    public void Festival_names_in_news_are_dates(string language, int y, int m, int d, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, new DateOnly(y, m, d))));

    [Theory]
    [InlineData("en", "The boss's day started at six.")]
    [InlineData("en", "She ate a bowl of pongal for breakfast.")]
    public void Common_words_that_share_a_festival_s_name_are_no_dates(string language, string text) =>
        Assert.Empty(TimeKit.TimesOf(text, language, TimeKit.Published));
}
