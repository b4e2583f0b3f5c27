#include "tabletapp.h"

#include "captureimageprovider.h"
#include "demopins.h"
#include "mediaimageprovider.h"

#include "capture/cameracapturesource.h"
#include "capture/fileimportcapturesource.h"
#include "demo/demoprofiles.h"
#include "demo/demoschool.h"
#include "sync/devicefiles.h"
#include "sync/storesignin.h"

#include <QHash>
#include <QMediaDevices>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickWindow>
#include <cmath>
#include <cstdio>

namespace Stride {

TabletApp::TabletApp(const Config &config, QObject *parent)
    : QObject(parent), m_config(config),
      // The media store lives beside the database, in the same app-private folder, named for it
      // (docs/sync.md, decision 11): erasing a revoked tablet removes exactly these two.
      m_mediaDir(DeviceFiles::mediaDirFor(config.databasePath)), m_database(m_store, config.databasePath),
      m_session(m_store, config.today)
{
    m_mediaStore = std::make_unique<MediaStore>(m_mediaDir);
    m_evidenceCapture = std::make_unique<EvidenceCapture>(m_store, *m_mediaStore);
    m_mediaFiles = std::make_unique<MediaFiles>(*m_mediaStore);
    // The same screens either way: a camera where there is one, else files to choose from.
    if (!config.importFiles && !QMediaDevices::videoInputs().isEmpty())
        m_source = std::make_unique<CameraCaptureSource>(*m_mediaStore);
    else
        m_source = std::make_unique<FileImportCaptureSource>(*m_mediaStore);
    m_capture =
        std::make_unique<CaptureController>(m_session, *m_evidenceCapture, *m_mediaStore, m_source.get());
    const int idleMs = int(std::lround(config.idleLockMinutes * 60'000));
    m_idle = std::make_unique<IdleMonitor>(m_session, idleMs);
    connect(m_source.get(), &CaptureSource::recordingStateChanged, m_idle.get(),
            [this] { m_idle->setSuspended(m_source->isRecording()); });
    m_syncClient = std::make_unique<SyncClient>(m_store, m_mediaStore.get(), m_mediaDir);
    m_syncEngine = std::make_unique<SyncEngine>(*m_syncClient);
    // Where the platform can tell, sync starts the moment the Wi-Fi comes back; elsewhere the
    // engine's timer and backoff do it.
    m_syncEngine->watchNetwork();
    m_connection = std::make_unique<SchoolConnection>(*m_syncClient, *m_syncEngine);
    // A first sign-in on this tablet is checked by the school's store, over the enrolled connection.
    m_session.setStoreCheck(
        [this](const QString &staffId, const QString &pin, std::function<void(const SignIn::Result &)> done) {
            if (m_syncClient->useEnrolment())
                return StoreSignIn::signIn(m_store, m_syncClient->api(), staffId, pin, std::move(done));
            if (m_config.demo)
                return done(DemoPins::firstSignIn(m_store, staffId, pin));
            SignIn::Result notEnrolled;
            notEnrolled.outcome = SignIn::Outcome::NeedsStore;
            notEnrolled.message =
                tr("This tablet is not enrolled with a school's store yet, so nobody can sign in on "
                   "it for the first time. Ask the office for an enrolment code.");
            done(notEnrolled);
        });
    m_syncProblems = std::make_unique<SyncProblems>(*m_syncClient, *m_syncEngine, m_session);
    m_mediaDownloads = std::make_unique<MediaDownloads>(*m_syncClient, *m_syncEngine, *m_mediaStore);
    connect(m_mediaDownloads.get(), &MediaDownloads::fetched, m_mediaFiles.get(), &MediaFiles::fileArrived);
    // A capture or an edit goes up soon after it is saved; a burst goes together. Queued, so the
    // engine reads the store after the writer has finished, never inside its transaction.
    m_store.setLocalChangeListener([engine = m_syncEngine.get()] {
        QMetaObject::invokeMethod(engine, &SyncEngine::localChangeMade, Qt::QueuedConnection);
    });
    // Records from other tablets (or the school's whole store, on the first sync): re-read the
    // school, its term and the staff who can sign in.
    connect(m_connection.get(), &SchoolConnection::recordsArrived, &m_session, &Session::reload);
    // Reaching the store unlocks a tablet that was offline too long, whoever is at it (or nobody).
    connect(m_syncEngine.get(), &SyncEngine::syncFinished, &m_session,
            [this] { m_session.refreshOfflineLock(); });
    connect(m_connection.get(), &SchoolConnection::deviceErased, this, &TabletApp::deviceErased);
    connect(&m_database, &DatabaseStatus::storeReady, this, &TabletApp::storeReady);
}

TabletApp::~TabletApp()
{
    // Sync stops before the store it reads; the controller and the source go before the media
    // store they write into.
    m_syncEngine->stop();
    m_store.setLocalChangeListener({});
    m_mediaDownloads.reset();
    m_syncProblems.reset();
    m_connection.reset();
    m_syncEngine.reset();
    m_syncClient.reset();
    m_idle.reset();
    m_capture.reset();
    m_source.reset();
}

void TabletApp::open()
{
    m_database.open();
}

void TabletApp::storeReady()
{
    // The media are sealed with a key from the store's device key (a store opened again after
    // an erase, or after its key was lost, has a new one; setting it is safe while the image
    // provider decodes). A lost key took the media folder with it: it is made again.
    m_mediaStore->prepareFolders();
    m_mediaStore->setKey(m_store.deviceKeys().media);
    // A tablet enrolled with a school's store gets its school from there, never from the demo.
    if (m_config.demo && m_store.schools().isEmpty() && !m_syncClient->isEnrolled()) {
        const DemoSchool::Result demo = DemoSchool::load(m_store);
        if (!demo.ok)
            std::fprintf(stderr, "The demo school could not be loaded: %s\n", qPrintable(demo.message));
        // The photos of the families' one-page profiles are files, so they are the tablet's part.
        else if (const QString problem = DemoProfiles::add(m_store, *m_mediaStore); !problem.isEmpty())
            std::fprintf(stderr, "The demo's profiles could not be added: %s\n", qPrintable(problem));
    }
    if (m_cleanedUp < 0) {
        // Once, before anything can be captured: a crash between writing a file and committing
        // its record left a file nothing names. (A store started fresh after damage gets the
        // same pass, since its first open is this one.)
        m_cleanedUp = m_evidenceCapture->cleanUpAfterCrash();
        if (m_cleanedUp > 0)
            std::fprintf(stderr, "Removed %d media file(s) left behind by an interrupted capture.\n",
                         m_cleanedUp);
    }
    m_session.reload();
    m_connection->storeOpened();
}

void TabletApp::deviceErased()
{
    // The school removed this tablet and the sync client has already deleted its database and
    // media. Whoever was signed in is signed out, unsaved captures go, the one on screen and
    // everyone's parked ones (their pupils' records are gone), and an empty store is opened so
    // the tablet can be enrolled again.
    m_capture->discardEverything();
    m_session.signOut();
    m_mediaStore->prepareFolders();
    m_database.open();
}

namespace {

// Which app each engine shows. Tests build apps and engines more than once in a process, so the
// singletons ask per engine; an entry goes when its engine does, and reads as null once its app
// has gone.
QHash<const QQmlEngine *, QPointer<TabletApp>> &exposedApps()
{
    static QHash<const QQmlEngine *, QPointer<TabletApp>> apps;
    return apps;
}

} // namespace

void TabletApp::exposeTo(QQmlEngine &engine)
{
    const QQmlEngine *key = &engine;
    if (!exposedApps().contains(key))
        connect(&engine, &QObject::destroyed, [key] { exposedApps().remove(key); });
    exposedApps().insert(key, this);
    engine.addImageProvider(QStringLiteral("capture"), new CaptureImageProvider(m_capture.get()));
    engine.addImageProvider(QStringLiteral("media"), new MediaImageProvider(*m_mediaStore));
}

TabletApp *TabletApp::exposedTo(const QQmlEngine *engine)
{
    return exposedApps().value(engine);
}

void TabletApp::watch(QQuickWindow *window)
{
    m_idle->watch(window);
}

} // namespace Stride
