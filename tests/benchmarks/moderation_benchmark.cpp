// Moderation on paper (issue 12): one Assessment Moderation Form's PDF with 6 photos attached, and
// the moderation pack of a meeting of 30 forms with 5 photos each (one PDF, 150 original photos of
// about 4.5 MB, the manifest), timed over several runs: the median, and the fastest and slowest.
//   stride_moderation_benchmark [--runs N] [--keep DIR]
// --keep copies the last PDF and pack into DIR, to look at.
#include "moderation/formpdf.h"
#include "moderation/packmaker.h"

#include "core/packfixture.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Stride;

namespace {

struct Figures
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

template <typename F> Figures timeRuns(int runs, F work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return {};
        samples << t.nsecsElapsed() / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.first(), samples.last()};
}

// A 4032 x 3024 photo as a phone's camera saves it (about 4 MB): noise over a picture, so that JPEG
// cannot make it small.
QByteArray cameraPhoto()
{
    QImage image(4032, 3024, QImage::Format_RGB32);
    quint32 x = 2463534242u;
    for (int row = 0; row < image.height(); ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int col = 0; col < image.width(); ++col) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            const int n = int(x & 0x1f);
            line[col] = qRgb((col / 16 + n) & 0xff, (row / 12 + n) & 0xff, (col + row) / 28 & 0xff);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Copy the last PDF and pack here."), QStringLiteral("DIR")});
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("stride.db"))).ok())
        return 1;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(store.deviceKeys().media);
    media.prepareFolders();
    PackFixture::Meeting m;
    if (!m.setUp(store, &media)) {
        out << "setting up failed: " << m.error << Qt::endl;
        return 1;
    }
    m.photoOriginal = cameraPhoto();
    out << "Each photo: " << QLocale::c().formattedDataSize(m.photoOriginal.size())
        << " original (4032 x 3024), "
        << "320-pixel thumbnail" << Qt::endl;

    // --- One form with 6 photos.
    QList<EvidenceItem> six;
    for (int i = 0; i < 6; ++i)
        if (const auto e = m.addEvidence(store, m.ava, m.avaTargets.first(), EvidenceKind::Photo,
                                         QStringLiteral("Ava hands over the drink symbol, try %1").arg(i + 1),
                                         QSize(4032, 3024)))
            six << *e;
    if (six.size() != 6 || !m.judge(store, m.avaTargets.first(), {TargetStatus::Met, TargetStatus::Exceeded},
                                    TargetStatus::PartiallyMet, TargetStatus::PartiallyMet)) {
        out << "setting up failed: " << m.error << Qt::endl;
        return 1;
    }
    const auto form = m.addAssessmentForm(store, m.avaTargets.first(), six);
    if (!form)
        return 1;
    const QString pdfPath = dir.filePath(QStringLiteral("form.pdf"));
    QString error;
    FormPdf::writeAssessmentForm(store, &media, form->id, pdfPath, {}, &error); // warm the font caches
    const Figures formFigures = timeRuns(
        runs, [&] { return FormPdf::writeAssessmentForm(store, &media, form->id, pdfPath, {}, &error); });
    if (!error.isEmpty()) {
        out << "the form's PDF failed: " << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("One form's PDF, 6 photos: median %1 ms (%2-%3 over %4 runs), %5")
               .arg(formFigures.medianMs, 0, 'f', 0)
               .arg(formFigures.minMs, 0, 'f', 0)
               .arg(formFigures.maxMs, 0, 'f', 0)
               .arg(runs)
               .arg(QLocale::c().formattedDataSize(QFileInfo(pdfPath).size()))
        << Qt::endl;

    // --- A meeting of 30 forms with 5 photos each: the form above (its sixth photo taken off) and 29 more.
    AssessmentModerationForm first = *store.assessmentModerationForm(form->id);
    first.evidenceIds = first.evidenceIds.mid(0, 5);
    if (!store.save(first).ok)
        return 1;
    QList<std::pair<Pupil, QList<Target>>> pupils{{m.ava, m.avaTargets}, {m.cara, m.caraTargets}};
    const QStringList names{QStringLiteral("Ben"),  QStringLiteral("Dev"),   QStringLiteral("Ella"),
                            QStringLiteral("Finn"), QStringLiteral("Grace"), QStringLiteral("Hari")};
    for (const QString &name : names) {
        QList<Target> targets;
        const auto p =
            m.addPupil(store, name, QStringLiteral("Taylor"), MediaConsent::ShareableWithParents, &targets);
        if (!p)
            return 1;
        pupils << std::pair{*p, targets};
    }
    int forms = 1;
    for (const auto &[pupil, targets] : pupils)
        for (const Target &target : targets) {
            if (forms == 30 || target.id == m.avaTargets.first().id)
                continue;
            QList<EvidenceItem> five;
            for (int i = 0; i < 5; ++i)
                if (const auto e =
                        m.addEvidence(store, pupil, target, EvidenceKind::Photo,
                                      QStringLiteral("%1 at work, photo %2").arg(pupil.firstName).arg(i + 1),
                                      QSize(4032, 3024)))
                    five << *e;
            if (five.size() != 5 ||
                !m.judge(store, target, {TargetStatus::Met}, TargetStatus::Met, TargetStatus::Met) ||
                !m.addAssessmentForm(store, target, five)) {
                out << "setting up failed: " << m.error << Qt::endl;
                return 1;
            }
            ++forms;
        }
    QTemporaryDir packDir;
    ModerationPack::Request request;
    request.termId = m.term.id;
    request.outputPath = packDir.filePath(QStringLiteral("pack.zip"));
    ModerationPack::Result result;
    const Figures packFigures = timeRuns(runs, [&] {
        QFile::remove(request.outputPath);
        result = ModerationPack::make(store, &media, request);
        return result.ok;
    });
    if (!result.ok) {
        out << "the pack failed: " << result.message << Qt::endl;
        return 1;
    }
    out << QStringLiteral("Pack of %1 forms (%2 photos): median %3 ms (%4-%5 over %6 runs), %7")
               .arg(result.assessmentForms + result.targetSettingForms)
               .arg(result.mediaFiles)
               .arg(packFigures.medianMs, 0, 'f', 0)
               .arg(packFigures.minMs, 0, 'f', 0)
               .arg(packFigures.maxMs, 0, 'f', 0)
               .arg(runs)
               .arg(QLocale::c().formattedDataSize(result.bytes))
        << Qt::endl;

    if (parser.isSet(QStringLiteral("keep"))) {
        const QDir keep(parser.value(QStringLiteral("keep")));
        QDir().mkpath(keep.path());
        QFile::remove(keep.filePath(QStringLiteral("form.pdf")));
        QFile::remove(keep.filePath(QStringLiteral("pack.zip")));
        QFile::copy(pdfPath, keep.filePath(QStringLiteral("form.pdf")));
        QFile::copy(result.path, keep.filePath(QStringLiteral("pack.zip")));
        out << "Kept in " << keep.path() << Qt::endl;
    }
    return 0;
}
