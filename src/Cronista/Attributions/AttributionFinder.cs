using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Perceptron;
using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>Finds attributions sentence by sentence: a cue from the language's list, the source phrase beside it, and
/// the content before it (“…,” he said) or after it (he said that …), with PolNeAR's span conventions.</summary>
/// <remarks>With a trained cue tagger, the cues it marks that the list missed are tried last, and built the same way.</remarks>
internal sealed class AttributionFinder(PerLanguage<AttributionCues> cues, PerLanguage<CueTagger>? taggers = null)
{
    private const string Stage = "attribute-spans";

    // After a cue that closes the sentence, a short phrase may still follow (said in a statement on Tuesday).
    internal const int MaxTailWords = 6;

    // "that" this close after the cue opens the content (said on Tuesday that …).
    private const int ThatReach = 5;

    public ImmutableArray<Attribution> Find(Document document)
    {
        if (cues.For(document.Language) is not { } lexicon)
            return [];
        var words = new SentenceWords(document);
        var tagger = taggers?.For(document.Language);
        var sentences = document.Get(Layers.Sentences);
        var found = Labelled(words, sentences);
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            var next = s + 1 < sentences.Length && sentences[s + 1].Paragraph == sentence.Paragraph ? sentences[s + 1] : (Sentence?)null;
            var following = s + 1 < sentences.Length ? sentences[s + 1] : (Sentence?)null;
            var previous = s > 0 && sentences[s - 1].Paragraph == sentence.Paragraph ? sentences[s - 1] : (Sentence?)null;
            // The tagger's cues go first: they are as precise as the list's, and know where PolNeAR ends a cue.
            if (tagger is not null)
            {
                var chunks = tagger.Tag(words, lexicon, sentence.FirstToken, sentence.EndToken);
                var sources = chunks.Where(c => c.Type == "SOURCE").ToList();
                words.TaggedSources = sources;
                var tagged = chunks.Where(c => c.Type == "CUE").ToList();
                // PolNeAR nests no attribution in another's content: a cue that closes its content (“…,” sources said)
                // is built before the cues inside that content, which would otherwise take its words.
                for (var pass = 0; pass < 2; pass++)
                for (var i = 0; i < tagged.Count; i++)
                {
                    var limit = i + 1 < tagged.Count ? ClauseBefore(words, lexicon, sentence, tagged[i].End, tagged[i + 1].Start) : sentence.EndToken;
                    if (Tagged(words, lexicon, sentence, previous, next, following, tagged[i], sources, pass == 0, limit) is { } attribution)
                        found.Add(attribution);
                }
            }
            // Reliable cues first, then the others, each pass left to right.
            for (var pass = 0; pass < 2; pass++)
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (pass == 0 != lexicon.IsFirst(words.Words, k))
                    continue;
                if (words.Used[k] || lexicon.At(words.Words, k) is not { } cue || k + cue.Length > sentence.EndToken || words.InsideQuote(k))
                    continue;
                if (cue.Kind != CueKind.After && words.Upos[k] is not ("VERB" or "AUX") || NamingVerb.IsNaming(words, k, sentence.EndToken))
                    continue;
                var attribution = cue.Kind == CueKind.After
                    ? AccordingTo(words, sentence, k, k + cue.Length)
                    : Verbal(words, lexicon, sentence, previous, next, following, k, k + cue.Length, cue.Kind);
                if (attribution is not null)
                    found.Add(attribution);
            }
        }
        return [.. found.OrderBy(a => a.Cue.Start)];
    }

    /// <summary>Speakers named by a label (KATE BOULDUAN: …) or a signature (“…” ― Sonya Herridge): their punctuation is
    /// the cue, so they are taken before any verb is read.</summary>
    private static List<Attribution> Labelled(SentenceWords words, ImmutableArray<Sentence> sentences)
    {
        var found = new List<Attribution>();
        for (var s = 0; s < sentences.Length; s++)
        {
            if ((s == 0 || sentences[s - 1].Paragraph != sentences[s].Paragraph) && LabelledSpeech.SpeakerLabel(words, sentences[s].FirstToken) is var (source, colon, contentEnd)
                && Make(words, "speaker-label", CueKind.Speech, (colon, colon + 1), (source, colon), [(colon + 1, contentEnd)]) is { } label)
            {
                found.Add(label);
            }
        }
        for (var k = 0; k < words.Tokens.Length; k++)
        {
            if (words.IsQuoteMark(k) && LabelledSpeech.Signature(words, k) is var (quoteStart, dash, nameEnd)
                && Make(words, "signed-quote", CueKind.Speech, (dash, dash + 1), (dash + 1, nameEnd), [(quoteStart, k + 1)]) is { } signed)
            {
                found.Add(signed);
            }
        }
        return found;
    }

    /// <summary>The attribution around a cue the tagger marked, built as a listed cue's would be; its kind is the list's
    /// when the list knows the word, else speech.</summary>
    private static Attribution? Tagged(SentenceWords words, AttributionCues lexicon, Sentence sentence, Sentence? previous, Sentence? next, Sentence? following, LabelChunk chunk, List<LabelChunk> sources, bool beforeOnly, int limit)
    {
        if (words.AnyUsed(chunk.Start, chunk.End) || words.InsideQuote(chunk.Start) || NamingVerb.IsNaming(words, chunk.End - 1, sentence.EndToken))
            return null;
        var kind = lexicon.At(words.Words, chunk.Start)?.Kind ?? CueKind.Speech;
        // “…, according to X.” closes its content as “…,” X said does.
        if (beforeOnly)
        {
            return kind == CueKind.After
                ? chunk.Start > sentence.FirstToken && words.Words[chunk.Start - 1] == "," ? AccordingTo(words, sentence, chunk.Start, chunk.End) : null
                : Verbal(words, lexicon, sentence, previous, next, following, chunk.Start, chunk.End, kind, beforeOnly: true);
        }
        return kind == CueKind.After
            ? AccordingTo(words, sentence, chunk.Start, chunk.End)
            : Verbal(words, lexicon, sentence, previous, next, following, chunk.Start, chunk.End, kind, limit: limit)
                ?? Fallback(words, lexicon, sentence, chunk.Start, chunk.End, kind, sources, limit);
    }

    // Words that join the clause of a later cue to what comes before it (…, though she acknowledged …).
    private static readonly HashSet<string> Joiners = [",", ";", "and", "but", "though", "although", "as", "while", "when", "after", "before", "because", "since", "whereas", "even", "—", "--", "–"];

    /// <summary>Where the clause of a later cue begins, its source and the words that join it included: the content of
    /// an earlier cue ends there. The sentence's end when no clause boundary lies between the two cues.</summary>
    private static int ClauseBefore(SentenceWords words, AttributionCues lexicon, Sentence sentence, int from, int cueStart)
    {
        var k = cueStart;
        while (k - 1 > from && lexicon.Prefixes.Contains(words.Words[k - 1]))
            k--;
        var source = SourcePhrase.Left(words, from, k);
        if (source > from)
            k = source;
        var joined = k;
        while (joined - 1 > from && Joiners.Contains(words.Words[joined - 1]))
            joined--;
        return joined < k ? joined : sentence.EndToken;
    }

    /// <summary>A tagged cue the shapes above do not fit (support for the plan): the noun phrase before it as the source,
    /// the clause after it as the content.</summary>
    private static Attribution? Fallback(SentenceWords words, AttributionCues lexicon, Sentence sentence, int cueStart, int cueEnd, CueKind kind, List<LabelChunk> sources, int limit)
    {
        var left = SourcePhrase.Left(words, sentence.FirstToken, cueStart);
        // Without a noun phrase right before the cue, the nearest free source the tagger marked before it.
        // A noun phrase another attribution already holds is not this one's source.
        var source = left >= 0 && !words.AnyUsed(left, cueStart) ? (left, cueStart) : (0, 0);
        if (source == (0, 0) && SourceChoice.SharedSource(words, lexicon, sentence, cueStart) is { } shared)
            source = shared;
        if (source == (0, 0) && sources.LastOrDefault(c => c.End <= cueStart && !words.AnyUsed(c.Start, c.End)) is { End: > 0 } tagged)
            source = (tagged.Start, tagged.End);
        var start = ContentClause.Start(words, lexicon, sentence, cueEnd);
        var end = Math.Min(ContentClause.End(words, lexicon, sentence, start), Math.Max(limit, start + 1));
        end = ClauseShapes.FreeUntil(words, start, end);
        var after = Trim(words, start, end);
        if (after.To <= after.From || words.AnyUsed(after.From, after.To) || AnnouncesOtherSpeech(words, lexicon, cueStart, after))
            return null;
        return Make(words, "tagged-cue-content", kind, (cueStart, cueEnd), source, [after]);
    }

    /// <summary>“According to X, content.” and “Content, according to X.”</summary>
    private static Attribution? AccordingTo(SentenceWords words, Sentence sentence, int cueStart, int cueEnd)
    {
        var sourceEnd = cueEnd;
        while (sourceEnd < sentence.EndToken && (words.Words[sourceEnd] is not ("," or ";" or ":" or ")" or "-" or "—" or "--") || ContentClause.IsInnerHyphen(words, sourceEnd))
               && !IsFinal(words, sentence, sourceEnd))
            sourceEnd++;
        if (sourceEnd == cueEnd)
            return null;
        var content = new List<(int From, int To)>();
        var before = Trim(words, sentence.FirstToken, cueStart);
        if (before.To > before.From)
            content.Add(before);
        (int From, int To) after = sourceEnd < sentence.EndToken && words.Words[sourceEnd] == "," ? Trim(words, sourceEnd + 1, ContentClause.SentenceEnd(words, sentence, sourceEnd + 1)) : (0, 0);
        if (after.To > after.From)
            content.Add(after);
        if (content.Count == 0 || content.Exists(c => words.AnyUsed(c.From, c.To)))
            return null;
        return Make(words, "according-to", CueKind.Speech, (cueStart, cueEnd), (cueEnd, sourceEnd), content);
    }

    /// <summary>A reporting verb: the content before it (“…,” he said; “…,” said Smith) or after it (Smith said that …).</summary>
    private static Attribution? Verbal(SentenceWords words, AttributionCues lexicon, Sentence sentence, Sentence? previous, Sentence? next, Sentence? following, int verb, int cueEnd, CueKind kind, bool beforeOnly = false, int limit = int.MaxValue)
    {
        var cueStart = verb;
        while (cueStart - 1 >= sentence.FirstToken && !words.Used[cueStart - 1] && lexicon.Prefixes.Contains(words.Words[cueStart - 1]))
            cueStart--;
        if (!beforeOnly && PassiveCue.Find(words, sentence, cueStart, cueEnd) is var (passiveCue, agent, patient))
            return Make(words, "subject-passive-agent", kind, passiveCue, agent, [patient]);
        var left = SourcePhrase.Appositive(words, sentence.FirstToken, cueStart);
        if (left < 0)
            left = SourcePhrase.Left(words, sentence.FirstToken, cueStart);
        var right = left < 0 ? SourcePhrase.Right(words, cueEnd, sentence.EndToken) : -1;
        if (right > 0)
            right = SourcePhrase.TrailingAppositive(words, right, ContentClause.SentenceEnd(words, sentence, right));
        var beforeEnd = (left >= 0 ? left : cueStart) - 1;
        var tail = right >= 0 ? right : cueEnd;
        var contentFirst = sentence.FirstToken;
        // “Is that all there is?” Trump said. — the splitter ends the quote's sentence at its question mark.
        if (beforeEnd < sentence.FirstToken && previous is { } before && words.IsQuoteMark(before.EndToken - 1) && words.QuoteEndingAt(before.EndToken - 1) is not null)
            (beforeEnd, contentFirst) = (before.EndToken - 1, before.FirstToken);
        var hasBefore = beforeEnd > contentFirst && (words.Words[beforeEnd] == "," || words.IsQuoteMark(beforeEnd) && words.QuoteEndingAt(beforeEnd) is not null);
        // In July, Smith called for a moratorium: an opening phrase without a verb says when or where, not what.
        if (hasBefore && words.Words[beforeEnd] == "," && ClauseShapes.IsOpeningPhrase(words, contentFirst, beforeEnd))
            hasBefore = false;
        // “… found.” He added, “In this case …”: a quote that ended its sentence before the source belongs to an earlier
        // cue; the one that opens after the cue is this one's. “…,” he said, “…” is one quote the source interrupts.
        var quoteFollows = tail + 1 < sentence.EndToken && words.Words[tail] is "," or ":" && words.QuoteStartingAt(tail + 1) is not null;
        if (quoteFollows && words.IsQuoteMark(beforeEnd) && beforeEnd > 0 && words.Words[beforeEnd - 1] is not ("," or "?" or "!"))
            hasBefore = false;
        // “…,” top lawmakers said Friday afternoon, as they …: after a quotation, a short phrase without a verb may stand
        // before the comma (after a paraphrase, the comma more likely closes an opening phrase: Among Republicans, …).
        // “…,” Flynn said Thursday morning on Fox News: a quotation that opens the sentence and hands over with a comma is
        // the cue's content, whatever the cue's tail says about when and where.
        var handsOver = ClauseShapes.QuoteBefore(words, beforeEnd) && words.Words[beforeEnd - 1] is "," or "?" or "!"
            && words.QuoteEndingAt(beforeEnd) is { } handed && words.TokenAt(handed.Start) <= contentFirst;
        if (hasBefore && (handsOver || EmptyTail(words, sentence, tail) || words.Words[tail] == "," || ClauseShapes.QuoteBefore(words, beforeEnd) && words.Words[ClauseShapes.ShortPhraseEnd(words, sentence, tail)] == ","))
        {
            if (left < 0 && right < 0)
                return null;
            var contentEnd = words.Words[beforeEnd] == "," ? beforeEnd : beforeEnd + 1;
            var contentStart = contentFirst;
            // DuVernay said she felt … because “…,” she said: a quotation after someone else's cue is all this one's content.
            if (words.IsQuoteMark(beforeEnd) && words.QuoteEndingAt(beforeEnd) is { } quote)
                contentStart = words.TokenAt(quote.Start) is var quoteStart && quoteStart > contentFirst && ClauseShapes.HasOwnCue(words, lexicon, contentFirst, quoteStart) ? quoteStart : Math.Min(contentStart, quoteStart);
            contentStart = ContentClause.AfterMissedBoundary(words, contentStart, beforeEnd);
            var content = new List<(int From, int To)> { Trim(words, contentStart, contentEnd) };
            if (content[0].To <= content[0].From || words.AnyUsed(content[0].From, content[0].To))
                return null;
            // He said he had not seen it, and when asked …, he said, “…”: a paraphrase with its own reliable cue and
            // subject is that cue's content; left to right, that cue comes first.
            if (beforeOnly && ClauseShapes.HasOwnCue(words, lexicon, content[0].From, content[0].To))
                return null;
            // “…,” he said, “…”: the quote goes on after the interruption.
            if (tail + 1 < sentence.EndToken && words.Words[tail] == "," && words.QuoteStartingAt(tail + 1) is { } resumed)
                content.Add((tail + 1, words.TokenAt(resumed.End)));
            // “…,” Tester said, referring to the excuse, “…”: a participle phrase may interrupt too.
            else if (ClauseShapes.QuoteBefore(words, beforeEnd) && ClauseShapes.ParticipleEnd(words, lexicon, sentence, tail) is var participle and > 0 && participle + 1 < sentence.EndToken
                && words.Words[participle] == "," && words.QuoteStartingAt(participle + 1) is { } goesOn)
                content.Add((participle + 1, words.TokenAt(goesOn.End)));
            // “…,” he said. “…”: a quote goes on in the next sentence; a paraphrase does not. (“…,” she said, pointing. “…”)
            else if (next is { } sameParagraph && words.IsQuoteMark(beforeEnd) && words.QuoteStartingAt(sameParagraph.FirstToken) is { } more
                && (handsOver || EmptyTail(words, sentence, tail) || ClauseShapes.ParticipleEnd(words, lexicon, sentence, tail) is var ending and > 0 && IsFinal(words, sentence, ending)))
                content.Add((sameParagraph.FirstToken, words.TokenAt(more.End)));
            var source = left >= 0 ? (left, cueStart) : (cueEnd, right);
            return Make(words, left >= 0 ? "content-source-cue" : "content-cue-source", kind, (cueStart, cueEnd), source, content);
        }
        if (beforeOnly)
            return null;
        var sourceEnd = cueStart;
        if (left < 0 && SourcePhrase.Subject(words, lexicon, sentence.FirstToken, cueStart) is { } subject)
            (left, sourceEnd) = subject;
        if (left < 0 && SourceChoice.SharedSource(words, lexicon, sentence, cueStart) is { } shared)
            (left, sourceEnd) = shared;
        if (left < 0)
            return null;
        // Cruz continued:¶“You look at the questions …”: what the colon announces is the next paragraph, or the quote that
        // opens the next sentence; a quotation left open at a paragraph's end goes on in the next one.
        var colon = cueEnd < sentence.EndToken && words.Words[cueEnd] == ":" ? cueEnd : words.Words[cueEnd - 1] == ":" ? cueEnd - 1 : -1;
        if (colon >= 0 && colon + 1 == sentence.EndToken && following is { } nextSentence && AnnouncedContent.Of(words, nextSentence) is { Count: > 0 } announced)
            return Make(words, "source-cue-colon-quote", kind, (cueStart, colon + 1), (left, sourceEnd), announced);
        var start = ContentClause.Start(words, lexicon, sentence, cueEnd);
        var end = Math.Min(ContentClause.End(words, lexicon, sentence, start), Math.Max(limit, start + 1));
        end = ClauseShapes.FreeUntil(words, start, end);
        if (start < end && words.QuoteStartingAt(start) is { } opened && opened.End > words.Tokens[end - 1].Span.End)
            end = Math.Max(end, words.TokenAt(opened.End));
        var after = Trim(words, start, end);
        if (after.To <= after.From || words.AnyUsed(after.From, after.To))
            return null;
        if (AnnouncesOtherSpeech(words, lexicon, cueStart, after))
            return null;
        return Make(words, sourceEnd == cueStart ? "source-cue-content" : "subject-cue-content", kind, (cueStart, cueEnd), (left, sourceEnd), [after]);
    }

    /// <summary>… on Friday: Republicans said they …: a colon before a clause with its own source and cue announces no
    /// speech of its own.</summary>
    private static bool AnnouncesOtherSpeech(SentenceWords words, AttributionCues lexicon, int cueStart, (int From, int To) content) =>
        words.Words[cueStart] == ":" && ClauseShapes.HasOwnCue(words, lexicon, content.From - 1, content.To);

    internal static bool IsFinal(SentenceWords words, Sentence sentence, int k) =>
        k == sentence.EndToken - 1 && words.Words[k] is "." or ";" or ":" || k >= sentence.EndToken;

    /// <summary>True when nothing but punctuation or a short phrase without a verb follows (said in a statement).</summary>
    private static bool EmptyTail(SentenceWords words, Sentence sentence, int from)
    {
        var count = 0;
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (!words.IsWord(k))
                continue;
            if (words.Upos[k] is "VERB" or "AUX" || ++count > MaxTailWords)
                return false;
        }
        return true;
    }

    private static (int From, int To) Trim(SentenceWords words, int from, int to)
    {
        while (from < to && words.Words[from] is "," or ";" or "-" or "—")
            from++;
        while (to > from && words.Words[to - 1] is "," or ";" or "-" or "—")
            to--;
        return (from, to);
    }

    /// <summary>The attribution, its words taken; null when any of them already has a role in another one, as PolNeAR
    /// gives each word one role at most (a source shared by joined cues aside).</summary>
    private static Attribution? Make(SentenceWords words, string rule, CueKind kind, (int From, int To) cue, (int From, int To) source, List<(int From, int To)> content)
    {
        var shared = words.Sources.Exists(s => (s.From, s.To) == source);
        if (!shared && source.To > source.From && SourceChoice.Longer(words, source, cue, content) is { } tagged)
            source = tagged;
        if (words.AnyUsed(cue.From, cue.To) || (source.To > source.From && !shared && words.AnyUsed(source.From, source.To)) || content.Exists(c => words.AnyUsed(c.From, c.To)))
            return null;
        if (source.To > source.From)
            words.Sources.Add((source.From, source.To, cue.To));
        words.Take(cue.From, cue.To);
        words.Take(source.From, source.To);
        foreach (var (from, to) in content)
            words.Take(from, to);
        return new Attribution(Span(words, cue), [.. content.Select(c => Span(words, c))], kind, new Provenance(Stage, rule, 0.6))
        {
            Source = source.To > source.From ? Span(words, source) : null,
        };
    }

    private static TextSpan Span(SentenceWords words, (int From, int To) range) =>
        new(words.Tokens[range.From].Span.Start, words.Tokens[range.To - 1].Span.End);
}
