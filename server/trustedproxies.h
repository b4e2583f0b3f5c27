#pragma once

#include <QString>

#include <array>
#include <string>
#include <vector>

namespace Stride::Server {

// The reverse proxies a school runs in front of the store (`serve --trusted-proxy`). Behind one,
// every tablet's connection comes from the proxy's address, so limits kept per address (wrong
// tokens, wrong enrolment codes) would put the whole school in one bucket, and one junk request
// could lock everyone out. Only a trusted proxy's X-Forwarded-For is believed: from anyone else the
// header is the client's own words, and a client must not choose the key it is limited under.
class TrustedProxies
{
public:
    // An exact address ("10.0.0.5", "::1") or a range ("10.0.0.0/24", "fd00::/8"). False, with
    // a sentence in `error`, for anything else.
    bool add(const QString &text, QString *error);
    bool isEmpty() const { return m_ranges.empty(); }
    bool contains(const std::string &address) const;

    // Who sent the request: the connection's address, unless that is a trusted proxy; then the
    // right-most address of X-Forwarded-For (every such header, in order, joined by commas) that
    // is not itself a trusted proxy. The entries to its left were written by the client, so they
    // are never used.
    std::string clientOf(const std::string &peer, const std::string &forwardedFor) const;

private:
    struct Range
    {
        std::array<unsigned char, 16> bytes{}; // IPv4 as IPv4-mapped IPv6
        int prefixBits = 128;
    };
    std::vector<Range> m_ranges;
};

} // namespace Stride::Server
