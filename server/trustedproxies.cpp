#include "trustedproxies.h"

#include <arpa/inet.h>

#include <cstring>

#include <optional>

namespace Stride::Server {

namespace {

using Address = std::array<unsigned char, 16>;

// Bare addresses only; an IPv4 address becomes its IPv4-mapped IPv6 form, so either spelling of
// one machine compares equal.
std::optional<Address> parseAddress(const std::string &text)
{
    Address out{};
    in_addr v4{};
    if (inet_pton(AF_INET, text.c_str(), &v4) == 1) {
        out[10] = 0xff;
        out[11] = 0xff;
        std::memcpy(out.data() + 12, &v4, 4);
        return out;
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.c_str(), &v6) == 1) {
        std::memcpy(out.data(), &v6, 16);
        return out;
    }
    return std::nullopt;
}

bool isMappedV4(const Address &a)
{
    for (int i = 0; i < 10; ++i)
        if (a[size_t(i)] != 0)
            return false;
    return a[10] == 0xff && a[11] == 0xff;
}

std::string toText(const Address &a)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (isMappedV4(a))
        inet_ntop(AF_INET, a.data() + 12, buffer, sizeof buffer);
    else
        inet_ntop(AF_INET6, a.data(), buffer, sizeof buffer);
    return buffer;
}

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// One X-Forwarded-For entry: "203.0.113.7", "203.0.113.7:51234", "2001:db8::1" or
// "[2001:db8::1]:51234".
std::optional<Address> parseEntry(const std::string &entry)
{
    if (!entry.empty() && entry.front() == '[') {
        const auto close = entry.find(']');
        return close == std::string::npos ? std::nullopt : parseAddress(entry.substr(1, close - 1));
    }
    if (const auto colon = entry.find(':'); colon != std::string::npos && entry.rfind(':') == colon)
        return parseAddress(entry.substr(0, colon));
    return parseAddress(entry);
}

} // namespace

bool TrustedProxies::add(const QString &text, QString *error)
{
    const QString spec = text.trimmed();
    const qsizetype slash = spec.indexOf(QLatin1Char('/'));
    const auto address = parseAddress((slash < 0 ? spec : spec.left(slash)).toStdString());
    Range range;
    bool ok = address.has_value();
    if (ok) {
        range.bytes = *address;
        range.prefixBits = 128;
        if (slash >= 0) {
            const int bits = spec.mid(slash + 1).toInt(&ok);
            const bool v4 = isMappedV4(*address) && spec.left(slash).contains(QLatin1Char('.'));
            ok = ok && bits >= 0 && bits <= (v4 ? 32 : 128);
            range.prefixBits = v4 ? 96 + bits : bits;
        }
    }
    if (!ok) {
        *error = QStringLiteral("--trusted-proxy takes the proxy's address, such as 10.0.0.5, or a range, "
                                "such as 10.0.0.0/24; \"%1\" is neither.")
                     .arg(text.left(64));
        return false;
    }
    m_ranges.push_back(range);
    return true;
}

bool TrustedProxies::contains(const std::string &address) const
{
    const auto parsed = parseAddress(address);
    if (!parsed)
        return false;
    for (const Range &r : m_ranges) {
        int bits = r.prefixBits;
        bool match = true;
        for (size_t i = 0; i < 16 && bits > 0 && match; ++i, bits -= 8) {
            const unsigned char mask = bits >= 8 ? 0xff : static_cast<unsigned char>(0xff << (8 - bits));
            match = ((*parsed)[i] & mask) == (r.bytes[i] & mask);
        }
        if (match)
            return true;
    }
    return false;
}

std::string TrustedProxies::clientOf(const std::string &peer, const std::string &forwardedFor) const
{
    if (!contains(peer))
        return peer;
    std::string rest = forwardedFor;
    while (!rest.empty()) {
        const auto comma = rest.rfind(',');
        const std::string entry = trimmed(comma == std::string::npos ? rest : rest.substr(comma + 1));
        rest = comma == std::string::npos ? std::string() : rest.substr(0, comma);
        if (entry.empty())
            continue;
        const auto address = parseEntry(entry);
        // Written by the proxy itself, so not something a client chose; a proxy that writes
        // something other than an address is answered as itself.
        if (!address)
            return peer;
        const std::string text = toText(*address);
        if (!contains(text))
            return text;
    }
    return peer;
}

} // namespace Stride::Server
