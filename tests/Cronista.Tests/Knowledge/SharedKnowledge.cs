using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

/// <summary>The embedded knowledge base, loaded once for all knowledge tests.</summary>
internal static class SharedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Instance = new(KnowledgeBase.Load);

    public static KnowledgeBase Base => Instance.Value;
}
