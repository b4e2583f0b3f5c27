// Saving a moderation form as a PDF, and a class's moderation pack, from the pages (on a desktop):
// the file is where the page says, whole, named for a person to find; a form that is not here, or
// a class with no forms, says why and writes nothing.

#include "appfixture.h"

#include "moderation/moderationexport.h"
#include "moderation/moderationsamplechooser.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QString classId(DemoTablet &t, const QString &name)
{
    return t.store().classByName(t.session().schoolId(), name)->id;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files);
}

} // namespace

TEST_CASE("A moderation form is saved as a PDF where the page says, and a missing one is not", "[moderation]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    ModerationSampleChooser chooser;
    chooser.setSession(&t.session());
    chooser.setClassId(classId(t, QStringLiteral("Oak")));
    REQUIRE(chooser.makeForms() > 0);
    QString formId;
    for (const PlacedAssessmentForm &f :
         t.store().placedAssessmentModerationForms(t.session().schoolId(), t.session().termId()))
        if (f.form.assessorId == t.staffId(QStringLiteral("Hannah")))
            formId = f.form.id;
    REQUIRE_FALSE(formId.isEmpty());

    QTemporaryDir out;
    ModerationExport exporter;
    exporter.setSession(&t.session());
    exporter.setFolder(out.filePath(QStringLiteral("Stride")));
    CHECK(ModerationExport::available()); // the tests run on a desktop

    REQUIRE(exporter.saveAssessmentForm(formId));
    CHECK(exporter.succeeded());
    QFile pdf(exporter.savedPath());
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(QFileInfo(pdf).dir() == QDir(exporter.folder()));
    CHECK(QFileInfo(pdf).fileName().startsWith(QStringLiteral("Assessment moderation form - ")));
    CHECK(exporter.message().contains(QFileInfo(pdf).fileName()));

    // A form that is not on this tablet: a sentence, and no new file.
    const QStringList before = filesIn(exporter.folder());
    CHECK_FALSE(exporter.saveAssessmentForm(QStringLiteral("7b0c7d2e-0000-4000-8000-000000000000")));
    CHECK_FALSE(exporter.succeeded());
    CHECK(exporter.savedPath().isEmpty());
    CHECK_FALSE(exporter.message().isEmpty());
    CHECK(filesIn(exporter.folder()) == before);
}

TEST_CASE("A class's moderation pack is saved as one ZIP; a class with no forms says so", "[moderation]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Claire"))); // SLT: any class
    QTemporaryDir out;
    ModerationExport exporter;
    exporter.setSession(&t.session());
    exporter.setFolder(out.path());

    // Willow: no forms chosen yet (unless the demo brought some): nothing written if there are none.
    const QString willow = classId(t, QStringLiteral("Willow"));
    bool willowHasForms = false;
    for (const PlacedAssessmentForm &f :
         t.store().placedAssessmentModerationForms(t.session().schoolId(), t.session().termId()))
        willowHasForms = willowHasForms || f.place.classId == willow;
    for (const PlacedTargetSettingForm &f :
         t.store().placedTargetSettingModerationForms(t.session().schoolId(), t.session().termId()))
        willowHasForms = willowHasForms || f.place.classId == willow;
    if (!willowHasForms) {
        CHECK_FALSE(exporter.savePack(willow, false));
        CHECK_FALSE(exporter.message().isEmpty());
        CHECK(filesIn(out.path()).isEmpty());
    }

    ModerationSampleChooser chooser;
    chooser.setSession(&t.session());
    chooser.setClassId(classId(t, QStringLiteral("Oak")));
    REQUIRE(chooser.makeForms() > 0);
    REQUIRE(exporter.savePack(classId(t, QStringLiteral("Oak")), false));
    CHECK(exporter.savedPath().endsWith(QStringLiteral(".zip")));
    QFile zip(exporter.savedPath());
    REQUIRE(zip.open(QIODevice::ReadOnly));
    CHECK(zip.read(2) == QByteArray("PK"));

    // A teaching assistant takes no forms or packs off the tablet: they hold children's photos.
    const QStringList before = filesIn(out.path());
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    CHECK_FALSE(exporter.savePack(classId(t, QStringLiteral("Oak")), false));
    CHECK(exporter.message().startsWith(QStringLiteral("Only teachers and senior leaders save")));
    CHECK(filesIn(out.path()) == before);
}
