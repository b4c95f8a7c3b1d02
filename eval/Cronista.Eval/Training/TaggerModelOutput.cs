using System.Globalization;
using Cronista.Learning.Perceptron;

namespace Cronista.Eval.Training;

/// <summary>Writes a trained tagger with what it was trained on, so that a model file says how to rebuild it.</summary>
internal static class TaggerModelOutput
{
    /// <summary>Writes the weights to <paramref name="output"/> and reports their size and dev score under <paramref name="scoreName"/>.</summary>
    public static void Write(TrainedWeights weights, string features, string language, IReadOnlyList<string> train, PerceptronOptions perceptron, string output, string scoreName, TextWriter log)
    {
        var properties = new Dictionary<string, string>
        {
            ["features"] = features,
            ["language"] = language,
            ["trained-on"] = string.Join(' ', train.Select(Path.GetFileName)),
            ["epochs"] = perceptron.Epochs.ToString(CultureInfo.InvariantCulture),
            ["seed"] = perceptron.Seed.ToString(CultureInfo.InvariantCulture),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
            weights.Write(file, properties);
        log.WriteLine($"wrote {output}: {weights.Keys.Length:N0} features, {new FileInfo(output).Length:N0} bytes; {scoreName} {weights.DevScore:F4}");
    }
}
