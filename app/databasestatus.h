#pragma once

#include "store/database.h"

#include <QObject>

namespace Stride {

class Store;

// What happened when the app opened its store, for the page shown instead of signing in when the
// store could not be opened. For a damaged store (already moved aside, never deleted) it offers
// to start with a fresh one. A store whose key is gone (the tablet reset) is no longer opened by
// anyone: it is moved aside as "<store>.keylost-<time>", never called damaged, and the tablet
// starts again from enrolment. A key that does not match, and a keystore that cannot be reached,
// are told apart from both and leave the store untouched.
class DatabaseStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ok READ ok NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QString movedAsidePath READ movedAsidePath NOTIFY changed)
    Q_PROPERTY(bool canStartFresh READ canStartFresh NOTIFY changed)

public:
    DatabaseStatus(Store &store, const QString &path, QObject *parent = nullptr);

    // Opens the store at path() and records what happened.
    void open();

    bool ok() const { return m_result.ok(); }
    // "opened", "created", "damaged", "too-new", "failed", "key-lost", "wrong-key" or
    // "key-unavailable" (the keystore could not be reached, or its key could not be read).
    QString status() const;
    QString heading() const;
    QString message() const { return m_result.message; }
    QString detail() const { return m_result.detail; }
    QString path() const { return m_path; }
    QString movedAsidePath() const { return m_result.movedAsidePath; }
    bool canStartFresh() const;
    OpenResult result() const { return m_result; }

    // After a damaged store, or one whose key is gone, was moved aside: opens a new, empty one at
    // the same path.
    Q_INVOKABLE bool startFresh();

signals:
    void changed();
    // The store is open and ready (first open, or after starting fresh).
    void storeReady();

private:
    // The store was not opened because its key could not be had: the keystore out of reach (and
    // a key file not allowed), or the key unreadable.
    bool keyUnavailable() const;

    Store &m_store;
    QString m_path;
    OpenResult m_result;
};

} // namespace Stride
