using Microsoft.AspNetCore.Http;

namespace Cronista.Web.Hosting;

/// <summary>The API's errors as ProblemDetails (RFC 9457), each saying what is wrong and what to do about it.</summary>
internal static class ProblemResults
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult TooLarge(long limit) =>
        Results.Problem($"The request body is larger than the {limit} byte limit; send a smaller article, or start the server with a larger --max-size.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large");

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem($"Content type '{contentType ?? "(none)"}' is not read here; send text/plain (an article), text/html (a page) or application/json.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    public static IResult Unprocessable(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No article could be read");

    public static IResult BadGateway(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status502BadGateway, title: "The page could not be fetched");

    public static IResult Unauthorized() =>
        Results.Problem("This write needs the server's token: send the header 'Authorization: Bearer TOKEN'.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Token missing or wrong");

    public static IResult WritesRefused() =>
        Results.Problem("The server is reachable beyond loopback and has no token, so it refuses writes; start it with --token TOKEN " +
            "(or the CRONISTA_TOKEN environment variable), or bind it to 127.0.0.1.",
            statusCode: StatusCodes.Status403Forbidden, title: "Writes are refused");
}
