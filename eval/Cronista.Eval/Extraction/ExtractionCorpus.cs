using System.Collections.Immutable;

namespace Cronista.Eval.Extraction;

/// <summary>One annotated page of the benchmark.</summary>
/// <param name="Key">Its key in evaldata.json: the page's URL, or a label such as "hard::site-page.html".</param>
/// <param name="File">The HTML file as evaldata.json names it ("site.page.html").</param>
/// <param name="Path">Where that file was found (the name itself or its gzipped copy, under cache/ or eval/).</param>
/// <param name="With">Snippets of the article that the output must contain.</param>
/// <param name="Without">Snippets of boilerplate (navigation, teasers, comments) that it must not.</param>
internal sealed record ExtractionItem(string Key, string File, string Path, ImmutableArray<string> With, ImmutableArray<string> Without);

/// <summary>The benchmark as read from evaldata.json, every HTML file found.</summary>
/// <param name="Source">The evaldata.json file read.</param>
/// <param name="Items">The pages, in file order.</param>
internal sealed record ExtractionCorpus(string Source, ImmutableArray<ExtractionItem> Items);
