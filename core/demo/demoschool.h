#pragma once

#include <QByteArray>
#include <QString>

namespace Stride {

class Store;

// The demo school (Millbrook Park): three classes, 24 pupils across key stages with EHCP
// outcomes, last term's judged targets and this term's targets, staff in every role, the termly
// cycle's dates and evidence already recorded. Written through the same Store API as real data,
// so it is held to the same rules. The demo and the tests use it.
class DemoSchool
{
public:
    struct Result
    {
        bool ok = false;
        QString message;
        QString schoolId;
    };
    // Loads the school shipped with the core (demo-school.json) into an empty store.
    static Result load(Store &store);
    static Result loadFrom(Store &store, const QByteArray &json);
    static QByteArray bundledJson();
    // The PIN of the member of staff `staffId` in `store`, if they are one of the demo school's
    // (its bundled JSON is the only place the PINs are written down); else "".
    static QString pinOf(const Store &store, const QString &staffId);
};

} // namespace Stride
