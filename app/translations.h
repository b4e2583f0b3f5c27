#pragma once

#include <QString>

class QCoreApplication;

namespace Stride::Translations {

// Installs the app's translations on the application. The source strings are English, and the
// English translation (compiled into the app from translations/stride_en.ts) is always installed
// first: it carries the singular and plural forms of every "%n" message. The system locale's
// translation goes on top when the app has one, and a file named on the command line
// (--translation, used by the pseudo-translation test) on top of that.
// Returns false, with a sentence in *error, when that file cannot be loaded.
bool install(QCoreApplication &app, const QString &extraFile = {}, QString *error = nullptr);

} // namespace Stride::Translations
