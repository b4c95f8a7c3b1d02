using Cronista.Entities;

namespace Cronista.Knowledge;

/// <summary>Everything the project knows before reading a text: places, countries, roles, people and organisations, loaded once and shared.</summary>
/// <remarks>Immutable and thread-safe. The gazetteer, the largest part, is read the first time it is used.</remarks>
public sealed class KnowledgeBase
{
    private readonly Lazy<Gazetteer> _gazetteer;

    private KnowledgeBase(Func<Gazetteer> gazetteer, CountryTable countries, RoleLexicon roles, PersonRegistry people, OrganisationRegistry organisations, WorldRegions regions)
    {
        Regions = regions;
        _gazetteer = new Lazy<Gazetteer>(gazetteer, LazyThreadSafetyMode.ExecutionAndPublication);
        Countries = countries;
        Roles = roles;
        People = people;
        Organisations = organisations;
    }

    /// <summary>Loads the knowledge compiled into Cronista; do it once at start-up and pass the result to the stages that need it.</summary>
    public static KnowledgeBase Load() =>
        new(Gazetteer.Load, CountryTable.Load(), RoleLexicon.Load(), PersonRegistry.Load(), OrganisationRegistry.Load(), WorldRegions.Load());

    /// <summary>The GeoNames places: countries, regions, cities of 15,000 people or more.</summary>
    public Gazetteer Gazetteer => _gazetteer.Value;

    /// <summary>Countries with their names, demonyms and contextual aliases per language.</summary>
    public CountryTable Countries { get; }

    /// <summary>Role nouns per language.</summary>
    public RoleLexicon Roles { get; }

    /// <summary>Office holders with their terms.</summary>
    public PersonRegistry People { get; }

    /// <summary>Continents, seas and world regions.</summary>
    public WorldRegions Regions { get; }

    /// <summary>Known organisations.</summary>
    public OrganisationRegistry Organisations { get; }

    /// <summary>Every surface form a text in this language may use for something known: country names, demonyms and contextual
    /// aliases; organisation names; people's names and surnames; names of regions and of cities of at least
    /// <paramref name="minimumCityPopulation"/> people (capitals and regional seats always).</summary>
    /// <remarks>Organisation, person and place names are not tied to a language and are given for every language.
    /// A surname alone is given as <see cref="MentionKind.PartialName"/>. Pass a negative population to leave places out.</remarks>
    public IEnumerable<SurfaceForm> SurfaceForms(string language, long minimumCityPopulation = Gazetteer.FuzzyMinimumPopulation)
    {
        foreach (var form in Countries.Forms(language))
        {
            var kind = form.Kind == CountryFormKind.Demonym ? MentionKind.Demonym : MentionKind.Name;
            yield return new SurfaceForm(form.Text, form.Country.ToRef(), EntityType.LOC, kind, form.Kind == CountryFormKind.Contextual, form.IsAmbiguous);
        }
        foreach (var form in Regions.Forms)
            yield return form;
        foreach (var organisation in Organisations.All)
        {
            var target = organisation.ToRef();
            foreach (var name in organisation.Aliases.Prepend(organisation.Name))
                yield return new SurfaceForm(name, target, organisation.Type, MentionKind.Name, false, Organisations.Find(name).Count > 1);
        }
        foreach (var person in People.People)
        {
            var target = person.ToRef();
            foreach (var name in person.Aliases.Prepend(person.Name))
                yield return new SurfaceForm(name, target, EntityType.PER, MentionKind.Name, false, People.FindByName(name).Count > 1);
            foreach (var surname in person.Surnames)
                yield return new SurfaceForm(surname, target, EntityType.PER, MentionKind.PartialName, false, People.FindBySurname(surname).Count > 1);
        }
        if (minimumCityPopulation < 0)
            yield break;
        var gazetteer = Gazetteer;
        foreach (var place in gazetteer.Places)
        {
            if (place.Kind == PlaceKind.Country || (place.Kind == PlaceKind.City && !place.IsCapital && !place.IsAdminSeat && place.Population < minimumCityPopulation))
                continue;
            var target = place.ToRef();
            foreach (var name in gazetteer.NamesOf(place))
                yield return new SurfaceForm(name, target, EntityType.LOC, MentionKind.Name, false, gazetteer.Lookup(name).Count > 1);
        }
    }
}
