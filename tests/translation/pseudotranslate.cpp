// pseudotranslate IN.ts OUT.ts: writes a pseudo translation of a Qt Linguist file, in which every
// message (and every plural form) is its English source wrapped in ⟦ and ⟧. Run under it, any text
// on screen without the brackets did not pass through tr()/qsTr(); the self-test's translation
// check looks for exactly that. Only QtCore: it runs at build time, on the build machine.

#include <QFile>
#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cstdio>

namespace {

QString bracketed(const QString &source)
{
    return QStringLiteral("⟦%1⟧").arg(source);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "pseudotranslate: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3)
        return fail(QStringLiteral("usage: pseudotranslate IN.ts OUT.ts"));
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(in.fileName()));
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1").arg(out.fileName()));

    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    QString source;
    int messages = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("source")) {
            writer.writeCurrentToken(reader);
            source = reader.readElementText();
            writer.writeCharacters(source);
            writer.writeEndElement();
            continue;
        }
        if (reader.isStartElement() && reader.name() == QLatin1String("translation")) {
            // Keep as many plural forms as the file has (English has two), each bracketed.
            int forms = 0;
            while (!(reader.isEndElement() && reader.name() == QLatin1String("translation")) &&
                   !reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("numerusform"))
                    ++forms;
            }
            writer.writeStartElement(QStringLiteral("translation"));
            if (forms == 0)
                writer.writeCharacters(bracketed(source));
            for (int i = 0; i < forms; ++i)
                writer.writeTextElement(QStringLiteral("numerusform"), bracketed(source));
            writer.writeEndElement();
            ++messages;
            continue;
        }
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
            continue;
        }
        if (!reader.isWhitespace())
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return fail(QStringLiteral("%1 line %2: %3")
                        .arg(in.fileName())
                        .arg(reader.lineNumber())
                        .arg(reader.errorString()));
    if (messages == 0)
        return fail(QStringLiteral("%1 has no messages to translate").arg(in.fileName()));
    std::printf("pseudotranslate: %d messages\n", messages);
    return 0;
}
