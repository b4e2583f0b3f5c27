#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Stride {

// The moderation pack's manifest.txt: what the pack is (school, meeting, for whom, when), each file
// in it with its SHA-256 and size, so anyone can check a file is the one Stride packed, and every
// media file left out with why. Plain text, so a moderator reads it without Stride.
struct PackManifest
{
    Q_DECLARE_TR_FUNCTIONS(PackManifest)

public:
    struct File
    {
        QString name; // inside the pack's folder
        qint64 size = 0;
        QByteArray sha256; // raw 32 bytes
    };
    struct LeftOut
    {
        QString what; // "Photo of B.O., Tue 3 Nov 2026, 10:15"
        QString why;
    };

    QString schoolName;
    QString meeting; // "the Autumn 2026 moderation meeting for Oak"
    bool outsideSchool = false;
    QString madeBy;
    QDateTime madeAt;
    int assessmentForms = 0;
    int targetSettingForms = 0;
    QList<File> files;
    QList<LeftOut> leftOut;

    QString text() const;

    static QString fileName() { return QStringLiteral("manifest.txt"); }
    static QString pdfName() { return QStringLiteral("moderation-forms.pdf"); }
    // The files of a manifest's text: each "hash  size  name" line, for checking a pack.
    static QList<File> filesOf(const QString &text);
};

} // namespace Stride
