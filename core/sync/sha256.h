#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace Stride {

// SHA-256 for media: tus chunk checksums and whole-file checks. Through OpenSSL's libcrypto where
// the build has it (it uses the CPU's SHA instructions: about 1.8 GB/s on the build machine,
// against 160 MB/s for QCryptographicHash), so that hashing is never what limits an upload;
// QCryptographicHash otherwise. Digests are the raw 32 bytes.
namespace Sha256 {
QByteArray digest(QByteArrayView bytes);
bool isAccelerated();

// The same, fed in pieces (a file read block by block).
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;
    void addData(QByteArrayView bytes);
    QByteArray result();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Adds the bytes [from, to) of the file at `path` to `hash`, a block at a time, so a video never
// sits in memory. False if the file cannot be read that far.
bool addFileRange(Hasher &hash, const QString &path, qint64 from, qint64 to);
} // namespace Sha256

} // namespace Stride
