#pragma once

#include <QtGlobal>

namespace Stride {

// Counts the warnings and errors that come from QML (bindings, JavaScript, components that do not
// load), so the self-test can fail on any of them. Every message is still printed as usual.
class WarningCounter
{
public:
    static void install();
    static int qmlWarnings();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static bool fromQml(const QMessageLogContext &context, const QString &message);
};

} // namespace Stride
