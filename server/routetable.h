#pragma once

#include <string>
#include <vector>

namespace Stride::Server {

// Every address the store answers, with its methods, so a request for anything else is answered
// before its body is read: 404 for an unknown address, 405 (with Allow) for a known one used the
// wrong way.
struct Route
{
    std::string pattern; // an ECMAScript regex over the path
    std::vector<std::string> methods;
};

class RouteTable
{
public:
    static const std::vector<Route> &routes();
    // nullptr if no route's pattern matches the path.
    static const Route *match(const std::string &path);
    static bool allows(const Route &route, const std::string &method);
    static std::string allowHeader(const Route &route);
};

} // namespace Stride::Server
