// Media upload throughput against the real stride-store on loopback: the same bytes through tus
// (32 MiB chunks by default, each with its SHA-256, as the app sends them) and as one plain PUT (the
// benchmark-only endpoint of docs/sync.md, decision 9). Each goes to a fresh data directory of
// the same server program, so neither finds the file already there.
//   build/tests/benchmarks/stride_media_benchmark [megabytes=1024] [chunk-bytes=33554432] [runs=3]
#include "benchdevice.h"
#include "benchline.h"

#include "sync/httpchannel.h"
#include "sync/syncapi.h"
#include "sync/tusuploader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Stride;
using namespace Stride::Bench;

namespace {

using BenchOutput::line;

// The per-device rate limit (20 requests a second) would cap 8 MiB chunks (an older store's) at
// 160 MiB/s, above any tablet's Wi-Fi but below loopback: lifted here so the comparison is of the
// protocols.
const QStringList kUnlimited{QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"),
                             QStringLiteral("100000")};

struct FreshStore
{
    BenchServer server{kUnlimited};
    BenchDevice device;
    FreshStore()
    {
        const QString school = server.loadDemo();
        server.start();
        device.enrol(server, school, QStringLiteral("Bench media"));
    }
};

double mbps(qint64 bytes, qint64 ms)
{
    return bytes / 1048576.0 / (std::max<qint64>(1, ms) / 1000.0);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Waits for the callback an asynchronous upload calls when it is done.
template <typename Start> qint64 timed(Start start)
{
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    start([&loop] { loop.quit(); });
    loop.exec();
    return timer.elapsed();
}

void expectStored(const HttpResult &r, const char *how)
{
    if (r.status != 200 && r.status != 201)
        giveUp(QStringLiteral("plain PUT through %1 failed (HTTP %2): %3")
                   .arg(QLatin1String(how))
                   .arg(r.status)
                   .arg(r.reachedServer() ? QString::fromUtf8(r.body.left(200)) : r.networkErrorText));
}

// One plain request, as Qt's QNetworkAccessManager sends it.
qint64 plainThroughNetworkManager(const QString &path, const QString &sha, qint64 size)
{
    FreshStore t;
    QNetworkAccessManager network;
    SyncApi api(&network);
    api.setServerUrl(t.server.url());
    api.setToken(t.device.token());
    api.setTimeoutMs(600000);
    QFile body(path);
    if (!body.open(QIODevice::ReadOnly))
        giveUp(QStringLiteral("cannot read the test file"));
    QNetworkRequest req =
        api.request(QStringLiteral("/v1/media/") + sha, {{"Content-Type", "application/octet-stream"}});
    req.setHeader(QNetworkRequest::ContentLengthHeader, size);
    QNetworkReply *reply = nullptr;
    const qint64 ms = timed([&](auto quit) {
        reply = network.put(req, &body);
        QObject::connect(reply, &QNetworkReply::finished, quit);
    });
    expectStored(SyncApi::resultOf(reply), "QNetworkAccessManager");
    reply->deleteLater();
    return ms;
}

// One plain request over the same kind of connection tus chunks use (HttpChannel: TCP_NODELAY,
// large writes), so the comparison is of the protocols and not of two HTTP clients.
qint64 plainThroughChannel(const QString &path, const QString &sha, qint64 size)
{
    FreshStore t;
    SyncApi api;
    api.setServerUrl(t.server.url());
    api.setToken(t.device.token());
    HttpChannel channel;
    channel.setTimeoutMs(600000);
    QFile body(path);
    if (!body.open(QIODevice::ReadOnly))
        giveUp(QStringLiteral("cannot read the test file"));
    HttpResult result;
    const qint64 ms = timed([&](auto quit) {
        channel.send("PUT", api.resolve(QStringLiteral("/v1/media/") + sha),
                     api.headersFor({{"Content-Type", "application/octet-stream"}}), &body, size,
                     [&result, quit](const HttpResult &r) {
                         result = r;
                         quit();
                     });
    });
    expectStored(result, "HttpChannel");
    return ms;
}

// tus, as the app does it.
qint64 throughTus(const QString &path, const QString &sha, qint64 size, qint64 chunk)
{
    FreshStore t;
    SyncApi api;
    api.setServerUrl(t.server.url());
    api.setToken(t.device.token());
    api.setTimeoutMs(600000);
    TusUploader uploader(api);
    uploader.setChunkSize(chunk);
    TusUploader::Result result;
    const qint64 ms = timed([&](auto quit) {
        QObject::connect(&uploader, &TusUploader::finished, [&result, quit](const TusUploader::Result &r) {
            result = r;
            quit();
        });
        // The benchmark's own file, read as a QFile: this measures the network, not the media store.
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            giveUp(QStringLiteral("cannot read the test file"));
        uploader.start({sha, {}}, std::move(file));
    });
    if (!result.ok)
        giveUp(QStringLiteral("tus upload failed: ") + result.message);
    if (result.size != size || result.chunks != int((size + chunk - 1) / chunk))
        giveUp(QStringLiteral("tus sent %1 bytes in %2 chunks, not what was asked")
                   .arg(result.size)
                   .arg(result.chunks));
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? std::atoll(argv[1]) : 1024;
    const qint64 chunk = argc > 2 ? std::atoll(argv[2]) : TusUploader::kDefaultChunkSize;
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    const qint64 size = megabytes * 1024 * 1024;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("video.bin"));
    QString sha;
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            giveUp(QStringLiteral("cannot write the test file"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray block(64 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (qint64 written = 0; written < size; written += block.size()) {
            const qint64 n = std::min<qint64>(block.size(), size - written);
            gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(block.constData(), n);
            hash.addData(QByteArrayView(block.constData(), n));
        }
        sha = QString::fromLatin1(hash.result().toHex());
    }
    line(QStringLiteral("media: %1 MiB of random bytes, sha256 %2").arg(megabytes).arg(sha.left(16)));

    // Each way is measured `runs` times, in turn, each into a fresh store, and the medians are
    // compared: a single run on a busy machine can be off by a factor of two either way.
    QList<qint64> viaNetworkManager, viaChannel, viaTus;
    for (int run = 1; run <= runs; ++run) {
        viaNetworkManager << plainThroughNetworkManager(path, sha, size);
        viaChannel << plainThroughChannel(path, sha, size);
        viaTus << throughTus(path, sha, size, chunk);
        line(QStringLiteral("run %1: plain PUT %2 s (QNetworkAccessManager), %3 s (HttpChannel); tus %4 s")
                 .arg(run)
                 .arg(viaNetworkManager.last() / 1000.0, 0, 'f', 2)
                 .arg(viaChannel.last() / 1000.0, 0, 'f', 2)
                 .arg(viaTus.last() / 1000.0, 0, 'f', 2));
    }
    const qint64 nam = median(viaNetworkManager);
    const qint64 channel = median(viaChannel);
    const qint64 tus = median(viaTus);
    line(QStringLiteral("plain PUT through QNetworkAccessManager: median %1 s, %2 MiB/s")
             .arg(nam / 1000.0, 0, 'f', 2)
             .arg(mbps(size, nam), 0, 'f', 0));
    line(QStringLiteral("plain PUT through HttpChannel: median %1 s, %2 MiB/s")
             .arg(channel / 1000.0, 0, 'f', 2)
             .arg(mbps(size, channel), 0, 'f', 0));
    line(QStringLiteral("tus: median %1 s, %2 MiB/s, chunks of %3 KiB, each with its SHA-256")
             .arg(tus / 1000.0, 0, 'f', 2)
             .arg(mbps(size, tus), 0, 'f', 0)
             .arg(chunk / 1024));
    // Against the faster of the two plain copies, so the ratio is not flattered by the slower one.
    const qint64 plain = std::min(nam, channel);
    line(QStringLiteral("tus / plain throughput ratio: %1 (aim >= 0.9)")
             .arg(double(plain) / double(tus), 0, 'f', 2));
    return 0;
}
