#pragma once

#include <QString>

namespace Stride::Server {

// The store's own TLS certificate and key (docs/operations.md, "Encryption"): checked before the
// store serves with them, so a wrong file is named at start-up rather than found by the first
// tablet that fails to connect, and made self-signed for a school's closed network, where the
// office compares the certificate's fingerprint on each tablet instead of trusting a CA.
namespace TlsCertificate {

// The certificate's SHA-256 fingerprint as browsers and `openssl x509 -fingerprint` show it:
// 32 upper-case hex pairs separated by colons.
struct Checked
{
    bool ok = false;
    QString error; // which file, and what is wrong with it, in plain words
    QString fingerprint;
    QString expires; // "2027-12-02" (UTC)
};

// Reads a PEM certificate (the first of a chain file) and a PEM private key without a passphrase,
// and checks that they belong together and that the certificate has not expired.
Checked check(const QString &certificatePath, const QString &keyPath);

struct Made
{
    bool ok = false;
    QString error;
    QString certificatePath;
    QString keyPath;
    QString fingerprint;
};

// A P-256 key (mode 0600) and a certificate for `host` (a name or an IP address, in the subject
// and the subjectAltName), valid from an hour ago for `days` days, written into `directory` as
// stride-store.crt and stride-store.key. Refuses to replace existing files: a tablet that pinned
// the old certificate would stop syncing.
Made makeSelfSigned(const QString &directory, const QString &host, int days);

} // namespace TlsCertificate

} // namespace Stride::Server
