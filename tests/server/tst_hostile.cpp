// Requests no client should send: unreadable request lines, absurd headers, bodies that lie about
// their length. Each gets a 4xx with a JSON body, and the store carries on serving.
#include "storeharness.h"

#include <sys/socket.h>
#include <unistd.h>

using namespace StoreTest;

namespace {

// Sends raw bytes on a fresh connection and returns whatever comes back before the server closes
// the connection or 5 seconds pass.
std::string raw(int port, const std::string &bytes)
{
    const int fd = rawConnection(port);
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            break; // the server may close early; what it answered is still readable
        sent += size_t(n);
    }
    ::shutdown(fd, SHUT_WR);
    std::string answer;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
        answer.append(buffer, size_t(n));
    ::close(fd);
    return answer;
}

} // namespace

STORE_TEST_CASE(hostileRequests, "Unreadable and hostile requests get a JSON 4xx and the store keeps serving",
                "[server][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const std::string auth = "Authorization: Bearer " + tablet.token.toStdString() + "\r\n";

    const std::vector<std::pair<std::string, std::string>> cases{
        {"garbage", "\x16\x03\x01\x02\x00 not http at all\r\n\r\n"},
        {"no version", "GET /v1/changes\r\n\r\n"},
        {"long request line", "GET /v1/" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"},
        {"long header line",
         "GET /v1/changes HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(9000, 'b') + "\r\n\r\n"},
        {"Content-Length not a number",
         "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: abc\r\n\r\n{}"},
        {"negative Content-Length",
         "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: -5\r\n\r\n{}"},
        {"absurd Content-Length",
         "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 99999999999999\r\n\r\n{}"},
        {"body shorter than said",
         "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 100\r\n\r\n{}"},
        {"bad chunked body", "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + auth +
                                 "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"},
        {"NUL in the path", std::string("GET /v1/chan\0ges HTTP/1.1\r\nHost: x\r\n\r\n", 40)},
        {"percent-encoded traversal",
         "GET /v1/media/..%2f..%2fstride-store.db HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"},
    };
    for (const auto &[name, request] : cases) {
        INFO(name);
        const std::string answer = raw(store.port(), request);
        INFO(answer.substr(0, 300));
        // Either a 4xx with the JSON error body, or (for bytes it cannot even read as a request,
        // or a body that never arrives) the connection simply closes: never a crash or a 2xx.
        if (!answer.empty()) {
            CHECK(answer.rfind("HTTP/1.1 4", 0) == 0);
            // A body too large to read is refused (413) without reading it, and the connection is
            // closed with those bytes unread: the kernel then resets it, which can drop the JSON
            // body after the status line has arrived. The status line is what counts there.
            const bool refusedUnread =
                answer.rfind("HTTP/1.1 413", 0) == 0 && answer.find("Connection: close") != std::string::npos;
            if (!refusedUnread)
                CHECK(answer.find("\"error\":") != std::string::npos);
        }
        // Still serving, after every one of them.
        REQUIRE(store.get("/v1/changes?limit=1", tablet.token).status == 200);
    }
}
