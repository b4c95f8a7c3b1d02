namespace Cronista.Eval.Extraction;

/// <summary>Raised when evaldata.json is malformed or names an HTML file that is not there.</summary>
internal sealed class EvaldataException(string message) : Exception(message);
