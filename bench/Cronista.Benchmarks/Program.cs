using BenchmarkDotNet.Running;
using Cronista.Benchmarks.Throughput;

// "throughput" runs the end-to-end measurement; anything else goes to BenchmarkDotNet (--filter, --list …).
if (args.Length > 0 && args[0] == "throughput")
    return ThroughputCommand.Run(args[1..], Console.Out, Console.Error);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
