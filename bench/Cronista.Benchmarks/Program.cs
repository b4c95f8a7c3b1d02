using BenchmarkDotNet.Running;
using Cronista.Benchmarks.Load;
using Cronista.Benchmarks.Store;
using Cronista.Benchmarks.Throughput;

// "throughput" runs the end-to-end measurement, "load" the HTTP API under concurrent requests, "store" the read endpoints
// over a generated store; anything else goes to BenchmarkDotNet (--filter, --list …).
if (args.Length > 0 && args[0] == "throughput")
    return ThroughputCommand.Run(args[1..], Console.Out, Console.Error);
if (args.Length > 0 && args[0] == "load")
    return await LoadCommand.RunAsync(args[1..], Console.Out, Console.Error);
if (args.Length > 0 && args[0] == "store")
    return await StoreCommand.RunAsync(args[1..], Console.Out, Console.Error);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
