using Cronista.Storage;

namespace Cronista.Cli;

/// <summary>Opens the store for the query commands, turning a missing or broken store into a message.</summary>
internal static class StoreAccess
{
    /// <summary>Runs a query against the store; a store problem is written to standard error and gives exit code 1.</summary>
    public static int With(string path, TextWriter error, Func<DocumentStore, int> query)
    {
        try
        {
            using var store = DocumentStore.OpenExisting(path);
            return query(store);
        }
        catch (StoreException e)
        {
            error.WriteLine($"cronista: {e.Message}");
            return ExitCodes.SomeFailed;
        }
    }
}
