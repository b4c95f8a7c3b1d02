namespace Cronista.Cli;

/// <summary>What the cronista command's exit status means.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Some documents (or checks) failed; they are listed on standard error.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong: unknown command, missing argument, bad option value.</summary>
    public const int Usage = 2;
}
