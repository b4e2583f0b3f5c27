#include "tabletapp.h"

#include "captureimageprovider.h"
#include "evidencedetail.h"
#include "models/classlistmodel.h"
#include "models/evidencelistmodel.h"
#include "models/pupillistmodel.h"
#include "models/stafflistmodel.h"
#include "models/targetlistmodel.h"
#include "pupilprofile.h"

#include "apppaths.h"
#include "capture/cameracapturesource.h"
#include "capture/fileimportcapturesource.h"
#include "demo/demoschool.h"

#include <QFileInfo>
#include <QMediaDevices>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml>
#include <cmath>
#include <cstdio>

namespace Stride {

TabletApp::TabletApp(const Config &config, QObject *parent)
    : QObject(parent), m_config(config),
      // The media store lives beside the database, in the same app-private folder (AppPaths).
      m_mediaDir(AppPaths(QFileInfo(config.databasePath).absolutePath()).mediaDir()),
      m_database(m_store, config.databasePath), m_session(m_store, config.today)
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
    connect(&m_database, &DatabaseStatus::storeReady, this, &TabletApp::storeReady);
}

TabletApp::~TabletApp()
{
    // The controller and the source go before the media store they write into.
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
    if (m_config.demo && m_store.schools().isEmpty()) {
        const DemoSchool::Result demo = DemoSchool::load(m_store);
        if (!demo.ok)
            std::fprintf(stderr, "The demo school could not be loaded: %s\n", qPrintable(demo.message));
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
}

void TabletApp::registerTypes()
{
    qmlRegisterType<StaffListModel>("Stride", 1, 0, "StaffListModel");
    qmlRegisterType<ClassListModel>("Stride", 1, 0, "ClassListModel");
    qmlRegisterType<PupilListModel>("Stride", 1, 0, "PupilListModel");
    qmlRegisterType<TargetListModel>("Stride", 1, 0, "TargetListModel");
    qmlRegisterType<EvidenceListModel>("Stride", 1, 0, "EvidenceListModel");
    qmlRegisterType<PupilProfile>("Stride", 1, 0, "PupilProfile");
    qmlRegisterType<EvidenceDetail>("Stride", 1, 0, "EvidenceDetail");
    qmlRegisterUncreatableType<CaptureSource>("Stride", 1, 0, "CaptureSource",
                                              QStringLiteral("The app makes the capture source."));
}

void TabletApp::exposeTo(QQmlApplicationEngine &engine)
{
    qmlRegisterSingletonInstance("Stride", 1, 0, "Session", &m_session);
    qmlRegisterSingletonInstance("Stride", 1, 0, "Database", &m_database);
    qmlRegisterSingletonInstance("Stride", 1, 0, "Capture", m_capture.get());
    qmlRegisterSingletonInstance("Stride", 1, 0, "MediaFiles", m_mediaFiles.get());
    qmlRegisterSingletonInstance("Stride", 1, 0, "IdleLock", m_idle.get());
    engine.addImageProvider(QStringLiteral("capture"), new CaptureImageProvider(m_capture.get()));
}

void TabletApp::watch(QQuickWindow *window)
{
    m_idle->watch(window);
}

} // namespace Stride
