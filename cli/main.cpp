// stride-cli: enrol, capture, sync and status from a terminal, through the same core the tablet
// app uses. Run without arguments for help.
#include "capturecommand.h"
#include "clisession.h"
#include "enrolcommand.h"
#include "ilpdocumentscommand.h"
#include "moderationpackcommand.h"
#include "spreadsheetcommand.h"
#include "statuscommand.h"
#include "synccommand.h"

#include "security/keystore.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {
const char *kUsage =
    "Usage: stride-cli COMMAND [options]\n"
    "\n"
    "  enrol   --server URL --code CODE --database PATH [--name NAME] [--fingerprint HEX]\n"
    "          Join this device to a school's Stride server with a code from its administrator.\n"
    "  capture --database PATH --pupil UPN|ID --target ID [--target ID...] --staff EMAIL|ID --pin PIN\n"
    "          (--file FILE [--kind photo|video|audio|work] | --note TEXT) [--setting TEXT]\n"
    "          Record evidence, as the app does. Nothing is sent until the next sync.\n"
    "  sync    --database PATH [--chunk-size BYTES] [--page-size N]\n"
    "          One full round: send changes, receive changes, send media files.\n"
    "  status  --database PATH\n"
    "          What is waiting to be sent, when sync last worked, and any problems.\n"
    "  moderation-pack --database PATH --term NAME|ID [--class NAME|ID] [--outside-school] --output PATH\n"
    "          --staff EMAIL|ID --pin PIN\n"
    "          One ZIP of a term's moderation meeting: its forms as one PDF, the evidence's media files and\n"
    "          a manifest of SHA-256s. --outside-school leaves out media of pupils whose consent is for use\n"
    "          inside the school only. Made by a teacher or SLT, signed in; each item sent is audited.\n"
    "  ilp-documents --database PATH --term NAME|ID [--class NAME|ID | --pupil ID|UPN|NAME] --out DIR\n"
    "          --staff NAME|EMAIL|ID --pin PIN\n"
    "          Each pupil's ILP (with its Provision Map) and parents' progress report for the term as PDFs\n"
    "          in DIR/<class>/, and one combined PDF of each. Pupils who cannot be printed are named with\n"
    "          what to fix. A teacher prints their own class; SLT and the office any class or the school.\n"
    "\n"
    "Exit status: 0 done, 1 failed, 2 wrong use, 3 this device was removed by the school and erased.\n";
} // namespace

int main(int argc, char *argv[])
{
    // The moderation pack draws a PDF, whose fonts come with a GUI application: offscreen, so that it
    // runs on a server or over ssh. The other commands need no more than a core application.
    const bool drawsPdf =
        argc > 1 && (qstrcmp(argv[1], "moderation-pack") == 0 || qstrcmp(argv[1], "ilp-documents") == 0);
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (drawsPdf)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("stride-cli"));
    // The key to a tablet's records, where the app keeps it: the device's keystore, or the key file
    // the policy allows (the tests ask for key files with STRIDE_KEY_STORE=file).
    const Stride::KeyStorePolicy keyPolicy = Stride::KeyStorePolicy::fromEnvironment(false, {});
    Stride::KeyStore::install(keyPolicy);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    const QStringList rest = args.mid(2);
    if (command == QLatin1String("enrol"))
        return Stride::Cli::enrolCommand(rest);
    if (command == QLatin1String("capture"))
        return Stride::Cli::captureCommand(rest);
    if (command == QLatin1String("sync"))
        return Stride::Cli::syncCommand(rest);
    if (command == QLatin1String("status"))
        return Stride::Cli::statusCommand(rest);
    if (command == QLatin1String("moderation-pack"))
        return Stride::Cli::moderationPackCommand(rest);
    if (command == QLatin1String("spreadsheet"))
        return Stride::Cli::spreadsheetCommand(rest);
    if (command == QLatin1String("ilp-documents"))
        return Stride::Cli::ilpDocumentsCommand(rest);
    QTextStream(command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help")
                    ? stdout
                    : stderr)
        << (command.isEmpty() || command.startsWith(QLatin1String("-")) || command == QLatin1String("help")
                ? QString()
                : QStringLiteral("Unknown command \"%1\".\n\n").arg(command))
        << kUsage;
    return command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help") ? 0
                                                                                                       : 2;
}
