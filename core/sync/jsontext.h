#pragma once

#include <QByteArray>
#include <QStringView>

namespace Stride::JsonText {

// Appends `text` as a JSON string, quotes included, in UTF-8, escaped exactly as QJsonDocument
// escapes it (so text written here and text written by QJsonDocument compare equal).
//
// The sync's busiest paths (a push's body on the tablet, a pull's page and the audit log's rows on
// the store) write their JSON as text with this rather than building a QJsonObject only to encode
// it: that building was a measurable share of their work (docs/benchmarks.md).
void appendString(QByteArray &out, QStringView text);

} // namespace Stride::JsonText
