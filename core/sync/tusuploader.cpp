#include "tusuploader.h"

#include "sha256.h"
#include "syncapi.h"

namespace Stride {

namespace {
const QByteArray kTusVersion = QByteArrayLiteral("1.0.0");

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

TusUploader::TusUploader(SyncApi &api, QObject *parent) : QObject(parent), m_api(api) {}

void TusUploader::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::clamp<qint64>(bytes, 1, kMaxChunkSize);
}

void TusUploader::start(const Job &job, std::unique_ptr<QIODevice> file, const QString &whyNoFile)
{
    ++m_generation;
    m_job = job;
    m_result = Result();
    m_result.sha256 = job.sha256;
    m_result.uploadUrl = job.uploadUrl;
    m_offset = 0;
    m_checksumFailures = 0;
    m_restarts = 0;
    m_running = true;
    settle();
    m_file = std::move(file);
    if (!m_file || !m_file->isReadable()) {
        finish(false, tr("A media file on this tablet could not be read for sending (%1).")
                          .arg(m_file ? m_file->errorString() : whyNoFile));
        return;
    }
    m_result.size = m_file->size();
    if (!job.uploadUrl.isEmpty() && !isOnStore(job.uploadUrl))
        m_result.uploadUrl.clear(); // kept from a store at another address: start afresh here
    if (m_result.uploadUrl.isEmpty())
        create();
    else
        askOffset(); // an upload from an earlier run: carry on where the server says
}

void TusUploader::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    settle();
    m_file.reset();
}

void TusUploader::create()
{
    const quint64 generation = m_generation;
    const SyncApi::Headers headers{{"Tus-Resumable", kTusVersion},
                                   {"Upload-Length", QByteArray::number(m_result.size)},
                                   {"Upload-Metadata", "sha256 " + m_job.sha256.toLatin1().toBase64()}};
    m_api.send("POST", QStringLiteral("/v1/media/uploads"), {}, headers,
               [this, generation](const HttpResult &r) {
                   if (generation != m_generation)
                       return;
                   if (r.status == 200 && r.header("stride-media-present") == "true") {
                       m_result.alreadyOnServer = true;
                       finish(true);
                       return;
                   }
                   if (r.status != 201 || r.header("location").isEmpty()) {
                       failWith(r, tr("start sending a media file"));
                       return;
                   }
                   const QString location = QString::fromUtf8(r.header("location"));
                   if (!isOnStore(location)) {
                       // The photo's bytes go to the store the tablet is enrolled with, or nowhere:
                       // an answer naming another address (a compromised proxy, a forged answer)
                       // would otherwise send a pupil's photo wherever it said.
                       finish(false, tr("The store asked for a media file to be sent to another "
                                        "address (%1), so nothing was sent. The tablet keeps the "
                                        "file and will try again at the next sync; tell the school "
                                        "office if this keeps happening.")
                                         .arg(m_api.resolve(location).toDisplayString(
                                             QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)));
                       return;
                   }
                   m_result.uploadUrl = location;
                   m_offset = 0;
                   emit uploadCreated(m_job.sha256, m_result.uploadUrl);
                   sendChunk();
               });
}

void TusUploader::askOffset()
{
    const quint64 generation = m_generation;
    m_api.send("HEAD", m_result.uploadUrl, {}, {{"Tus-Resumable", kTusVersion}},
               [this, generation](const HttpResult &r) {
                   if (generation != m_generation)
                       return;
                   if (r.status == 404) {
                       // Expired, finished or unknown (decision 2): start again with a new upload. Once.
                       if (++m_restarts > 2) {
                           failWith(r, tr("send a media file"));
                           return;
                       }
                       m_result.uploadUrl.clear();
                       create();
                       return;
                   }
                   bool ok = false;
                   const qint64 offset = r.header("upload-offset").toLongLong(&ok);
                   if (!r.isSuccess() || !ok || offset < 0 || offset > m_result.size) {
                       failWith(r, tr("carry on sending a media file"));
                       return;
                   }
                   if (m_result.resumedFrom < 0)
                       m_result.resumedFrom = offset;
                   m_offset = offset;
                   emit progress(m_job.sha256, m_offset, m_result.size);
                   sendChunk();
               });
}

bool TusUploader::isOnStore(const QString &uploadUrl) const
{
    const QUrl given(uploadUrl);
    if (given.isRelative() && !given.authority().isEmpty())
        return false; // "//host/path" names another host, though resolve() would keep only its path
    const QUrl url = m_api.resolve(uploadUrl);
    const QUrl store = m_api.serverUrl();
    return url.isValid() && url.scheme().toLower() == store.scheme().toLower() &&
           url.host().compare(store.host(), Qt::CaseInsensitive) == 0 && portOf(url) == portOf(store) &&
           url.userInfo().isEmpty();
}

TusUploader::Chunk TusUploader::readChunk(qint64 offset)
{
    Chunk c;
    c.offset = offset;
    const qint64 length = std::min(m_chunkSize, m_result.size - offset);
    if (!m_file->seek(offset)) {
        c.error = m_file->errorString();
        return c;
    }
    // A decrypting device may hand over less than asked at a time (up to the end of its chunk).
    c.bytes.resize(length);
    qint64 got = 0;
    while (got < length) {
        const qint64 n = m_file->read(c.bytes.data() + got, length - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (got != length) {
        c.error = m_file->errorString();
        c.bytes.clear();
        return c;
    }
    c.digest = Sha256::digest(c.bytes);
    return c;
}

void TusUploader::prepareNext(qint64 offset)
{
    settle();
    if (offset >= m_result.size)
        return;
    m_next = std::async(std::launch::async, [this, offset] { return readChunk(offset); });
}

TusUploader::Chunk TusUploader::takeChunk(qint64 offset)
{
    if (m_next.valid()) {
        Chunk c = m_next.get();
        if (c.offset == offset && c.bytes.size() == std::min(m_chunkSize, m_result.size - offset))
            return c;
    }
    // The server wants another offset than expected (409, resume), or smaller chunks (413).
    return readChunk(offset);
}

void TusUploader::settle()
{
    if (m_next.valid())
        m_next.wait();
    m_next = {};
}

void TusUploader::sendChunk()
{
    if (m_offset >= m_result.size && m_result.size > 0) {
        finish(true);
        return;
    }
    const Chunk chunk = takeChunk(m_offset);
    if (!chunk.error.isEmpty()) {
        finish(false, tr("A media file on this tablet could not be read for sending (%1).").arg(chunk.error));
        return;
    }
    const SyncApi::Headers headers{{"Tus-Resumable", kTusVersion},
                                   {"Upload-Offset", QByteArray::number(m_offset)},
                                   {"Content-Type", "application/offset+octet-stream"},
                                   {"Upload-Checksum", "sha256 " + chunk.digest.toBase64()}};
    const quint64 generation = m_generation;
    const qint64 length = chunk.bytes.size();
    m_api.sendMedia("PATCH", m_result.uploadUrl, chunk.bytes, headers,
                    [this, generation, length](const HttpResult &r) {
                        if (generation != m_generation)
                            return;
                        if (r.status == 204 || r.status == 200) {
                            bool ok = false;
                            const qint64 offset = r.header("upload-offset").toLongLong(&ok);
                            m_result.bytesSent += length;
                            ++m_result.chunks;
                            m_offset = ok ? offset : m_offset + length;
                            emit progress(m_job.sha256, m_offset, m_result.size);
                            if (m_offset >= m_result.size)
                                finish(true);
                            else
                                sendChunk();
                            return;
                        }
                        if (r.status == 409) {
                            // The server holds a different offset (a chunk landed whose answer was lost): ask
                            // it.
                            askOffset();
                            return;
                        }
                        if (r.status == 460 && ++m_checksumFailures <= kChecksumRetries) {
                            // The bytes were damaged on the way: nothing of the chunk was kept, so send it
                            // again.
                            askOffset();
                            return;
                        }
                        if (r.status == 404 && ++m_restarts <= 2) {
                            m_result.uploadUrl.clear();
                            create();
                            return;
                        }
                        if (r.status == 413 && length > kMinChunkSize) {
                            // This store takes smaller chunks than ours: nothing of it was kept, so send
                            // less.
                            m_chunkSize = std::max(kMinChunkSize, std::min(m_chunkSize, length) / 2);
                            askOffset();
                            return;
                        }
                        failWith(r, tr("send a media file"));
                    });
    prepareNext(m_offset + length);
}

QString TusUploader::storeFullMessage()
{
    return tr("The school's store is full, so some photos, videos or voice notes have not been sent yet. "
              "They are safe on this tablet and will be sent once there is room. Ask the office to make "
              "room on the store.");
}

void TusUploader::failWith(const HttpResult &r, const QString &what)
{
    m_result.reachedServer = r.reachedServer();
    m_result.deviceRevoked = r.deviceRevoked();
    // The school's quota (a 507 from creation): not this file's fault, and nothing to fix here.
    m_result.storeFull = r.status == 507;
    if (m_result.storeFull)
        finish(false, storeFullMessage());
    else if (r.status == 460)
        finish(false, tr("A media file kept arriving damaged at the server, so it was not kept there. "
                         "The tablet still has it and will try again at the next sync."));
    else
        finish(false, r.describeFailure(what));
}

void TusUploader::finish(bool ok, const QString &message)
{
    m_running = false;
    settle();
    m_file.reset();
    m_result.ok = ok;
    m_result.message = message;
    ++m_generation;
    emit finished(m_result);
}

} // namespace Stride
