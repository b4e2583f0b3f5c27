#include "appfixture.h"

#include "demopins.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QPainter>
#include <QThread>

namespace Stride::Testing {

DemoTablet::DemoTablet()
{
    TabletApp::Config config;
    config.databasePath = dir.filePath(QStringLiteral("stride.db"));
    config.today = QDate(2026, 11, 22);
    config.demo = true;
    config.idleLockMinutes = 0; // tests that want the idle lock set it themselves
    config.importFiles = true;
    app = std::make_unique<TabletApp>(config);
    app->open();
}

QString DemoTablet::staffId(const QString &firstName)
{
    for (const Staff &s : store().staffOfSchool(session().schoolId()))
        if (s.firstName == firstName)
            return s.id;
    return {};
}

QString DemoTablet::pinOf(const QString &firstName)
{
    return DemoPins::of(store(), staffId(firstName));
}

bool DemoTablet::signInAs(const QString &firstName)
{
    return session().signIn(staffId(firstName), pinOf(firstName));
}

Pupil DemoTablet::pupilWith(MediaConsent consent, const QString &classId)
{
    for (const Pupil &p : store().pupilsOfSchool(session().schoolId()))
        if (p.mediaConsent == consent && (classId.isEmpty() || p.classId == classId))
            return p;
    return {};
}

QList<Target> DemoTablet::targetsOf(const QString &pupilId)
{
    const auto plan = store().ilpFor(pupilId, session().termId());
    return plan ? store().targetsOfIlp(plan->id) : QList<Target>();
}

QString DemoTablet::makePhoto(const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xF4, 0xEE, 0xE0));
    QPainter p(&image);
    p.setBrush(QColor(0x2F, 0x6A, 0x9E));
    p.drawEllipse(QRect(QPoint(size.width() / 4, size.height() / 4), size / 2));
    p.end();
    const QString path = dir.filePath(name);
    image.save(path, "JPEG", 90);
    return path;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace Stride::Testing
