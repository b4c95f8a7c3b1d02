using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Cronista.Text;

namespace Cronista.Benchmarks;

/// <summary>The tokenizer and the sentence splitter called directly, without the document around them.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = "";
    private TokenizationRules _rules = null!;
    private ImmutableArray<Token> _tokens;

    [Params("it", "en")]
    public string Language { get; set; } = "it";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkArticles.Text(Language);
        _rules = new TokenizationRuleSet().For(Language);
        _tokens = Tokenizer.Tokenize(_text, _rules);
    }

    [Benchmark]
    public ImmutableArray<Token> Tokenize() => Tokenizer.Tokenize(_text, _rules);

    [Benchmark]
    public ImmutableArray<Sentence> SplitSentences() => SentenceSplitter.Split(_text, _tokens, _rules);
}
