// A child process for the durability test: saves photo evidence in a loop and reports each item
// on stdout only after it is committed. The test kills it with SIGKILL at a random moment.
//   stride_capture_crash_child DB MEDIA_DIR SCHOOL_ID PUPIL_ID STAFF_ID TARGET_ID
#include "capture/evidencecapture.h"
#include "media/mediastore.h"
#include "store/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QRandomGenerator>
#include <cstdio>

using namespace Stride;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7)
        return 2;
    Store store;
    if (!store.open(args.at(1)).ok())
        return 3;
    MediaStore media(args.at(2));
    media.setKey(store.deviceKeys().media);
    EvidenceCapture capture(store, media);
    for (int n = 0;; ++n) {
        // Noise compresses badly, so each photo is a few hundred KB: writes take long enough for
        // the kill to land in the middle of them.
        QImage image(900, 700, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = QRandomGenerator::global()->generate();
        }
        CapturedMedia photo;
        photo.kind = EvidenceKind::Photo;
        QBuffer buffer(&photo.bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        EvidenceItem item;
        item.schoolId = args.at(3);
        item.capturedAt = QDateTime::currentDateTimeUtc();
        item.capturedBy = args.at(5);
        item.pupils = {{args.at(4), {args.at(6)}}};
        item.note = QStringLiteral("Photo %1").arg(n);
        const auto outcome = capture.save(item, &photo);
        if (!outcome.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
            return 4;
        }
        std::printf("committed %s\n", qPrintable(outcome.evidenceId));
        std::fflush(stdout);
    }
}
