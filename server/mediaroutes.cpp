#include "mediaroutes.h"

#include "apierror.h"
#include "auditlog.h"
#include "bodyreader.h"
#include "chunkreceiver.h"
#include "mediaquota.h"
#include "requestauth.h"
#include "servercontext.h"
#include "sqlconnection.h"
#include "tabletscope.h"
#include "tokens.h"
#include "tusheaders.h"
#include "uploadlock.h"
#include "uploadregistry.h"

#include <httplib.h>
#include <media/durablefile.h>
#include <sync/sha256.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Stride::Server {

namespace {

const char *const kTusVersion = "1.0.0";

std::string httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toStdString();
}

// A file operation that failed: the request gets a 500, and the store's log names the file.
[[noreturn]] void fileFailed(const QString &what, const QString &path, const QString &error)
{
    throw std::runtime_error(QStringLiteral("could not %1 %2: %3").arg(what, path, error).toStdString());
}

// Every tus answer says which version it speaks; requests other than OPTIONS must speak 1.0.0.
bool speaksTus(const httplib::Request &req, httplib::Response &res)
{
    res.set_header("Tus-Resumable", kTusVersion);
    if (req.get_header_value("Tus-Resumable") == kTusVersion)
        return true;
    res.set_header("Tus-Version", kTusVersion);
    Api::error(
        res, 412, QStringLiteral("tus_version"),
        QStringLiteral("Uploads use the tus protocol version 1.0.0: send the header Tus-Resumable: 1.0.0."));
    return false;
}

// A non-negative whole number from a header, or nullopt.
std::optional<qint64> headerNumber(const httplib::Request &req, const char *name)
{
    if (!req.has_header(name))
        return std::nullopt;
    return TusHeaders::number(req.get_header_value(name));
}

// Forgets an upload, under its lock: its row first, then its file (if it is still in progress; a
// completed upload's bytes are the school's blob, which stays) and its running digest. A file whose
// row is gone is swept up later (removeExpiredUploads); a row whose file is gone would not be.
void discardUpload(ServerContext &context, UploadLock &lock)
{
    const Upload &upload = *lock.upload();
    lock.beginWrites();
    UploadRegistry::remove(upload.id);
    lock.commit();
    if (!upload.completed)
        QFile::remove(context.media.uploadPath(upload.id));
    context.uploadHashes.forget(upload.id);
}

// Records a whole, verified upload as completed, under its lock: the school holds the blob, and the
// upload answers with its whole length until it expires.
Upload recordCompleted(UploadLock &lock, Upload upload)
{
    lock.beginWrites();
    UploadRegistry::completeUpload(upload.id, upload.schoolId, upload.sha256, upload.length);
    lock.commit();
    TabletScope::noteUploaded(upload.deviceId, upload.sha256);
    upload.completed = true;
    upload.offset = upload.length;
    return upload;
}

// Whether a process was killed between keeping an upload's verified file as its blob and recording
// that: the upload's own file is gone, and the blob is there at its length. Only that rename takes
// an upload's file away while its row stays (a discarded upload loses its row first), so this is
// never a file the tablet did not send.
bool keptButNotRecorded(ServerContext &context, const Upload &upload)
{
    return !QFileInfo::exists(context.media.uploadPath(upload.id)) &&
           context.media.blobSize(upload.sha256) == upload.length;
}

// The upload under `lock`, if it exists, belongs to this tablet and has not expired (an expired
// one is removed on the spot). Otherwise 404 is in `res`: never 410, which tells a tablet it was
// revoked and must erase itself.
std::optional<Upload> liveUpload(ServerContext &context, const Device &device, UploadLock &lock,
                                 httplib::Response &res)
{
    // An upload is its own tablet's: another tablet of the school (a class tablet guessing at
    // another class's photo) cannot read its offset, add to it or end it.
    const auto upload = lock.upload();
    if (upload && upload->schoolId == device.schoolId && upload->deviceId == device.id &&
        !upload->expired()) {
        if (!upload->completed && keptButNotRecorded(context, *upload))
            return recordCompleted(lock, *upload);
        return upload;
    }
    if (upload && upload->expired())
        discardUpload(context, lock);
    Api::error(res, 404, QStringLiteral("upload_not_found"),
               QStringLiteral("This upload does not exist or has expired. Start the upload again."));
    return std::nullopt;
}

void options(ServerContext &context, const httplib::Request &req, httplib::Response &res)
{
    if (!authorise(context, req, res))
        return;
    res.set_header("Tus-Resumable", kTusVersion);
    res.set_header("Tus-Version", kTusVersion);
    res.set_header("Tus-Extension", "creation,checksum,termination,expiration");
    res.set_header("Tus-Max-Size", std::to_string(context.limits.maxUploadBytes));
    res.set_header("Tus-Checksum-Algorithm", "sha256");
    res.status = 204;
}

void create(ServerContext &context, const httplib::Request &req, httplib::Response &res,
            const httplib::ContentReader &reader)
{
    const auto device = authorise(context, req, res);
    if (!device)
        return refuseBody(context, req, res, reader);
    // Creation with an upload in the same request is not offered: any body is read and dropped.
    std::string ignored;
    if (BodyReader::read(reader, 0, ignored) == BodyReader::Result::Broken)
        return Api::error(res, 400, QStringLiteral("bad_request"),
                          QStringLiteral("The request did not arrive whole."));
    if (!speaksTus(req, res))
        return;
    if (req.has_header("Upload-Defer-Length"))
        return Api::error(
            res, 400, QStringLiteral("bad_request"),
            QStringLiteral("Give the file's length (Upload-Length); deferred lengths are not supported."));
    const auto length = headerNumber(req, "Upload-Length");
    if (!length || *length < 1)
        return Api::error(
            res, 400, QStringLiteral("bad_request"),
            QStringLiteral("An upload needs the file's length in bytes (Upload-Length), at least 1."));
    if (*length > context.limits.maxUploadBytes)
        return Api::error(res, 413, QStringLiteral("too_large"),
                          QStringLiteral("The file is larger than the store accepts (%1 bytes at most).")
                              .arg(context.limits.maxUploadBytes));
    const auto declared =
        TusHeaders::metadataValue(req.get_header_value("Upload-Metadata"), QStringLiteral("sha256"));
    const QString sha256 = declared ? declared->trimmed().toLower() : QString();
    if (!MediaFiles::isSha256Hex(sha256))
        return Api::error(
            res, 400, QStringLiteral("bad_request"),
            QStringLiteral("An upload must declare the file's SHA-256: Upload-Metadata: sha256 <base64 of "
                           "the hex digest>."));
    // Present only to a tablet that may see the file: any other is asked for the bytes, as if
    // the store had never seen them, so that knowing a hash tells it nothing (docs/sync.md, "Scope").
    if (context.media.hasBlob(sha256) && UploadRegistry::schoolHasBlob(device->schoolId, sha256) &&
        TabletScope::maySeeMedia(*device, sha256)) {
        res.set_header("Stride-Media-Present", "true");
        res.status = 200;
        return;
    }
    // The school's room, with its other uploads in progress: a file that would pass its quota is
    // refused before any byte is sent, and the tablet keeps it. Held until the upload is recorded.
    MediaQuota::Hold quota(device->schoolId);
    if (!MediaQuota::useOf(device->schoolId, context.limits.mediaQuotaBytes, sha256).fits(*length))
        return Api::error(res, 507, QStringLiteral("storage_full"), MediaQuota::fullMessage());
    Upload upload;
    upload.id = Tokens::newOpaqueId();
    upload.schoolId = device->schoolId;
    upload.deviceId = device->id;
    upload.sha256 = sha256;
    upload.length = *length;
    upload.expiresAt = QDateTime::currentDateTimeUtc().addSecs(context.limits.uploadExpirySeconds);
    // The empty file, and its name, are on disk before the upload is recorded.
    const QString path = context.media.uploadPath(upload.id);
    QString error;
    if (!DurableFile::write(path, {}, &error) ||
        !DurableFile::syncDirectory(context.media.uploadsDir(), &error))
        fileFailed(QStringLiteral("create"), path, error);
    UploadRegistry::create(upload);
    quota.commit();
    res.set_header("Location", "/v1/media/uploads/" + upload.id.toStdString());
    res.set_header("Upload-Expires", httpDate(upload.expiresAt));
    res.set_header("Upload-Offset", "0");
    res.status = 201;
}

void status(ServerContext &context, const httplib::Request &req, httplib::Response &res)
{
    const auto device = authorise(context, req, res);
    if (!device || !speaksTus(req, res))
        return;
    // Under the upload's lock, like PATCH: an expired upload is not removed under a chunk that is
    // still streaming in, and the offset given is never one a chunk is about to move. A completed
    // upload answers with its whole length until it expires (tus 1.0: a client that lost the
    // answer to its last chunk learns here that the upload is whole).
    UploadLock lock(QString::fromStdString(req.matches[1]));
    const auto upload = liveUpload(context, *device, lock, res);
    if (!upload)
        return;
    res.set_header("Upload-Offset", std::to_string(upload->offset));
    res.set_header("Upload-Length", std::to_string(upload->length));
    res.set_header("Upload-Expires", httpDate(upload->expiresAt));
    res.set_header("Cache-Control", "no-store");
    res.status = 200;
}

// Reads and drops a body this request will not use, so the answer reaches the client (which may
// not listen before it has sent everything) and the connection stays in step for the next request.
void drain(const httplib::ContentReader &reader)
{
    reader([](const char *, size_t) { return true; });
}

void chunkTooLarge(const ServerContext &context, httplib::Response &res)
{
    res.set_header("Tus-Resumable", kTusVersion);
    Api::error(
        res, 413, QStringLiteral("too_large"),
        QStringLiteral("A chunk is at most %1 MiB.").arg(context.limits.maxChunkBytes / (1024 * 1024)));
}

void beyondLength(httplib::Response &res, const Upload &upload)
{
    Api::error(res, 400, QStringLiteral("beyond_length"),
               QStringLiteral("This chunk goes past the end of the file (%1 bytes).").arg(upload.length));
}

// The chunk's headers, checked before any of its bytes are read.
struct ChunkHeaders
{
    Device device;
    qint64 offset = 0;
    std::optional<QByteArray> digest; // Upload-Checksum, if sent (empty if it was not base64)
};

std::optional<ChunkHeaders> chunkHeaders(const Device &device, const httplib::Request &req,
                                         httplib::Response &res)
{
    if (!speaksTus(req, res))
        return std::nullopt;
    if (req.get_header_value("Content-Type") != "application/offset+octet-stream") {
        Api::error(
            res, 415, QStringLiteral("unsupported_media_type"),
            QStringLiteral("Upload chunks are sent as Content-Type: application/offset+octet-stream."));
        return std::nullopt;
    }
    const auto offset = headerNumber(req, "Upload-Offset");
    if (!offset) {
        Api::error(res, 400, QStringLiteral("bad_request"),
                   QStringLiteral("A chunk must say where it starts (Upload-Offset)."));
        return std::nullopt;
    }
    ChunkHeaders headers{device, *offset, std::nullopt};
    if (req.has_header("Upload-Checksum")) {
        // A digest that is not base64 matches no chunk: the chunk is refused as damaged.
        headers.digest = TusHeaders::sha256Checksum(req.get_header_value("Upload-Checksum"));
        if (!headers.digest) {
            Api::error(
                res, 400, QStringLiteral("checksum_algorithm"),
                QStringLiteral("Chunk checksums use sha256: Upload-Checksum: sha256 <base64 digest>."));
            return std::nullopt;
        }
    }
    return headers;
}

// PATCH: one chunk, streamed into the upload's file past the acknowledged offset and hashed as it
// arrives (ChunkReceiver). It is acknowledged (the offset moves, then 204) only once its digest
// matched and it is on disk; otherwise the file is cut back and nothing of it is kept. Sets
// `bodyRead` when it starts reading the body (or has refused it as a stranger's); if it returns (or
// throws) before, the caller drains it.
void receiveChunk(ServerContext &context, const httplib::Request &req, httplib::Response &res,
                  const httplib::ContentReader &reader, bool &bodyRead)
{
    // Who it is first: a stranger's chunk is never drained whole (refuseBody).
    const auto device = authorise(context, req, res);
    if (!device) {
        bodyRead = true;
        return refuseBody(context, req, res, reader);
    }
    // screen() has already refused a Content-Length that is not a number.
    const std::string lengthHeader = req.get_header_value("Content-Length");
    const qint64 declared = lengthHeader.empty() ? 0 : std::stoll(lengthHeader);
    if (declared > context.limits.maxChunkBytes)
        return chunkTooLarge(context, res);
    const auto headers = chunkHeaders(*device, req, res);
    if (!headers)
        return;

    // Held while the chunk streams in: a second PATCH of the same upload, in this process or
    // another, waits, then finds the offset this one left.
    UploadLock lock(QString::fromStdString(req.matches[1]));
    const auto upload = liveUpload(context, headers->device, lock, res);
    if (!upload)
        return;
    if (headers->offset != upload->offset) {
        res.set_header("Upload-Offset", std::to_string(upload->offset));
        return Api::error(res, 409, QStringLiteral("offset_mismatch"),
                          QStringLiteral("The store has %1 bytes of this file, not %2. Continue from %1.")
                              .arg(upload->offset)
                              .arg(headers->offset));
    }
    if (upload->offset + declared > upload->length)
        return beyondLength(res, *upload);
    if (upload->completed) {
        // Nothing can follow the last byte: an empty chunk there is acknowledged as it stands.
        bodyRead = true;
        qint64 received = 0;
        reader([&received](const char *, size_t length) {
            received += qint64(length);
            return true;
        });
        if (received > 0)
            return beyondLength(res, *upload);
        res.set_header("Upload-Offset", std::to_string(upload->offset));
        res.status = 204;
        return;
    }

    const QString path = context.media.uploadPath(upload->id);
    ChunkReceiver chunk(path, upload->offset,
                        std::min(context.limits.maxChunkBytes, upload->length - upload->offset));
    QString error;
    if (!chunk.open(&error))
        throw std::runtime_error(error.toStdString());
    bodyRead = true;
    const bool whole = reader([&chunk](const char *data, size_t length) {
        chunk.receive(data, length);
        return true; // read to the end whatever happens, so the answer reaches the client
    });
    if (!whole) {
        chunk.discard();
        return Api::error(
            res, 400, QStringLiteral("bad_request"),
            QStringLiteral("The chunk did not arrive whole, so none of it was kept. Send it again."));
    }
    if (chunk.received() > context.limits.maxChunkBytes) {
        chunk.discard();
        return chunkTooLarge(context, res);
    }
    if (chunk.overflowed()) {
        chunk.discard();
        return beyondLength(res, *upload);
    }
    if (!chunk.writeError().isEmpty()) {
        chunk.discard();
        throw std::runtime_error(chunk.writeError().toStdString());
    }
    if (headers->digest && *headers->digest != chunk.digest()) {
        chunk.discard();
        return Api::error(
            res, 460, QStringLiteral("chunk_checksum_mismatch"),
            QStringLiteral("This part of the file arrived damaged, so it was not kept. Send it again."));
    }
    if (!chunk.commit(&error)) {
        chunk.discard();
        throw std::runtime_error(error.toStdString());
    }

    const qint64 newOffset = upload->offset + chunk.received();
    if (newOffset < upload->length) {
        lock.beginWrites();
        UploadRegistry::setOffset(upload->id, newOffset);
        lock.commit();
        context.uploadHashes.advance(upload->id, path, upload->offset, newOffset);
        res.set_header("Upload-Offset", std::to_string(newOffset));
        res.set_header("Upload-Expires", httpDate(upload->expiresAt));
        res.status = 204;
        return;
    }
    // The last byte: the whole file must be exactly what was declared before it becomes a blob.
    // Its digest has been kept up to date chunk by chunk; after a restart, or if other chunks went
    // to another store process, the file is read again. A file sent in one chunk has the chunk's
    // own digest.
    auto actual = upload->offset == 0
                      ? std::optional<QString>(QString::fromLatin1(chunk.digest().toHex()))
                      : context.uploadHashes.finish(upload->id, path, upload->offset, newOffset);
    if (!actual)
        actual = MediaFiles::sha256OfFile(path);
    if (!actual || *actual != upload->sha256) {
        discardUpload(context, lock);
        return Api::error(
            res, 460, QStringLiteral("checksum_mismatch"),
            QStringLiteral("The whole file does not match the SHA-256 it was declared with, so it was "
                           "discarded. Upload it again from the start."));
    }
    if (!DurableFile::renameDurably(path, context.media.blobPath(upload->sha256), &error))
        fileFailed(QStringLiteral("keep"), path, error);
    recordCompleted(lock, *upload);
    res.set_header("Upload-Offset", std::to_string(newOffset));
    res.status = 204;
}

void patch(ServerContext &context, const httplib::Request &req, httplib::Response &res,
           const httplib::ContentReader &reader)
{
    bool bodyRead = false;
    try {
        receiveChunk(context, req, res, reader, bodyRead);
    } catch (...) {
        if (!bodyRead)
            drain(reader); // an answer is still sent (500 or 503): the connection must be in step
        throw;
    }
    if (!bodyRead)
        drain(reader);
}

void terminate(ServerContext &context, const httplib::Request &req, httplib::Response &res)
{
    const auto device = authorise(context, req, res);
    if (!device || !speaksTus(req, res))
        return;
    // tus termination. A completed upload is forgotten too, but its file stays: it is the school's
    // content-addressed blob, which evidence may already name, not the upload's.
    UploadLock lock(QString::fromStdString(req.matches[1]));
    if (!liveUpload(context, *device, lock, res))
        return;
    discardUpload(context, lock);
    res.status = 204;
}

// GET and HEAD of a blob. httplib answers a Range request with 206 and Content-Range itself, from
// the content provider, reading only the bytes asked for.
void blob(ServerContext &context, const httplib::Request &req, httplib::Response &res)
{
    const auto device = authorise(context, req, res);
    if (!device)
        return;
    const QString sha256 = QString::fromStdString(req.matches[1]);
    const auto size = context.media.blobSize(sha256);
    if (!size || !UploadRegistry::schoolHasBlob(device->schoolId, sha256))
        return Api::error(res, 404, QStringLiteral("media_not_found"),
                          QStringLiteral("The store does not have this file (yet)."));
    // A file of a pupil this tablet does not serve is answered exactly as one the store does not
    // have, so asking by hash reveals nothing; the refusal is in the audit log. The tablet that
    // uploaded a file may still confirm it (HEAD), but not take its bytes back.
    const bool allowed = req.method == "HEAD" ? TabletScope::maySeeMedia(*device, sha256)
                                              : TabletScope::mayFetchMedia(*device, sha256);
    if (!allowed) {
        AuditLog(SqlConnection::forThisThread()).downloadRefused(*device, sha256);
        return Api::error(res, 404, QStringLiteral("media_not_found"),
                          QStringLiteral("The store does not have this file (yet)."));
    }
    // Who received a copy of which photo (docs/security.md, "Audit"); HEAD sends no bytes.
    if (req.method == "GET")
        AuditLog(SqlConnection::forThisThread())
            .downloaded(*device, sha256, QString::fromStdString(req.get_header_value("Range")));
    res.set_header("ETag", "\"" + sha256.toStdString() + "\"");
    res.set_header("Accept-Ranges", "bytes");
    res.set_header("Cache-Control", "private, max-age=31536000, immutable");
    auto file = std::make_shared<QFile>(context.media.blobPath(sha256));
    if (req.method != "HEAD" && !file->open(QIODevice::ReadOnly))
        throw std::runtime_error("a stored file could not be opened");
    res.set_content_provider(
        size_t(*size), "application/octet-stream",
        [file](size_t offset, size_t length, httplib::DataSink &sink) {
            QByteArray buffer(int(std::min<size_t>(length, 256 * 1024)), Qt::Uninitialized);
            if (!file->seek(qint64(offset)))
                return false;
            const qint64 n = file->read(buffer.data(), buffer.size());
            if (n <= 0)
                return false;
            return sink.write(buffer.constData(), size_t(n));
        },
        [file](bool) { file->close(); });
}

// PUT /v1/media/<sha256>: the whole file in one request (docs/sync.md, decision 9; for the
// benchmark that compares it with tus). Streamed to disk and hashed on the way, so a video never
// sits in memory; it becomes a blob only if its SHA-256 is the one in the address.
void put(ServerContext &context, const httplib::Request &req, httplib::Response &res,
         const httplib::ContentReader &reader)
{
    // Who it is first: nothing from an unknown tablet is written to disk, and at most 4 MiB of its
    // body is read (refuseBody).
    const auto device = authorise(context, req, res);
    if (!device)
        return refuseBody(context, req, res, reader);
    const QString sha256 = QString::fromStdString(req.matches[1]);
    // A file announced too large for the school's room is read and dropped, never written.
    const std::string announced = req.get_header_value("Content-Length");
    const bool full =
        !announced.empty() && !MediaQuota::useOf(device->schoolId, context.limits.mediaQuotaBytes, sha256)
                                   .fits(std::stoll(announced));
    const QString path = context.media.uploadPath(QStringLiteral("put-") + Tokens::newOpaqueId());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("an upload file could not be created");
    Sha256::Hasher hash;
    qint64 received = 0;
    bool tooLarge = false;
    bool writeFailed = false;
    const bool whole = reader([&](const char *data, size_t length) {
        received += qint64(length);
        if (tooLarge || writeFailed || full)
            return true; // read to the end, so the answer reaches the client
        if (received > context.limits.maxUploadBytes) {
            tooLarge = true;
            return true;
        }
        hash.addData(QByteArrayView(data, qsizetype(length)));
        writeFailed = file.write(data, qint64(length)) != qint64(length);
        return true;
    });
    file.close();
    // Removes the partial file whatever happens below, unless it became a blob.
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup{path};

    if (!whole)
        return Api::error(res, 400, QStringLiteral("bad_request"),
                          QStringLiteral("The file did not arrive whole."));
    if (tooLarge)
        return Api::error(res, 413, QStringLiteral("too_large"),
                          QStringLiteral("The file is larger than the store accepts (%1 bytes at most).")
                              .arg(context.limits.maxUploadBytes));
    if (writeFailed)
        throw std::runtime_error("an upload could not be written to disk");
    const bool present =
        context.media.hasBlob(sha256) && UploadRegistry::schoolHasBlob(device->schoolId, sha256);
    if (present && TabletScope::maySeeMedia(*device, sha256)) {
        res.status = 200;
        return;
    }
    // On disk before the quota is held, so that other uploads of the school do not wait for it.
    QString error;
    if (!present && !DurableFile::sync(path, &error))
        fileFailed(QStringLiteral("keep"), path, error);
    // Checked again with the bytes that came (a body sent without a length), until recorded.
    MediaQuota::Hold quota(device->schoolId);
    if (full || !MediaQuota::useOf(device->schoolId, context.limits.mediaQuotaBytes, sha256).fits(received))
        return Api::error(res, 507, QStringLiteral("storage_full"), MediaQuota::fullMessage());
    if (QString::fromLatin1(hash.result().toHex()) != sha256)
        return Api::error(
            res, 460, QStringLiteral("checksum_mismatch"),
            QStringLiteral("The file does not match the SHA-256 in its address, so it was discarded."));
    if (!present) {
        if (!DurableFile::renameDurably(path, context.media.blobPath(sha256), &error))
            fileFailed(QStringLiteral("keep"), path, error);
        UploadRegistry::recordBlob(device->schoolId, sha256, received);
    }
    quota.commit();
    // The tablet has shown it holds the bytes: it may confirm the file from now on.
    TabletScope::noteUploaded(device->id, sha256);
    res.status = present ? 200 : 201;
}

} // namespace

void MediaRoutes::install(httplib::Server &server, ServerContext &context)
{
    auto wrap = [&context](void (*handler)(ServerContext &, const httplib::Request &, httplib::Response &)) {
        return [&context, handler](const httplib::Request &req, httplib::Response &res) {
            Api::guarded(res, [&] { handler(context, req, res); });
        };
    };
    server.Options("/v1/media/uploads", wrap(options));
    server.Options("/v1/media/uploads/([0-9a-f]{32})", wrap(options));
    auto wrapReader = [&context](void (*handler)(ServerContext &, const httplib::Request &,
                                                 httplib::Response &, const httplib::ContentReader &)) {
        return [&context, handler](const httplib::Request &req, httplib::Response &res,
                                   const httplib::ContentReader &reader) {
            Api::guarded(res, [&] { handler(context, req, res, reader); });
        };
    };
    server.Post("/v1/media/uploads", wrapReader(create));
    // httplib sends HEAD to the GET handlers; the route table lets only HEAD through for uploads.
    server.Get("/v1/media/uploads/([0-9a-f]{32})", wrap(status));
    server.Patch("/v1/media/uploads/([0-9a-f]{32})", wrapReader(patch));
    server.Put("/v1/media/([0-9a-f]{64})", wrapReader(put));
    server.Delete("/v1/media/uploads/([0-9a-f]{32})", wrap(terminate));
    server.Get("/v1/media/([0-9a-f]{64})", wrap(blob));
}

int MediaRoutes::removeExpiredUploads(ServerContext &context)
{
    int removed = 0;
    for (const QString &id : UploadRegistry::expiredIds()) {
        UploadLock lock(id);
        // Another process may have removed it first.
        if (!lock.upload() || !lock.upload()->expired())
            continue;
        discardUpload(context, lock);
        ++removed;
    }
    // Files with no upload behind them (the server stopped between creating the file and
    // recording the upload) go too, once they are older than any upload could be.
    const QDateTime cutoff =
        QDateTime::currentDateTimeUtc().addSecs(-qint64(context.limits.uploadExpirySeconds) - 3600);
    const QFileInfoList files = QDir(context.media.uploadsDir()).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        if (file.lastModified().toUTC() < cutoff && !UploadRegistry::find(file.fileName())) {
            QFile::remove(file.absoluteFilePath());
            ++removed;
        }
    return removed;
}

} // namespace Stride::Server
