namespace Cronista.Eval.Attributions;

/// <summary>Tells speech from the other attributions PolNeAR marks: beliefs, feelings and intentions (believes, fears,
/// wants), which name no words anyone said.</summary>
/// <remarks>An attribution is speech when it has a source and the main verb of its cue is none of these forms; the
/// same test is applied to gold and predicted attributions.</remarks>
internal static class SpeechCues
{
    private static readonly HashSet<string> InnerStates =
    [
        "believe", "believes", "believed", "believing", "think", "thinks", "thought", "thinking", "want", "wants", "wanted",
        "wanting", "hope", "hopes", "hoped", "hoping", "fear", "fears", "feared", "fearing", "feel", "feels", "felt", "feeling",
        "expect", "expects", "expected", "expecting", "seem", "seems", "seemed", "appear", "appears", "appeared", "know",
        "knows", "knew", "known", "worry", "worries", "worried", "prefer", "prefers", "preferred", "plan", "plans", "planned",
        "intend", "intends", "intended", "wish", "wishes", "wished", "consider", "considers", "considered", "see", "sees",
        "saw", "seen", "view", "views", "viewed", "doubt", "doubts", "doubted", "suspect", "suspects", "suspected", "assume",
        "assumes", "assumed", "remember", "remembers", "remembered", "realize", "realizes", "realized", "understand",
        "understands", "understood", "like", "likes", "liked", "love", "loves", "loved", "hate", "hates", "hated", "seek",
        "seeks", "sought", "try", "tries", "tried", "trying", "refuse", "refuses", "refused", "decided", "decide", "decides",
        "aims", "aim", "aimed", "needs", "need", "needed", "envision", "imagine", "imagined", "wondered", "wonder", "wondering",
    ];

    public static bool IsSpeech(bool hasSource, string cueWord) => hasSource && !InnerStates.Contains(cueWord.Replace('’', '\''));
}
