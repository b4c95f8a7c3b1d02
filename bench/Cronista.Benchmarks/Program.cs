using BenchmarkDotNet.Running;
using Cronista.Benchmarks.Load;
using Cronista.Benchmarks.Throughput;

// "throughput" runs the end-to-end measurement, "load" the HTTP API under concurrent requests; anything else goes to
// BenchmarkDotNet (--filter, --list …).
if (args.Length > 0 && args[0] == "throughput")
    return ThroughputCommand.Run(args[1..], Console.Out, Console.Error);
if (args.Length > 0 && args[0] == "load")
    return await LoadCommand.RunAsync(args[1..], Console.Out, Console.Error);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
