#pragma once

#include <QByteArray>
#include <QString>

namespace Stride {

// Turns a store kept as plain SQLite (from before encryption) into an encrypted one, in place and
// once: a complete encrypted copy is made and checked beside it ("<db>.encrypting"), the plain file
// steps aside ("<db>.plain"), the copy takes its name, and the plain copy is overwritten with
// zeros and removed. A kill at any point leaves files that resume() puts right at the next open:
// there is always one whole copy of the store, never neither.
class PlainStoreMigration
{
public:
    // Finishes or undoes what an interrupted migration of `path` left. False, with the reason, if
    // the files could not be put right (they are then left as they are).
    static bool resume(const QString &path, const QByteArray &key, QString *detail);
    // Encrypts the healthy plain store at `path` (no connection may be open on it). False, with the
    // reason, if it could not; the plain store is then as it was.
    static bool encrypt(const QString &path, const QByteArray &key, QString *detail);

    static QString encryptingPath(const QString &path) { return path + QStringLiteral(".encrypting"); }
    static QString plainPath(const QString &path) { return path + QStringLiteral(".plain"); }
};

} // namespace Stride
