// Several stride-store processes over one PostgreSQL database and one data directory, as behind a
// load balancer (docs/operations.md): one upload's chunks reach either process, two copies of one
// chunk on both at once are taken once, a process killed mid-chunk leaves the upload to the other
// at its last committed offset, and a tablet's request allowance is one, whichever process it asks.
// PostgreSQL only: a SQLite store is one process (serve.lock).
#include "storeharness.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <csignal>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace StoreTest;

namespace {

httplib::Headers tusHeaders(const Tablet &tablet, httplib::Headers more = {})
{
    more.emplace("Tus-Resumable", "1.0.0");
    more.emplace("Authorization", "Bearer " + tablet.token.toStdString());
    return more;
}

// A second `serve` over the first store's database and data directory.
class SecondProcess
{
public:
    explicit SecondProcess(const Store &first, const QStringList &extraArguments = {})
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(QStringLiteral(STRIDE_STORE_EXE),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"), first.dataDir(),
                                    QStringLiteral("--database"), first.databaseUrl(),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extraArguments);
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray output;
        const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
                return;
            }
        }
        FAIL("the second stride-store did not start listening: " << output.toStdString());
    }
    ~SecondProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

// What a request to a port answered: its status (0: no answer) and Upload-Offset.
struct Answer
{
    int status = 0;
    std::string offset;
};

Answer send(int port, const std::string &method, const std::string &path, const httplib::Headers &headers,
            const std::string &body = {})
{
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(20);
    client.set_write_timeout(20);
    httplib::Result r = method == "PATCH"
                            ? client.Patch(path, headers, body, "application/offset+octet-stream")
                        : method == "POST" ? client.Post(path, headers, body, "application/json")
                        : method == "HEAD" ? client.Head(path, headers)
                                           : client.Options(path, headers);
    if (!r)
        return {};
    return {r->status, r->get_header_value("Upload-Offset")};
}

Answer patchChunk(int port, const Tablet &tablet, const std::string &location, size_t offset,
                  const std::string &chunk)
{
    return send(port, "PATCH", location,
                tusHeaders(tablet, {{"Upload-Offset", std::to_string(offset)},
                                    {"Upload-Checksum", chunkChecksum(chunk)}}),
                chunk);
}

std::string createUpload(int port, const Tablet &tablet, const std::string &file)
{
    httplib::Client client("127.0.0.1", port);
    const auto r = client.Post(
        "/v1/media/uploads",
        tusHeaders(tablet, {{"Upload-Length", std::to_string(file.size())},
                            {"Upload-Metadata",
                             "sha256 " + QByteArray::fromStdString(shaHex(file)).toBase64().toStdString()}}),
        std::string(), "application/json");
    REQUIRE(r);
    REQUIRE(r->status == 201);
    return r->get_header_value("Location");
}

std::string storedBlob(int port, const Tablet &tablet, const std::string &file)
{
    httplib::Client client("127.0.0.1", port);
    const auto r =
        client.Get("/v1/media/" + shaHex(file), {{"Authorization", "Bearer " + tablet.token.toStdString()}});
    REQUIRE(r);
    REQUIRE(r->status == 200);
    return r->body;
}

const QStringList kUnlimited{QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"),
                             QStringLiteral("100000")};

#define REQUIRE_POSTGRES()                                                                                   \
    if (!postgresAvailable()) {                                                                              \
        WARN("SKIPPED: STRIDE_TEST_POSTGRES_URL is not set. Run this under scripts/with-postgres, as CTest " \
             "does.");                                                                                       \
        return;                                                                                              \
    }

} // namespace

TEST_CASE("Two store processes over one PostgreSQL take one upload's chunks in turn, and a chunk sent to "
          "both at once only once",
          "[server][media][processes][postgres]")
{
    REQUIRE_POSTGRES();
    Store store(Backend::Postgres);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start(kUnlimited);
    SecondProcess second(store, kUnlimited);
    const int ports[2] = {store.port(), second.port()};
    const Tablet tablet = store.enrol(school.id);

    const size_t chunk = 1024 * 1024;
    const std::string file = bytesOf(9 * chunk + 123, 21);
    const std::string location = createUpload(ports[1], tablet, file);

    // Chunks alternate between the processes; each knows where the other left the upload.
    size_t offset = 0;
    for (int i = 0; i < 4; ++i) {
        const Answer asked = send(ports[i % 2], "HEAD", location, tusHeaders(tablet));
        CHECK(asked.status == 200);
        CHECK(asked.offset == std::to_string(offset));
        const std::string piece = file.substr(offset, chunk);
        const Answer sent = patchChunk(ports[(i + 1) % 2], tablet, location, offset, piece);
        CHECK(sent.status == 204);
        offset += piece.size();
        CHECK(sent.offset == std::to_string(offset));
    }

    // The same 4 MiB chunk to both processes at once (a tablet that sent it again through the load
    // balancer, believing the first lost): one takes it, the other waits for it and is told the
    // offset that chunk left. Plain threads and httplib only: Catch2's macros are not thread-safe.
    const std::string big = file.substr(offset, 4 * chunk);
    Answer answers[2];
    {
        std::atomic<int> ready{0};
        auto racer = [&](int which) {
            ++ready;
            while (ready < 2)
                std::this_thread::yield();
            answers[which] = patchChunk(ports[which], tablet, location, offset, big);
        };
        std::thread a(racer, 0);
        std::thread b(racer, 1);
        a.join();
        b.join();
    }
    INFO("answers " << answers[0].status << " and " << answers[1].status);
    CHECK(((answers[0].status == 204 && answers[1].status == 409) ||
           (answers[0].status == 409 && answers[1].status == 204)));
    offset += big.size();
    CHECK(answers[0].offset == std::to_string(offset));
    CHECK(answers[1].offset == std::to_string(offset));

    // The rest, in turn again; the whole file is checked at the last byte by whichever process has it.
    for (int i = 0; offset < file.size(); ++i) {
        const std::string piece = file.substr(offset, chunk);
        const Answer sent = patchChunk(ports[i % 2], tablet, location, offset, piece);
        REQUIRE(sent.status == 204);
        offset += piece.size();
    }
    for (const int port : ports) {
        const Answer finished = send(port, "HEAD", location, tusHeaders(tablet));
        CHECK(finished.status == 200);
        CHECK(finished.offset == std::to_string(file.size()));
        const std::string stored = storedBlob(port, tablet, file);
        CHECK(stored.size() == file.size());
        CHECK(shaHex(stored) == shaHex(file));
    }
    CHECK(QDir(store.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files).isEmpty());
}

TEST_CASE("A store process killed mid-chunk leaves the upload to the other at its last committed offset",
          "[server][media][processes][durability][postgres]")
{
    REQUIRE_POSTGRES();
    Store store(Backend::Postgres);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start(kUnlimited);
    SecondProcess second(store, kUnlimited);
    const Tablet tablet = store.enrol(school.id);

    const size_t chunk = 4 * 1024 * 1024;
    const std::string file = bytesOf(2 * chunk + 77, 22);
    const std::string location = createUpload(store.port(), tablet, file);
    REQUIRE(patchChunk(store.port(), tablet, location, 0, file.substr(0, chunk)).status == 204);

    // The second chunk starts arriving at the first process, then its sender stalls half-way: the
    // process holds the upload while it waits for the rest.
    const std::string piece = file.substr(chunk, chunk);
    const int fd = rawConnection(store.port());
    REQUIRE(fd >= 0);
    const std::string head = "PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                             tablet.token.toStdString() +
                             "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: " + std::to_string(chunk) +
                             "\r\nUpload-Checksum: " + chunkChecksum(piece) +
                             "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " +
                             std::to_string(piece.size()) + "\r\n\r\n" + piece.substr(0, chunk / 2);
    size_t written = 0;
    while (written < head.size()) {
        const ssize_t n = ::send(fd, head.data() + written, head.size() - written, MSG_NOSIGNAL);
        REQUIRE(n > 0);
        written += size_t(n);
    }
    // Until the first process has the upload's row (its transaction waits, idle, for the body).
    QDeadlineTimer holding(10000);
    while (!holding.hasExpired() &&
           store
               .onDatabase(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE datname = current_database()"
                                          " AND state = 'idle in transaction'"))
               .isEmpty())
        QThread::msleep(20);
    REQUIRE_FALSE(holding.hasExpired());

    // The same chunk, whole, through the other process: it waits for the upload, and does not write.
    std::atomic<bool> answered{false};
    Answer resent;
    std::thread resender([&] {
        resent = patchChunk(second.port(), tablet, location, chunk, piece);
        answered = true;
    });
    QThread::msleep(500);
    const bool answeredWhileHeld = answered;
    store.kill();
    ::close(fd);
    resender.join();
    CHECK_FALSE(answeredWhileHeld);
    // The killed process's transaction went with it: the other carried on from the committed offset.
    CHECK(resent.status == 204);
    CHECK(resent.offset == std::to_string(2 * chunk));

    const std::string last = file.substr(2 * chunk);
    const Answer finished = patchChunk(second.port(), tablet, location, 2 * chunk, last);
    CHECK(finished.status == 204);
    CHECK(finished.offset == std::to_string(file.size()));
    CHECK(shaHex(storedBlob(second.port(), tablet, file)) == shaHex(file));
}

TEST_CASE("A tablet's request allowance holds across store processes",
          "[server][limits][processes][postgres]")
{
    REQUIRE_POSTGRES();
    Store store(Backend::Postgres);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    // Six requests, then one every 1000 seconds: in effect, six in all.
    const QStringList tight{QStringLiteral("--rate"), QStringLiteral("0.001"), QStringLiteral("--burst"),
                            QStringLiteral("6")};
    store.start(tight);
    SecondProcess second(store, tight);
    const Tablet tablet = store.enrol(school.id);
    const httplib::Headers auth{{"Authorization", "Bearer " + tablet.token.toStdString()}};
    const int ports[2] = {store.port(), second.port()};

    // Alternately: each process alone would let six through, twelve together.
    for (int i = 0; i < 6; ++i)
        CHECK(send(ports[i % 2], "OPTIONS", "/v1/media/uploads", auth).status == 204);
    for (const int port : ports) {
        httplib::Client client("127.0.0.1", port);
        const auto refused = client.Options("/v1/media/uploads", auth);
        REQUIRE(refused);
        CHECK(refused->status == 429);
        CHECK(std::stoi(refused->get_header_value("Retry-After")) > 1);
    }
    // Another tablet has its own allowance.
    const Tablet other = store.enrol(school.id, QStringLiteral("Oak iPad"));
    CHECK(send(ports[1], "OPTIONS", "/v1/media/uploads",
               {{"Authorization", "Bearer " + other.token.toStdString()}})
              .status == 204);
}
