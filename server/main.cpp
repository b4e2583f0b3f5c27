// stride-store: the school's shared store. `stride-store help` lists the commands;
// docs/operations.md is the guide for the people who run it.
#include "admincommands.h"
#include "auditcommand.h"
#include "commandline.h"
#include "servecommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

using namespace Stride::Server;

namespace {

const char *const kUsage =
    "stride-store: the school's shared Stride store.\n"
    "\n"
    "  stride-store serve --data-dir D [--database URL] [--listen 127.0.0.1:8470] [--threads 16]\n"
    "                     [--trusted-proxy 10.0.0.5]... [--tls-cert FILE --tls-key FILE]\n"
    "                     [--media-quota-gb 200]\n"
    "  stride-store create-school --name \"...\" [--urn 123456]\n"
    "  stride-store add-staff --school ID --first-name F --surname S --email E --roles teacher,slt\n"
    "                         [--classes \"Oak;Ash\"] [--pin 4827]\n"
    "  stride-store import --school ID [--dry-run] classes.csv staff.csv pupils.csv ...\n"
    "  stride-store load-demo\n"
    "  stride-store enrol-device --school ID --name \"Oak iPad 2\" (--class \"Oak\" [--class ...] |\n"
    "                           --whole-school) [--valid-seconds 86400]\n"
    "  stride-store set-device-classes DEVICE_ID (--class \"Oak\" [--class ...] | --whole-school)\n"
    "  stride-store revoke-device DEVICE_ID\n"
    "  stride-store list-devices --school ID\n"
    "  stride-store audit (--pupil ID | --staff ID) [--since 2026-11-01]\n"
    "  stride-store set-quota --school ID (--media-gb 200 | --clear)\n"
    "  stride-store compact-changes [--school ID] [--silent-days 90]\n"
    "  stride-store tls-selfsigned --out DIR --host stride.school.lan [--days 825]\n"
    "\n"
    "Every command takes --data-dir D (or STRIDE_STORE_DATA_DIR) and, for PostgreSQL,\n"
    "--database postgresql://user:password@host:5432/db (or STRIDE_STORE_DATABASE).\n"
    "See docs/operations.md.\n";

struct Command
{
    QSet<QString> options;
    QSet<QString> flags;
    std::function<int(const CommandLine &)> run;
};

} // namespace

int main(int argc, char *argv[])
{
    // Qt SQL loads its drivers as plugins, which needs an application object; no event loop runs.
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("help") || args.first() == QLatin1String("--help")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QSet<QString> common{QStringLiteral("data-dir"), QStringLiteral("database")};
    const QHash<QString, Command> commands{
        {QStringLiteral("serve"),
         {common + QSet<QString>{QStringLiteral("listen"), QStringLiteral("threads"), QStringLiteral("rate"),
                                 QStringLiteral("burst"), QStringLiteral("upload-expiry-seconds"),
                                 QStringLiteral("trusted-proxy"), QStringLiteral("tls-cert"),
                                 QStringLiteral("tls-key"), QStringLiteral("media-quota-gb")},
          {},
          runServe}},
        {QStringLiteral("create-school"),
         {common + QSet<QString>{QStringLiteral("name"), QStringLiteral("urn")},
          {},
          AdminCommands::createSchool}},
        {QStringLiteral("add-staff"),
         {common + QSet<QString>{QStringLiteral("school"), QStringLiteral("first-name"),
                                 QStringLiteral("surname"), QStringLiteral("email"), QStringLiteral("roles"),
                                 QStringLiteral("classes"), QStringLiteral("pin")},
          {},
          AdminCommands::addStaff}},
        {QStringLiteral("import"),
         {common + QSet<QString>{QStringLiteral("school")},
          {QStringLiteral("dry-run")},
          AdminCommands::importFiles}},
        {QStringLiteral("load-demo"), {common, {}, AdminCommands::loadDemo}},
        {QStringLiteral("enrol-device"),
         {common + QSet<QString>{QStringLiteral("school"), QStringLiteral("name"),
                                 QStringLiteral("valid-seconds"), QStringLiteral("class")},
          {QStringLiteral("whole-school")},
          AdminCommands::enrolDevice}},
        {QStringLiteral("set-device-classes"),
         {common + QSet<QString>{QStringLiteral("class")},
          {QStringLiteral("whole-school")},
          AdminCommands::setDeviceClasses}},
        {QStringLiteral("revoke-device"), {common, {}, AdminCommands::revokeDevice}},
        {QStringLiteral("list-devices"),
         {common + QSet<QString>{QStringLiteral("school")}, {}, AdminCommands::listDevices}},
        {QStringLiteral("audit"),
         {common + QSet<QString>{QStringLiteral("pupil"), QStringLiteral("staff"), QStringLiteral("since")},
          {},
          AuditCommand::run}},
        {QStringLiteral("set-quota"),
         {common + QSet<QString>{QStringLiteral("school"), QStringLiteral("media-gb")},
          {QStringLiteral("clear")},
          AdminCommands::setQuota}},
        {QStringLiteral("compact-changes"),
         {common + QSet<QString>{QStringLiteral("school"), QStringLiteral("silent-days")},
          {},
          AdminCommands::compactChanges}},
        {QStringLiteral("tls-selfsigned"),
         {{QStringLiteral("out"), QStringLiteral("host"), QStringLiteral("days")},
          {},
          AdminCommands::makeSelfSignedCertificate}},
    };
    const auto command = commands.constFind(args.first());
    if (command == commands.constEnd()) {
        std::fprintf(stderr, "stride-store: there is no command \"%s\".\n\n%s", qPrintable(args.first()),
                     kUsage);
        return 2;
    }
    QString error;
    const auto line = CommandLine::parse(args, command->options, command->flags, &error);
    if (!line) {
        std::fprintf(stderr, "stride-store: %s\n", qPrintable(error));
        return 2;
    }
    return command->run(*line);
}
