#pragma once

#include "capturecontroller.h"
#include "databasestatus.h"
#include "idlemonitor.h"
#include "mediafiles.h"
#include "navigator.h"
#include "session.h"
#include "sync/mediadownloads.h"
#include "sync/schoolconnection.h"
#include "sync/syncproblems.h"

#include "capture/evidencecapture.h"
#include "media/mediastore.h"
#include "store/store.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QDate>
#include <QObject>
#include <memory>

class QQmlEngine;
class QQuickWindow;

namespace Stride {

class CaptureSource;

// The long-lived objects of the tablet app and how they are wired: the store, the session, the
// media store beside the database, the capture source (the camera, or file import where there is
// none), the capture controller, the idle lock, and sync with the school's store. main() builds one; so does
// the whole-flow UI test, which is how that test exercises exactly what the app runs.
class TabletApp : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString databasePath;
        QDate today;
        bool demo = false;
        double idleLockMinutes = 3;
        bool importFiles = false; // use file import even if a camera exists
    };

    explicit TabletApp(const Config &config, QObject *parent = nullptr);
    ~TabletApp() override;

    // Opens the store (filling it with the demo school if asked), then, once, before any capture
    // can begin, removes media files a crash left without a record.
    void open();
    // Makes this app the one whose objects the Stride module's singletons (Session, Capture, ...)
    // give to QML in this engine, and adds the capture preview. Before anything is loaded.
    void exposeTo(QQmlEngine &engine);
    // The app exposed to this engine, or null: what each singleton's create() asks.
    static TabletApp *exposedTo(const QQmlEngine *engine);
    // Starts the idle lock's watch on the window's input.
    void watch(QQuickWindow *window);

    Store &store() { return m_store; }
    Session &session() { return m_session; }
    DatabaseStatus &database() { return m_database; }
    MediaStore &mediaStore() { return *m_mediaStore; }
    MediaFiles &mediaFiles() { return *m_mediaFiles; }
    CaptureSource &captureSource() { return *m_source; }
    CaptureController &capture() { return *m_capture; }
    IdleMonitor &idleMonitor() { return *m_idle; }
    SyncClient &syncClient() { return *m_syncClient; }
    SyncEngine &syncEngine() { return *m_syncEngine; }
    SchoolConnection &connection() { return *m_connection; }
    SyncProblems &syncProblems() { return *m_syncProblems; }
    MediaDownloads &mediaDownloads() { return *m_mediaDownloads; }
    Navigator &navigator() { return m_navigator; }
    QString mediaDir() const { return m_mediaDir; }
    int filesCleanedUp() const { return m_cleanedUp; }

private:
    void storeReady();
    void deviceErased();

    Config m_config;
    QString m_mediaDir;
    Store m_store;
    DatabaseStatus m_database;
    Session m_session;
    std::unique_ptr<MediaStore> m_mediaStore;
    std::unique_ptr<EvidenceCapture> m_evidenceCapture;
    std::unique_ptr<MediaFiles> m_mediaFiles;
    std::unique_ptr<CaptureSource> m_source;
    std::unique_ptr<CaptureController> m_capture;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<SyncClient> m_syncClient;
    std::unique_ptr<SyncEngine> m_syncEngine;
    std::unique_ptr<SchoolConnection> m_connection;
    std::unique_ptr<SyncProblems> m_syncProblems;
    std::unique_ptr<MediaDownloads> m_mediaDownloads;
    Navigator m_navigator;
    int m_cleanedUp = -1; // -1: not yet
};

} // namespace Stride
