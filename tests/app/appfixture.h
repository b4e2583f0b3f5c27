#pragma once

#include "tabletapp.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace Stride::Testing {

// The tablet app's objects on the demo school, in a fresh folder (store and media beside it),
// with "today" pinned inside the demo term and captures coming from files.
struct DemoTablet
{
    QTemporaryDir dir;
    std::unique_ptr<TabletApp> app;

    DemoTablet();
    Store &store() { return app->store(); }
    Session &session() { return app->session(); }
    CaptureController &capture() { return app->capture(); }

    // Signs in the demo member of staff with this first name, with their demo PIN.
    bool signInAs(const QString &firstName);
    QString pinOf(const QString &firstName);
    QString staffId(const QString &firstName);
    // The first pupil (by the class's order) whose media consent is `consent`.
    Pupil pupilWith(MediaConsent consent, const QString &classId = {});
    QList<Target> targetsOf(const QString &pupilId);
    // A JPEG made now (never a file in the repository), in this tablet's folder.
    QString makePhoto(const QString &name = QStringLiteral("photo.jpg"), QSize size = {1200, 900});
};

// Runs the event loop until `condition` holds, or `timeoutMs` passes; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

} // namespace Stride::Testing
