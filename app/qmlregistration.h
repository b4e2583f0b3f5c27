#pragma once

// What the Stride QML module declares about types that do not name QML themselves: the long-lived
// objects TabletApp builds (QML singletons whose create() hands QML the instance of the app that
// was exposed to that engine, not a new one), and core and platform types, which stay free of
// QML. The models, PupilProfile and EvidenceDetail, which QML creates, carry QML_ELEMENT in their
// own headers, and name their base class with its namespace (public Stride::SessionListModel):
// Qt 6.4's qmltyperegistrar finds a base class only by the name as written, and without it the
// type information would lose every inherited property.

#include "capturecontroller.h"
#include "databasestatus.h"
#include "idlemonitor.h"
#include "mediafiles.h"
#include "navigator.h"
#include "session.h"
#include "sync/mediadownloads.h"
#include "sync/schoolconnection.h"
#include "sync/syncproblems.h"

#include "capture/capturesource.h"
#include "domain/vocabulary.h"
#include "sync/syncengine.h"

#include <QtQml/qqml.h>

class QJSEngine;
class QQmlEngine;

namespace Stride {

class TabletApp;

namespace Qml {

// The app exposed to this engine (TabletApp::exposeTo); null, with a warning, if there is none.
TabletApp *appFor(QQmlEngine *engine, const char *singletonName);

struct SessionSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::Session)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

public:
    static Session *create(QQmlEngine *engine, QJSEngine *);
};

struct DatabaseSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::DatabaseStatus)
    QML_NAMED_ELEMENT(Database)
    QML_SINGLETON

public:
    static DatabaseStatus *create(QQmlEngine *engine, QJSEngine *);
};

struct CaptureSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::CaptureController)
    QML_NAMED_ELEMENT(Capture)
    QML_SINGLETON

public:
    static CaptureController *create(QQmlEngine *engine, QJSEngine *);
};

struct MediaFilesSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::MediaFiles)
    QML_NAMED_ELEMENT(MediaFiles)
    QML_SINGLETON

public:
    static MediaFiles *create(QQmlEngine *engine, QJSEngine *);
};

struct IdleLockSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::IdleMonitor)
    QML_NAMED_ELEMENT(IdleLock)
    QML_SINGLETON

public:
    static IdleMonitor *create(QQmlEngine *engine, QJSEngine *);
};

struct SyncSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::SyncEngine)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON

public:
    static SyncEngine *create(QQmlEngine *engine, QJSEngine *);
};

struct ConnectionSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::SchoolConnection)
    QML_NAMED_ELEMENT(Connection)
    QML_SINGLETON

public:
    static SchoolConnection *create(QQmlEngine *engine, QJSEngine *);
};

struct SyncProblemsSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::SyncProblems)
    QML_NAMED_ELEMENT(SyncProblems)
    QML_SINGLETON

public:
    static SyncProblems *create(QQmlEngine *engine, QJSEngine *);
};

struct MediaDownloadsSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::MediaDownloads)
    QML_NAMED_ELEMENT(MediaDownloads)
    QML_SINGLETON

public:
    static MediaDownloads *create(QQmlEngine *engine, QJSEngine *);
};

struct NavigatorSingleton
{
    Q_GADGET
    QML_FOREIGN(Stride::Navigator)
    QML_NAMED_ELEMENT(Navigator)
    QML_SINGLETON

public:
    static Navigator *create(QQmlEngine *engine, QJSEngine *);
};

// The camera and microphone, or file import: the capture page reads it as Capture.source.
struct CaptureSourceType
{
    Q_GADGET
    QML_FOREIGN(Stride::CaptureSource)
    QML_NAMED_ELEMENT(CaptureSource)
    QML_UNCREATABLE("The app makes the capture source.")
};

// The core's closed sets that views hand on (EvidenceKind, MediaConsent, Visibility,
// TargetLineage), read in QML as Vocabulary.EvidenceKind.Video.
namespace VocabularyEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Stride)
QML_NAMED_ELEMENT(Vocabulary)
} // namespace VocabularyEnums

} // namespace Qml
} // namespace Stride
