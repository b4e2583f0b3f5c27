// Media upload throughput against the real stride-store on loopback: the same bytes through tus
// (4 MiB chunks, each with its SHA-256, as the app sends them) and as one plain PUT (the
// benchmark-only endpoint of docs/sync.md, decision 9). Each goes to a fresh data directory of
// the same server program, so neither finds the file already there.
//   build/tests/benchmarks/stride_media_benchmark [megabytes=1024] [chunk-bytes=4194304]
#include "benchdevice.h"

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

#include <cstdio>

using namespace Stride;
using namespace Stride::Bench;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// The per-device rate limit (20 requests a second) would cap 4 MiB chunks at 80 MiB/s, which is
// above any tablet's Wi-Fi but below loopback: lifted here so the comparison is of the protocols.
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? std::atoll(argv[1]) : 1024;
    const qint64 chunk = argc > 2 ? std::atoll(argv[2]) : TusUploader::kDefaultChunkSize;
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

    // One plain request.
    qint64 plainMs = -1;
    {
        FreshStore t;
        QNetworkAccessManager network;
        SyncApi api(&network);
        api.setServerUrl(t.server.url());
        api.setToken(t.device.token());
        api.setTimeoutMs(600000);
        QFile body(path);
        body.open(QIODevice::ReadOnly);
        QNetworkRequest req = api.request(QStringLiteral("/v1/media/") + sha, {{"Content-Type", "application/octet-stream"}});
        req.setHeader(QNetworkRequest::ContentLengthHeader, size);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.put(req, &body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 ms = timer.elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 || status == 201) {
            plainMs = ms;
            line(QStringLiteral("plain PUT: %1 s, %2 MiB/s").arg(ms / 1000.0, 0, 'f', 2).arg(mbps(size, ms), 0, 'f', 0));
        } else {
            line(QStringLiteral("plain PUT: not offered by this stride-store (HTTP %1: %2); no ratio")
                     .arg(status)
                     .arg(QString::fromUtf8(reply->readAll()).left(200)));
        }
        reply->deleteLater();
    }

    // tus, as the app does it.
    qint64 tusMs = -1;
    {
        FreshStore t;
        SyncApi api;
        api.setServerUrl(t.server.url());
        api.setToken(t.device.token());
        api.setTimeoutMs(600000);
        TusUploader uploader(api);
        uploader.setChunkSize(chunk);
        TusUploader::Result result;
        QEventLoop loop;
        QObject::connect(&uploader, &TusUploader::finished, &loop, [&](const TusUploader::Result &r) {
            result = r;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        uploader.start({sha, path, {}});
        loop.exec();
        tusMs = timer.elapsed();
        if (!result.ok)
            giveUp(QStringLiteral("tus upload failed: ") + result.message);
        line(QStringLiteral("tus: %1 s, %2 MiB/s, %3 chunks of %4 KiB, each with its SHA-256")
                 .arg(tusMs / 1000.0, 0, 'f', 2)
                 .arg(mbps(size, tusMs), 0, 'f', 0)
                 .arg(result.chunks)
                 .arg(chunk / 1024));
    }
    if (plainMs > 0)
        line(QStringLiteral("tus / plain throughput ratio: %1 (aim >= 0.8)").arg(double(plainMs) / double(tusMs), 0, 'f', 2));
    return 0;
}
