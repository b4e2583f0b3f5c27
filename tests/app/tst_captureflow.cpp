// The whole capture flow on the real UI: Main.qml with the app's own objects (TabletApp), the
// file-import capture source, and taps sent to the window as a person would make them. Photos
// are made at test time. The QML singletons are per process, so one window serves every test
// here, in order.

#include "appfixture.h"

#include "capturecontroller.h"
#include "idlemonitor.h"

#include "media/mediastore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <functional>
#include <memory>
#define CATCH_CONFIG_EXTERNAL_INTERFACES // the listener that closes the window
#include <catch2/catch.hpp>

Q_IMPORT_QML_PLUGIN(StridePlugin)

using namespace Stride;
using namespace Stride::Testing;

namespace {

class Ui
{
public:
    static Ui &get()
    {
        if (!instance())
            instance().reset(new Ui);
        return *instance();
    }
    // The window goes before the application object does (see UiCleanup).
    static std::unique_ptr<Ui> &instance()
    {
        static std::unique_ptr<Ui> ui;
        return ui;
    }

    DemoTablet tablet;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    int taps = 0;

    QQuickItem *find(const QString &name, QQuickItem *from = nullptr) const
    {
        QQuickItem *root = from ? from : window->contentItem();
        if (root->objectName() == name && root->isVisible())
            return root;
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children)
            if (child->isVisible())
                if (QQuickItem *found = find(name, child))
                    return found;
        return nullptr;
    }
    QQuickItem *waitFor(const QString &name, int timeoutMs = 5000) const
    {
        QQuickItem *item = nullptr;
        waitUntil([&] { return (item = find(name)) != nullptr; }, timeoutMs);
        return item;
    }
    // Scrolls the lists and forms the item is in until it is on screen, as a person would.
    void bringIntoView(QQuickItem *item) const
    {
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            QQuickItem *content = p->property("contentItem").value<QQuickItem *>();
            if (!content)
                continue;
            const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
            const qreal y = p->property("contentY").toReal();
            const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
            if (r.top() < y || r.bottom() > y + p->height())
                p->setProperty("contentY", std::clamp<qreal>(r.top() - p->height() / 3, 0, maxY));
        }
        QCoreApplication::processEvents();
    }
    // A finger on the middle of the item.
    bool tap(const QString &name)
    {
        QQuickItem *item = waitFor(name);
        if (!item || !item->isEnabled())
            return false;
        bringIntoView(item);
        const QPoint at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, at);
        ++taps;
        QCoreApplication::processEvents();
        return true;
    }
    bool typePin(const QString &pin, const QString &pad)
    {
        QQuickItem *padItem = waitFor(pad);
        if (!padItem)
            return false;
        for (const QChar digit : pin) {
            QQuickItem *key = find(QStringLiteral("key") + digit, padItem);
            if (!key)
                return false;
            QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier,
                              key->mapToScene(QPointF(key->width() / 2, key->height() / 2)).toPoint());
        }
        return true;
    }
    void typeInto(const QString &field, const QString &text)
    {
        tap(field);
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }
    QString page() const { return window->property("pageName").toString(); }
    bool onPage(const QString &name, int timeoutMs = 5000) const
    {
        return waitUntil([&] { return page() == name && window->property("pageReady").toBool(); }, timeoutMs);
    }
    QVariant call(const char *function, const QVariantList &args)
    {
        QVariant result;
        const QVariant a0 = args.value(0), a1 = args.value(1), a2 = args.value(2);
        if (args.size() == 1)
            QMetaObject::invokeMethod(window, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, a0));
        else
            QMetaObject::invokeMethod(window, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, a0),
                                      Q_ARG(QVariant, a1), Q_ARG(QVariant, a2));
        return result;
    }
    QObject *picker() const
    {
        QObject *page = window->property("currentPage").value<QObject *>();
        return page ? page->findChild<QObject *>(QStringLiteral("filePicker")) : nullptr;
    }
    // The person picks `path` in the open file picker: it shows the file's folder, nothing is
    // chosen (Open cannot be pressed), the file is chosen by name as a tap on it would, and Open
    // is pressed. The caller counts this as one tap (a double tap on the file does both).
    bool pickFile(const QString &path)
    {
        QObject *dialog = picker();
        if (!dialog || !waitUntil([&] { return dialog->property("visible").toBool(); }))
            return false;
        const QFileInfo file(path);
        dialog->setProperty("folder", QUrl::fromLocalFile(file.absolutePath()));
        if (!waitFor(QStringLiteral("filePickerFile_") + file.fileName()))
            return false;
        QQuickItem *open = find(QStringLiteral("filePickerOpen"));
        if (!open || open->isEnabled() || dialog->property("canOpen").toBool()) {
            qWarning("The picker had a file chosen before the person chose one");
            return false;
        }
        bool chosen = false;
        QMetaObject::invokeMethod(dialog, "selectFile", Q_RETURN_ARG(bool, chosen),
                                  Q_ARG(QString, file.fileName()));
        if (!chosen || !open->isEnabled())
            return false;
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier,
                          open->mapToScene(QPointF(open->width() / 2, open->height() / 2)).toPoint());
        return waitUntil([&] { return !dialog->property("visible").toBool(); });
    }

private:
    Ui()
    {
        tablet.app->exposeTo(engine);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Stride/Main.qml")));
        window = engine.rootObjects().isEmpty() ? nullptr
                                                : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (window) {
            tablet.app->watch(window);
            // Page transitions stay on: the test uses the app as a person would.
            if (!QTest::qWaitForWindowExposed(window))
                qWarning("The test window was not exposed");
        }
    }
};

// Closes the window at the end of the run, while the QGuiApplication still exists.
struct UiCleanup : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testRunEnded(const Catch::TestRunStats &) override { Ui::instance().reset(); }
};
CATCH_REGISTER_LISTENER(UiCleanup)

} // namespace

TEST_CASE("A photo against one target from the pupil page: sign in, tap, choose, Save", "[ui][capture]")
{
    Ui &ui = Ui::get();
    REQUIRE(ui.window);
    DemoTablet &t = ui.tablet;
    REQUIRE(ui.onPage(QStringLiteral("sign-in")));

    // Sign in as Hannah, open her class and a pupil, all by tapping.
    const QString hannah = t.staffId(QStringLiteral("Hannah"));
    REQUIRE(ui.tap(QStringLiteral("staffTile_") + hannah));
    REQUIRE(ui.typePin(t.pinOf(QStringLiteral("Hannah")), QStringLiteral("pinPad")));
    // The demo's day is in assessment week, when a teacher starts on her class's grid; the
    // classes are one tap away.
    REQUIRE(ui.onPage(QStringLiteral("assessment")));
    REQUIRE(ui.tap(QStringLiteral("allClassesButton")));
    REQUIRE(ui.onPage(QStringLiteral("class-list")));
    const QString classId = t.session().staffClassIds().first();
    REQUIRE(ui.tap(QStringLiteral("classCard_") + classId));
    REQUIRE(ui.onPage(QStringLiteral("class")));
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents, classId);
    REQUIRE(ui.tap(QStringLiteral("pupilCard_") + pupil.id));
    REQUIRE(ui.onPage(QStringLiteral("pupil")));
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE_FALSE(targets.isEmpty());
    const QString photo = t.makePhoto(QStringLiteral("painting.jpg"), {1600, 1200});

    // The capture itself, counted from the pupil page.
    ui.taps = 0;
    REQUIRE(ui.tap(QStringLiteral("captureButton_") + targets.first().id)); // 1: the target's Photo button
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    // No camera here: the file dialog opens by itself. Choosing the file in it is the
    // shutter's tap (a double-tap on the file).
    REQUIRE(ui.pickFile(photo));
    ++ui.taps; // 2: the photo
    REQUIRE(ui.onPage(QStringLiteral("tagging"), 10000));
    CHECK(t.capture().selectedTargetCount() == 1); // that pupil AND that target, already
    QSignalSpy saved(&t.capture(), &CaptureController::saved);
    REQUIRE(ui.tap(QStringLiteral("saveButton"))); // 3: Save
    REQUIRE(saved.count() == 1);
    CHECK(ui.taps <= 4);
    INFO("taps from the pupil page: " << ui.taps);
    CHECK(ui.taps == 3);

    REQUIRE(ui.onPage(QStringLiteral("pupil"))); // back where it started
    const auto item = t.store().evidenceItem(saved.first().first().toString());
    REQUIRE(item);
    CHECK(item->kind == EvidenceKind::Photo);
    CHECK(item->pupils.size() == 1);
    CHECK(item->pupils.first().pupilId == pupil.id);
    CHECK(item->pupils.first().targetIds == QStringList{targets.first().id});
    REQUIRE(item->media.size() == 2);
    bool original = false, thumbnail = false;
    for (const MediaReference &m : item->media) {
        CHECK(QCryptographicHash::hash(t.app->mediaStore().read(m.sha256), QCryptographicHash::Sha256)
                  .toHex() == m.sha256.toLatin1());
        original = original || m.role == MediaRole::Original;
        thumbnail = thumbnail || m.role == MediaRole::Thumbnail;
    }
    CHECK(original);
    CHECK(thumbnail);
    CHECK(QFile::exists(photo)); // the chosen file is left as it was
}

TEST_CASE("A pupil without consent: stopped before any file or camera, written instead", "[ui][consent]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil none = t.pupilWith(MediaConsent::None);
    REQUIRE_FALSE(none.id.isEmpty());
    ui.call("showPupil", {none.id});
    REQUIRE(ui.onPage(QStringLiteral("pupil")));
    const QList<Target> targets = t.targetsOf(none.id);

    // Record evidence: the capture page says who and why, and nothing opens.
    REQUIRE(ui.tap(QStringLiteral("recordEvidenceButton")));
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    REQUIRE(ui.waitFor(QStringLiteral("consentBanner")));
    CHECK(t.capture().consentMessage().contains(none.displayName()));
    waitUntil([] { return false; }, 200);
    QObject *picker = ui.picker();
    REQUIRE(picker);
    CHECK_FALSE(picker->property("visible").toBool()); // the file dialog never opened
    CHECK_FALSE(ui.find(QStringLiteral("shutterButton"))->isEnabled());
    REQUIRE(ui.tap(QStringLiteral("backButton")));
    REQUIRE(ui.onPage(QStringLiteral("pupil")));

    // The target's own button offers what consent allows: a written observation, not a photo.
    QQuickItem *button = ui.waitFor(QStringLiteral("captureButton_") + targets.first().id);
    REQUIRE(button);
    QStringList labels;
    const std::function<void(QQuickItem *)> readLabels = [&](QQuickItem *item) {
        if (item->isVisible() && item->inherits("QQuickText"))
            labels << item->property("text").toString();
        for (QQuickItem *child : item->childItems())
            readLabels(child);
    };
    readLabels(button);
    CHECK(labels.contains(QStringLiteral("Write a note")));
    CHECK_FALSE(labels.contains(QStringLiteral("Photo")));
    REQUIRE(ui.tap(QStringLiteral("captureButton_") + targets.first().id));
    REQUIRE(ui.onPage(QStringLiteral("tagging")));
    CHECK(t.capture().kind() == EvidenceKind::Written);
    CHECK(t.capture().selectedTargetCount() == 1); // the target is ticked
    ui.typeInto(QStringLiteral("noteArea"), QStringLiteral("Found the lift button by touch."));
    REQUIRE(waitUntil([&] { return t.capture().canSave(); }));
    QSignalSpy saved(&t.capture(), &CaptureController::saved);
    REQUIRE(ui.tap(QStringLiteral("saveButton")));
    REQUIRE(saved.count() == 1);
    const auto item = t.store().evidenceItem(saved.first().first().toString());
    CHECK(item->kind == EvidenceKind::Written);
    CHECK(item->note == QStringLiteral("Found the lift button by touch."));
}

TEST_CASE("Group evidence: a pupil without consent blocks the photo; leave them out", "[ui][consent]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil none = t.pupilWith(MediaConsent::None);
    const Pupil ok = t.pupilWith(MediaConsent::ShareableWithParents, none.classId);
    ui.call("showClass", {none.classId});
    REQUIRE(ui.onPage(QStringLiteral("class")));
    REQUIRE(ui.tap(QStringLiteral("groupEvidenceButton")));
    REQUIRE(ui.tap(QStringLiteral("pupilCard_") + ok.id));
    REQUIRE(ui.tap(QStringLiteral("pupilCard_") + none.id));
    REQUIRE(ui.tap(QStringLiteral("groupCaptureButton")));
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    REQUIRE(ui.waitFor(QStringLiteral("consentBanner")));
    CHECK(t.capture().pupilsWithoutConsent() == QStringList{none.displayName()});
    REQUIRE(ui.tap(QStringLiteral("leaveOutButton")));
    CHECK(t.capture().consentAllowed());
    CHECK(t.capture().pupilIds() == QStringList{ok.id});
    CHECK(ui.find(QStringLiteral("shutterButton"))->isEnabled());
    REQUIRE(ui.tap(QStringLiteral("backButton")));
    REQUIRE(ui.onPage(QStringLiteral("class")));
    CHECK_FALSE(t.capture().active());
}

TEST_CASE("Adding a pupil without consent on the tagging sheet: switch to written, keep the typing",
          "[ui][consent]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil none = t.pupilWith(MediaConsent::None);
    const Pupil ok = t.pupilWith(MediaConsent::ShareableWithParents, none.classId);
    ui.call("showPupil", {ok.id});
    REQUIRE(ui.onPage(QStringLiteral("pupil")));
    REQUIRE(ui.tap(QStringLiteral("recordEvidenceButton")));
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    REQUIRE(ui.tap(QStringLiteral("chooseFileButton"))); // Record evidence: the kind first, then the file
    REQUIRE(ui.pickFile(t.makePhoto(QStringLiteral("group.jpg"))));
    REQUIRE(ui.onPage(QStringLiteral("tagging"), 10000));

    ui.typeInto(QStringLiteral("measureField"), QStringLiteral("5 passes"));
    ui.typeInto(QStringLiteral("noteArea"), QStringLiteral("Passed the ball back and forth."));
    REQUIRE(ui.tap(QStringLiteral("addPupilButton")));
    REQUIRE(ui.tap(QStringLiteral("addPupil_") + none.id));
    REQUIRE(waitUntil([&] { return !t.capture().consentAllowed(); }));
    REQUIRE(ui.tap(QStringLiteral("addPupilsDone")));
    REQUIRE(waitUntil([&] { return ui.find(QStringLiteral("addPupilsDone")) == nullptr; }));
    REQUIRE(ui.waitFor(QStringLiteral("taggingConsentBanner")));
    CHECK_FALSE(ui.find(QStringLiteral("saveButton"))->isEnabled());

    REQUIRE(ui.tap(QStringLiteral("taggingSwitchToWritten")));
    CHECK(t.capture().kind() == EvidenceKind::Written);
    CHECK(t.capture().measure() == QStringLiteral("5 passes"));
    CHECK(t.capture().note() == QStringLiteral("Passed the ball back and forth."));
    CHECK(t.capture().pupilIds() == QStringList({ok.id, none.id}));
    QSignalSpy saved(&t.capture(), &CaptureController::saved);
    REQUIRE(ui.tap(QStringLiteral("saveButton")));
    REQUIRE(saved.count() == 1);
    const auto item = t.store().evidenceItem(saved.first().first().toString());
    CHECK(item->kind == EvidenceKind::Written);
    CHECK(item->pupils.size() == 2);
    CHECK(item->measure == QStringLiteral("5 passes"));
}

TEST_CASE("Shareable with parents is refused, with the reason, when consent is internal only",
          "[ui][consent]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil internal = t.pupilWith(MediaConsent::InternalOnly);
    ui.call("showCapture", {QStringList{internal.id}, QString(), QStringLiteral("written")});
    REQUIRE(ui.onPage(QStringLiteral("tagging")));
    QQuickItem *share = ui.waitFor(QStringLiteral("visibilityShareable"));
    REQUIRE(share);
    CHECK_FALSE(share->isEnabled());
    QQuickItem *reason = ui.find(QStringLiteral("shareBlockedReason"));
    REQUIRE(reason);
    CHECK(reason->property("text").toString().contains(internal.displayName()));
    CHECK(t.capture().visibility() == Visibility::InternalOnly);
    REQUIRE(ui.tap(QStringLiteral("backButton")));
    CHECK_FALSE(t.capture().active());
}

TEST_CASE("Record evidence: the kind first, no picker; Take it again brings the picker back", "[ui][capture]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    ui.call("showPupil", {pupil.id});
    REQUIRE(ui.onPage(QStringLiteral("pupil")));

    // To write an observation, no picker stands in the way: the kinds are there to choose.
    REQUIRE(ui.tap(QStringLiteral("recordEvidenceButton")));
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    waitUntil([] { return false; }, 300);
    QObject *picker = ui.picker();
    REQUIRE(picker);
    CHECK_FALSE(picker->property("visible").toBool());
    REQUIRE(ui.tap(QStringLiteral("kind_written")));
    REQUIRE(ui.onPage(QStringLiteral("tagging")));
    CHECK(t.capture().kind() == EvidenceKind::Written);
    REQUIRE(ui.tap(QStringLiteral("backButton")));
    REQUIRE(ui.onPage(QStringLiteral("pupil")));
    CHECK_FALSE(t.capture().active());

    // A photo from a file, then "Take it again" on the tagging sheet: the picker is back, in
    // the folder the first photo came from.
    REQUIRE(ui.tap(QStringLiteral("recordEvidenceButton")));
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    REQUIRE(ui.tap(QStringLiteral("chooseFileButton")));
    const QString photo = t.makePhoto(QStringLiteral("outside.jpg"));
    REQUIRE(ui.pickFile(photo));
    REQUIRE(ui.onPage(QStringLiteral("tagging"), 10000));
    REQUIRE(t.capture().hasMedia());
    REQUIRE(ui.tap(QStringLiteral("retakeButton")));
    REQUIRE(ui.onPage(QStringLiteral("capture")));
    CHECK_FALSE(t.capture().hasMedia());
    picker = ui.picker();
    REQUIRE(picker);
    REQUIRE(waitUntil([&] { return picker->property("visible").toBool(); }));
    CHECK(picker->property("folder").toUrl() == QUrl::fromLocalFile(t.dir.path()));
    REQUIRE(ui.waitFor(QStringLiteral("filePickerFile_outside.jpg")));
    CHECK_FALSE(picker->property("canOpen").toBool()); // outside.jpg is there, and not chosen
    REQUIRE(ui.tap(QStringLiteral("filePickerCancel")));
    REQUIRE(waitUntil([&] { return !picker->property("visible").toBool(); }));
    REQUIRE(ui.tap(QStringLiteral("backButton")));
    REQUIRE(ui.onPage(QStringLiteral("pupil")));
    CHECK_FALSE(t.capture().active());
}

TEST_CASE("A photo in evidence detail opens full screen, and closes", "[ui][evidence]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    QString photoId;
    for (const EvidenceItem &item : t.store().newestEvidenceForPupil(pupil.id, 50))
        if (item.kind == EvidenceKind::Photo && photoId.isEmpty())
            photoId = item.id;
    REQUIRE_FALSE(photoId.isEmpty());
    ui.call("showEvidence", {photoId});
    REQUIRE(ui.onPage(QStringLiteral("evidence-detail")));
    REQUIRE(ui.tap(QStringLiteral("showPhotoButton")));
    QObject *viewer = ui.window->findChild<QObject *>(QStringLiteral("photoViewer"));
    REQUIRE(viewer);
    REQUIRE(waitUntil([&] { return viewer->property("opened").toBool(); }));
    REQUIRE(ui.tap(QStringLiteral("closePhotoButton")));
    REQUIRE(waitUntil([&] { return !viewer->property("visible").toBool(); }));
    REQUIRE(ui.tap(QStringLiteral("backButton")));
}

TEST_CASE("The idle lock brings back the PIN pad for the same person and keeps the draft", "[ui][session]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    ui.call("showCapture", {QStringList{pupil.id}, QString(), QStringLiteral("written")});
    REQUIRE(ui.onPage(QStringLiteral("tagging")));
    ui.typeInto(QStringLiteral("noteArea"), QStringLiteral("Half a sentence"));

    t.app->idleMonitor().setIdleMs(400);
    REQUIRE(waitUntil([&] { return ui.window->property("lockShowing").toBool(); }, 5000));
    CHECK(t.session().locked());
    REQUIRE(ui.typePin(t.pinOf(QStringLiteral("Hannah")), QStringLiteral("lockPinPad")));
    REQUIRE(waitUntil([&] { return !t.session().locked(); }));
    t.app->idleMonitor().setIdleMs(0);
    CHECK(ui.page() == QStringLiteral("tagging"));
    CHECK(t.capture().note() == QStringLiteral("Half a sentence"));
    CHECK(ui.find(QStringLiteral("noteArea"))->property("text").toString() ==
          QStringLiteral("Half a sentence"));
    t.capture().discard();
}

TEST_CASE("Switching staff from the header: name, PIN, and their own start", "[ui][session]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const QString dawn = t.staffId(QStringLiteral("Dawn"));
    REQUIRE(ui.tap(QStringLiteral("switchStaffButton")));
    REQUIRE(ui.tap(QStringLiteral("switchTile_") + dawn));
    REQUIRE(ui.typePin(t.pinOf(QStringLiteral("Dawn")), QStringLiteral("lockPinPad")));
    REQUIRE(ui.onPage(QStringLiteral("class-list")));
    CHECK(t.session().staffId() == dawn);
    CHECK_FALSE(ui.window->property("lockShowing").toBool());
}

TEST_CASE("Delete is offered on evidence only to its capturer, a teacher of the class or SLT",
          "[ui][evidence][deletes]")
{
    Ui &ui = Ui::get();
    DemoTablet &t = ui.tablet;
    const QString dawn = t.staffId(QStringLiteral("Dawn"));
    const auto oak = t.store().classByName(t.session().schoolId(), QStringLiteral("Oak"));
    REQUIRE(oak);
    // Evidence of an Oak pupil that Dawn (a TA in Oak) did not capture.
    QString itemId;
    for (const Pupil &p : t.store().pupilsInClass(oak->id))
        for (const EvidenceItem &item : t.store().newestEvidenceForPupil(p.id, 50))
            if (itemId.isEmpty() && item.capturedBy != dawn)
                itemId = item.id;
    REQUIRE_FALSE(itemId.isEmpty());

    REQUIRE(t.signInAs(QStringLiteral("Dawn")));
    ui.call("showEvidence", {itemId});
    REQUIRE(ui.onPage(QStringLiteral("evidence-detail")));
    REQUIRE(ui.waitFor(QStringLiteral("backButton")));
    CHECK(ui.find(QStringLiteral("deleteButton")) == nullptr);
    REQUIRE(ui.tap(QStringLiteral("backButton")));

    // Hannah teaches Oak: she is offered it.
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    ui.call("showEvidence", {itemId});
    REQUIRE(ui.onPage(QStringLiteral("evidence-detail")));
    CHECK(ui.waitFor(QStringLiteral("deleteButton")) != nullptr);
    REQUIRE(ui.tap(QStringLiteral("backButton")));
}
