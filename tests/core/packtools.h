#pragma once

// Outside tools the PDF and pack tests read their output with, as a teacher's machine would:
// poppler's pdftotext and Info-ZIP's unzip (scripts/bootstrap installs both).
#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PackTools {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("%1 could not be started: is it installed?").arg(program).toUtf8();
        return r;
    }
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The PDF's words in reading order with every run of white space made one space, so that a label
// wrapped over three lines in its box is still found whole.
inline QString pdfWords(const QString &pdfPath)
{
    const Run r = run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    return QString::fromUtf8(r.out).simplified();
}

inline QStringList zipNames(const QString &zipPath)
{
    const Run r = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zipPath});
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    // unzip takes wildcards in names: brackets are escaped so a name is matched as it is.
    QString pattern = name;
    pattern.replace(QLatin1Char('['), QStringLiteral("[[]"));
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, pattern}).out;
}

} // namespace PackTools
