namespace Cronista.Benchmarks.Throughput;

/// <summary>The process's peak resident memory, as Linux reports it.</summary>
internal static class PeakMemory
{
    /// <summary>VmHWM from /proc/self/status in megabytes (2^20 bytes), or null where there is no such file.</summary>
    public static double? Megabytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
            return null;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
                continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 2 && long.TryParse(fields[1], out var kilobytes) ? kilobytes / 1024.0 : null;
        }
        return null;
    }
}
