return Cronista.Cli.CliApp.Run(args, Console.Out, Console.Error);
