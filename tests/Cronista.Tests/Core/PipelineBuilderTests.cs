using Cronista.Core;

namespace Cronista.Tests.Core;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, ILayer[] requires, ILayer[] produces) : IStage
    {
        public string Name => name;
        public IReadOnlyList<ILayer> Requires => requires;
        public IReadOnlyList<ILayer> Produces => produces;
        public Document Process(Document document, CancellationToken cancellationToken) => document;
    }

    [Fact]
    public void A_stage_whose_input_nothing_produces_is_refused_with_a_fix()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("tag", [Layers.Tokens], [Layers.Mentions]));

        var error = Assert.Throws<PipelineValidationException>(builder.Build);

        Assert.Contains("requires layer 'tokens'", error.Message);
        Assert.Contains("add the stage that produces it", error.Message);
    }

    [Fact]
    public void Stages_in_dependency_order_build()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("tok", [], [Layers.Tokens]))
            .Add(new FakeStage("tag", [Layers.Tokens], [Layers.Mentions]))
            .Build();

        Assert.Equal(["tok", "tag"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Two_stages_with_one_name_are_refused()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("tok", [], [Layers.Tokens]))
            .Add(new FakeStage("tok", [], [Layers.Sentences]));

        Assert.Throws<PipelineValidationException>(builder.Build);
    }

    [Fact]
    public void The_default_pipeline_is_valid() => Assert.NotEmpty(Analyzer.CreateDefault().Pipeline.Stages);
}
