#include "warningcounter.h"

#include <QString>
#include <atomic>

namespace Stride {

namespace {
std::atomic<int> s_qmlWarnings{0};
QtMessageHandler s_previous = nullptr;
} // namespace

void WarningCounter::install()
{
    s_previous = qInstallMessageHandler(&WarningCounter::handle);
}

int WarningCounter::qmlWarnings()
{
    return s_qmlWarnings.load();
}

void WarningCounter::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml(context, message))
        ++s_qmlWarnings;
    if (s_previous)
        s_previous(type, context, message);
}

bool WarningCounter::fromQml(const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (category == QLatin1String("qml") || category == QLatin1String("js") ||
        category.startsWith(QLatin1String("qt.qml")) || category.startsWith(QLatin1String("qt.quick")))
        return true;
    const QLatin1String file(context.file ? context.file : "");
    if (file.endsWith(QLatin1String(".qml")) || file.endsWith(QLatin1String(".js")))
        return true;
    // Binding and type errors name the QML file they come from: "qrc:/qt/qml/Stride/Main.qml:12: ...".
    return message.contains(QLatin1String(".qml:")) || message.contains(QLatin1String("qrc:/"));
}

} // namespace Stride
