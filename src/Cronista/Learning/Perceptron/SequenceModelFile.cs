using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Cronista.Learning.Perceptron;

/// <summary>Writes and reads sequence models as gzipped binary files.</summary>
/// <remarks>Weights are stored as half-precision floats: averaged perceptron weights need no more, and the
/// models stay small enough to ship inside the assembly.</remarks>
public static class SequenceModelFile
{
    private const string Magic = "CRONISTA-SEQ";
    private const int Version = 1;

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public static void Write(Stream output, LabelSet labels, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, ReadOnlySpan<float> transitions, IReadOnlyDictionary<string, string> properties)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(properties.Count);
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write(value);
        }
        writer.Write(labels.Bio);
        writer.Write(labels.Count);
        foreach (var label in labels.Names)
            writer.Write(label);
        foreach (var value in transitions)
            writer.Write(value);
        writer.Write(keys.Length);
        foreach (var key in keys)
            writer.Write(key);
        foreach (var weight in weights)
            writer.Write((Half)weight);
    }

    /// <summary>Reads a shipped model ("it/ner.bin.gz", see <see cref="Core.ModelFiles"/>), or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The model was trained with other features than <paramref name="features"/>.</exception>
    public static SequenceModel? LoadShipped(string path, string features)
    {
        if (!Core.ModelFiles.Exists(path))
            return null;
        using var stream = Core.ModelFiles.Open(path);
        var model = Read(stream);
        var trainedWith = model.Properties.GetValueOrDefault("features");
        if (trainedWith != features)
            throw new InvalidDataException($"models/{path} was trained with features '{trainedWith}', not '{features}'; retrain it (models/MODELS.md).");
        return model;
    }

    /// <summary>Reads a model file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a Cronista sequence model of this version.</exception>
    public static SequenceModel Load(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return Read(gzip);
    }

    /// <summary>Reads a model from its decompressed bytes.</summary>
    /// <exception cref="InvalidDataException">The stream is not a Cronista sequence model of this version.</exception>
    public static SequenceModel Read(Stream decompressed)
    {
        using var reader = new BinaryReader(new BufferedStream(decompressed, 1 << 16), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
                throw new InvalidDataException("Not a Cronista sequence model of version 1.");
            var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            var propertyCount = reader.ReadInt32();
            for (var i = 0; i < propertyCount; i++)
                properties[reader.ReadString()] = reader.ReadString();
            var bio = reader.ReadBoolean();
            var names = new string[reader.ReadInt32()];
            for (var i = 0; i < names.Length; i++)
                names[i] = reader.ReadString();
            var labels = new LabelSet(names, bio);
            var transitions = new float[(names.Length + 1) * names.Length];
            for (var i = 0; i < transitions.Length; i++)
                transitions[i] = reader.ReadSingle();
            var keys = new ulong[reader.ReadInt32()];
            for (var i = 0; i < keys.Length; i++)
                keys[i] = reader.ReadUInt64();
            var weights = new float[keys.Length * names.Length];
            for (var i = 0; i < weights.Length; i++)
                weights[i] = (float)reader.ReadHalf();
            return new SequenceModel(labels, new WeightTable(keys, weights, names.Length), transitions, properties.ToImmutable());
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The sequence model file is truncated.");
        }
    }
}
