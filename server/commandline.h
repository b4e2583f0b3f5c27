#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace Stride::Server {

// `stride-store <command> [--option value | --option=value | --flag]... [argument]...`
// Small on purpose: each command lists the options it takes, and anything else is named back to
// the person typing it rather than silently ignored.
struct CommandLine
{
    QString command;
    QHash<QString, QString> options;       // the last value of each option given
    QHash<QString, QStringList> allValues; // every value, for options that may be given again
    QSet<QString> flags;
    QStringList arguments;

    QString value(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    // Every value of an option that may be given more than once, in the order typed.
    QStringList values(const QString &name) const { return allValues.value(name); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }

    // `flagNames` take no value. Options not in `optionNames` or `flagNames` are an error.
    static std::optional<CommandLine> parse(const QStringList &args, const QSet<QString> &optionNames,
                                            const QSet<QString> &flagNames, QString *error);
    // An error sentence if a required option is missing, else empty.
    QString require(const QStringList &names) const;
};

} // namespace Stride::Server
