#pragma once

#include <QByteArrayView>
#include <QList>

namespace Stride::Server {

// The text of each change's fields as the tablet sent it, so the store need not write the parsed
// fields out again (IncomingMutation::fieldsText: encoding them was 6% of a push's handling). A
// tablet sends each change's fields as it wrote them for the author's proof, in Qt's compact JSON,
// so the text in the body is that very text; but the store takes it only where it can tell, byte
// by byte, that it is exactly what jsonUtf8 writes for the fields as parsed: keys in order, no
// spaces, ASCII text without escapes, whole numbers, true, false and null. Anything else (a note
// with an accent, a decimal, a field named "id", another client's spacing) is written out again.
namespace RawFields {

// One view into `body` per element of its "mutations" array, `count` of them: the element's
// "fields" text, or empty where it is not known to be exactly jsonUtf8's. All empty if the body
// cannot be read that simply. `body` must be JSON that QJsonDocument has already read.
QList<QByteArrayView> of(QByteArrayView body, qsizetype count);

// Whether `text` is an object as jsonUtf8 writes it, within the plain subset above.
bool isPlainCompactObject(QByteArrayView text);

} // namespace RawFields

} // namespace Stride::Server
