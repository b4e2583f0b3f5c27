#include "routetable.h"

#include <algorithm>
#include <regex>

namespace Stride::Server {

namespace {
struct Compiled
{
    Route route;
    std::regex regex;
};

const std::vector<Compiled> &compiled()
{
    static const std::vector<Compiled> list = [] {
        std::vector<Compiled> out;
        for (const Route &r : RouteTable::routes())
            out.push_back({r, std::regex(r.pattern)});
        return out;
    }();
    return list;
}
} // namespace

const std::vector<Route> &RouteTable::routes()
{
    static const std::vector<Route> list{
        {"/v1/enrol", {"POST"}},
        {"/v1/push", {"POST"}},
        {"/v1/sign-in", {"POST"}},
        {"/v1/changes", {"GET"}},
        {"/v1/media/uploads", {"OPTIONS", "POST"}},
        {"/v1/media/uploads/[0-9a-f]{32}", {"OPTIONS", "HEAD", "PATCH", "DELETE"}},
        {"/v1/media/[0-9a-f]{64}", {"HEAD", "GET", "PUT"}},
    };
    return list;
}

const Route *RouteTable::match(const std::string &path)
{
    // Paths are short (httplib refuses request lines over 8 KiB), so the regexes stay cheap.
    for (const Compiled &c : compiled())
        if (std::regex_match(path, c.regex))
            return &c.route;
    return nullptr;
}

bool RouteTable::allows(const Route &route, const std::string &method)
{
    return std::find(route.methods.begin(), route.methods.end(), method) != route.methods.end();
}

std::string RouteTable::allowHeader(const Route &route)
{
    std::string allow;
    for (const std::string &m : route.methods)
        allow += (allow.empty() ? "" : ", ") + m;
    return allow;
}

} // namespace Stride::Server
