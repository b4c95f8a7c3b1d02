using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>An event while it is being coded: its trigger, code, mode and participants, before dating and merging.</summary>
internal sealed class EventDraft(TriggerPattern pattern, Sentence sentence, int triggerStart, int triggerEnd, TextSpan trigger)
{
    public TriggerPattern Pattern { get; } = pattern;

    public Sentence Sentence { get; } = sentence;

    /// <summary>First token of the trigger.</summary>
    public int TriggerStart { get; } = triggerStart;

    /// <summary>One past the trigger's last token.</summary>
    public int TriggerEnd { get; } = triggerEnd;

    public List<TextSpan> Triggers { get; } = [trigger];

    public string Cameo { get; set; } = pattern.Cameo;

    /// <summary>The PLOVER type of the current code.</summary>
    public string? Plover { get; set; }

    public EventMode Mode { get; set; } = EventMode.Asserted;

    /// <summary>Who acts; two entities when two act together (Putin e Kim).</summary>
    public List<Entity> Actors { get; } = [];

    public List<Entity> Targets { get; } = [];

    /// <summary>Actors and targets that stand in a description: "Romanian officials" is Romania's entity, coded ROU GOV.</summary>
    public Dictionary<Entity, ActorDescription> Described { get; } = [];

    /// <summary>The target's country code when the target is a place with no country entity in the document.</summary>
    public string? TargetCountry { get; set; }

    public Entity? Location { get; set; }

    /// <summary>True when actor and target acted together and so on each other (Putin e Kim hanno discusso).</summary>
    public bool Reciprocal { get; set; }

    public EventDate? Date { get; set; }

    public string? ClaimId { get; set; }

    /// <summary>The sources the claim cites beyond publisher and agency: events of one account share a timeline.</summary>
    public string Account { get; set; } = "";

    public double Confidence { get; set; } = 0.6;

    public IEnumerable<Entity> Participants => Actors.Concat(Targets);
}
