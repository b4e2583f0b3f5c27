#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace Stride::Translations {

namespace {

// qt_add_translations puts the compiled .qm files under this resource prefix.
const QString kResourceFolder = QStringLiteral(":/i18n");

bool installFrom(QCoreApplication &app, const QString &file)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(file)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool install(QCoreApplication &app, const QString &extraFile, QString *error)
{
    installFrom(app, kResourceFolder + QStringLiteral("/stride_en.qm"));

    // Later translators are asked first, so the locale's words win over the English forms.
    auto *local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English &&
        local->load(QLocale(), QStringLiteral("stride"), QStringLiteral("_"), kResourceFolder))
        QCoreApplication::installTranslator(local);
    else
        delete local;

    if (extraFile.isEmpty())
        return true;
    if (installFrom(app, extraFile))
        return true;
    if (error)
        *error = QFileInfo::exists(extraFile)
                     ? QStringLiteral(
                           "%1 is not a translation file Stride can read (a .qm file made by lrelease).")
                           .arg(extraFile)
                     : QStringLiteral("There is no translation file at %1.").arg(extraFile);
    return false;
}

} // namespace Stride::Translations
