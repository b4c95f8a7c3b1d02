using System.Net;
using System.Net.Sockets;

namespace Cronista.Web;

/// <summary>Keeps requests away from private, loopback and link-local networks (server-side request forgery), unless allowed.</summary>
/// <remarks>The check runs when the socket connects, on the addresses DNS actually returned, so that a public name that
/// resolves to 127.0.0.1 (or changes its answer between two look-ups) is caught too.</remarks>
internal sealed class AddressGuard(bool allowPrivate)
{
    /// <summary>Opens a connection to the first permitted address of the endpoint; the handler's ConnectCallback.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancel).ConfigureAwait(false);
        var permitted = allowPrivate ? addresses : [.. addresses.Where(IsPublic)];
        if (permitted.Length == 0)
            throw new PrivateAddressException(endpoint.Host, addresses);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, endpoint.Port, cancel).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet: not private, loopback, link-local, shared, reserved,
    /// documentation or multicast (IANA special-purpose registries for IPv4 and IPv6).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return IsPublicV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return false;
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address))
            return false;
        var b = address.GetAddressBytes();
        // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 old site-local, ff00::/8 multicast, 2001:db8::/32 documentation.
        if ((b[0] & 0xFE) == 0xFC || b[0] == 0xFE && (b[1] & 0xC0) is 0x80 or 0xC0 || b[0] == 0xFF)
            return false;
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
            return false;
        // 64:ff9b::/96 carries an IPv4 address through NAT64: judge the address it carries.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return IsPublicV4(b[12..]);
        // ::/96 (the old IPv4-compatible form, and ::) is not routable.
        return b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) >= 0;
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 || b[0] >= 224                    // this network, private, loopback, multicast and reserved
        || b[0] == 100 && (b[1] & 0xC0) == 64                    // 100.64.0.0/10 shared (carrier-grade NAT)
        || b[0] == 169 && b[1] == 254                            // link-local, where cloud metadata services answer
        || b[0] == 172 && (b[1] & 0xF0) == 16                    // 172.16.0.0/12 private
        || b[0] == 192 && b[1] == 168                            // private
        || b[0] == 192 && b[1] == 0 && b[2] is 0 or 2            // protocol assignments, documentation
        || b[0] == 198 && (b[1] & 0xFE) == 18                    // 198.18.0.0/15 benchmarking
        || b[0] == 198 && b[1] == 51 && b[2] == 100              // documentation
        || b[0] == 203 && b[1] == 0 && b[2] == 113);             // documentation
}

/// <summary>Raised when every address a host resolves to is private, loopback or link-local.</summary>
internal sealed class PrivateAddressException(string host, IReadOnlyList<IPAddress> addresses)
    : Exception($"{host} resolves to {string.Join(", ", addresses)}, a private, loopback or link-local address; " +
                "pass --allow-private to fetch from your own network")
{
    /// <summary>The host that was refused.</summary>
    public string Host { get; } = host;
}
