using System.IO.Compression;
using System.Text;
using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

/// <summary>Builds a gazetteer from a tiny GeoNames-format fixture written by the test; needs no downloaded data.</summary>
public sealed class GazetteerBuilderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cronista-geonames-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteFixture(bool zipped)
    {
        // Columns of cities15000.txt: geonameid, name, asciiname, alternatenames, lat, lon, feature class, feature code,
        // country, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modification date.
        var cities = new StringBuilder()
            .Append("524901\tMoscow\tMoscow\tMOW,Mosca,Moskau,Moscou,mo si ke,Москва,Mosca\t55.75204\t37.61781\tP\tPPLC\tRU\t\t48\t\t\t\t10381222\t\t155\tEurope/Moscow\t2025-09-09\n")
            .Append("538560\tKursk\tKursk\tKoursk,Kurs'k\t51.73733\t36.18735\tP\tPPLA\tRU\t\t41\t\t\t\t440052\t\t200\tEurope/Moscow\t2025-01-01\n")
            .Append("1871859\tPyongyang\tPyongyang\tPhenjan,Pjöngjang,P'yŏngyang,평양\t39.03385\t125.75432\tP\tPPLC\tKP\t\t12\t\t\t\t3222000\t\t38\tAsia/Pyongyang\t2024-01-01\n")
            .Append("9999999\tSmallton\tSmallton\t\t10.0\t10.0\tP\tPPL\tRU\t\t41\t\t\t\t15001\t\t0\tEurope/Moscow\t2024-01-01\n")
            .ToString();
        if (zipped)
        {
            using var zip = ZipFile.Open(Path.Combine(_folder, "cities15000.zip"), ZipArchiveMode.Create);
            using var writer = new StreamWriter(zip.CreateEntry("cities15000.txt").Open());
            writer.Write(cities);
        }
        else
        {
            File.WriteAllText(Path.Combine(_folder, "cities15000.txt"), cities);
        }
        File.WriteAllText(Path.Combine(_folder, "countryInfo.tsv"),
            "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal Code Format\tPostal Code Regex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n" +
            "RU\tRUS\t643\tRS\tRussia\tMoscow\t17100000\t144478050\tEU\t.ru\tRUB\tRuble\t7\t######\t\tru\t2017370\t\t\n" +
            "KP\tPRK\t408\tKN\tNorth Korea\tPyongyang\t120540\t25549819\tAS\t.kp\tKPW\tWon\t850\t\t\tko-KP\t1873107\t\t\n");
        File.WriteAllText(Path.Combine(_folder, "regionInfo.tsv"),
            "#region_code\tname\tname_ascii\tgeoname_id\nRU.41\tKursk Oblast\tKursk Oblast\t538555\nRU.48\tMoscow\tMoscow\t524894\n");
        File.WriteAllText(Path.Combine(_folder, "country_translations.json"),
            """{ "2017370": { "it": "Russia", "de": "Russland", "fr": "Russie", "en": "Russian Federation", "ru": "Россия" }, "1873107": { "it": "Corea, Repubblica Popolare Democratica" } }""");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Builds_a_gazetteer_that_finds_places_by_any_kept_name(bool zipped)
    {
        WriteFixture(zipped);
        var output = Path.Combine(_folder, "places.tsv.gz");
        var summary = GazetteerBuilder.Build(_folder, output);
        Assert.Equal((2, 2, 4), (summary.Countries, summary.Regions, summary.Cities));

        using var reader = new StreamReader(new GZipStream(File.OpenRead(output), CompressionMode.Decompress));
        var gazetteer = Gazetteer.Read(reader);
        Assert.Equal("Moscow", gazetteer.Lookup("Mosca")[0].Name);
        Assert.Equal("Moscow", gazetteer.Lookup("moskau")[0].Name);
        Assert.Empty(gazetteer.Lookup("mo si ke"));
        Assert.Empty(gazetteer.Lookup("MOW"));
        Assert.Empty(gazetteer.Lookup("Москва"));
        Assert.Equal(PlaceKind.Country, gazetteer.Lookup("Russland")[0].Kind);
        Assert.Empty(gazetteer.Lookup("Corea, Repubblica Popolare Democratica"));
        Assert.Equal(1871859, gazetteer.CapitalOf("PRK")?.GeonameId);
        Assert.Equal(538560, gazetteer.Find(538555)?.CapitalId);
        Assert.Contains(gazetteer.Lookup("Kursk"), p => p.Kind == PlaceKind.Region);
        Assert.Equal("Pyongyang", gazetteer.LookupFuzzy("Pyongynag")[0].Place.Name);
        Assert.Empty(gazetteer.LookupFuzzy("Smalltonn"));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        WriteFixture(zipped: true);
        GazetteerBuilder.Build(_folder, Path.Combine(_folder, "a.tsv.gz"));
        GazetteerBuilder.Build(_folder, Path.Combine(_folder, "b.tsv.gz"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "a.tsv.gz")), File.ReadAllBytes(Path.Combine(_folder, "b.tsv.gz")));
    }

    [Fact]
    public void A_missing_file_is_named_in_the_error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => GazetteerBuilder.Build(_folder, Path.Combine(_folder, "out.tsv.gz")));
        Assert.Contains("countryInfo.tsv", error.Message);
    }

    [Theory]
    [InlineData("Moscow", true)]
    [InlineData("Andorra la Vella", true)]
    [InlineData("Sant Julià de Lòria", true)]
    [InlineData("St. John's", true)]
    [InlineData("mo si ke", false)]
    [InlineData("MOW", false)]
    [InlineData("Москва", false)]
    [InlineData("Zürich (ZH)", false)]
    [InlineData("São Paulo", true)]
    public void Only_Latin_names_shaped_like_names_are_kept(string name, bool usable)
    {
        Assert.Equal(usable, LatinName.IsUsable(name));
    }
}
