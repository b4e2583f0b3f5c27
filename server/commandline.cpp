#include "commandline.h"

namespace Stride::Server {

std::optional<CommandLine> CommandLine::parse(const QStringList &args, const QSet<QString> &optionNames,
                                              const QSet<QString> &flagNames, QString *error)
{
    CommandLine line;
    if (args.isEmpty()) {
        *error = QStringLiteral("No command given.");
        return std::nullopt;
    }
    line.command = args.first();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            line.arguments << arg;
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagNames.contains(name)) {
            line.flags.insert(name);
            continue;
        }
        if (!optionNames.contains(name)) {
            *error = QStringLiteral("\"%1\" does not take the option --%2.").arg(line.command, name);
            return std::nullopt;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("The option --%1 needs a value after it.").arg(name);
                return std::nullopt;
            }
            inlineValue = args.at(++i);
        }
        line.options.insert(name, *inlineValue);
        line.allValues[name] << *inlineValue;
    }
    return line;
}

QString CommandLine::require(const QStringList &names) const
{
    QStringList missing;
    for (const QString &n : names)
        if (!options.contains(n) || options.value(n).trimmed().isEmpty())
            missing << QStringLiteral("--") + n;
    if (missing.isEmpty())
        return {};
    return QStringLiteral("\"%1\" needs %2.").arg(command, missing.join(QStringLiteral(", ")));
}

} // namespace Stride::Server
