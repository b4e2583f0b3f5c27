#pragma once

#include <QString>
#include <QUrl>

namespace Stride {

// The school store's address as someone types it on the enrolment page or gives it to
// stride-cli, read the way they mean it, and whether it would carry pupils' records unencrypted.
namespace StoreAddress {

// "stride.school.example" means https://stride.school.example: an address typed without a
// scheme is taken as encrypted, except on this device itself (localhost, 127.0.0.1, ::1), where
// a store for a demo or a test speaks plain http. An invalid address, or one that is neither
// http nor https, gives an invalid QUrl.
QUrl fromInput(const QString &typed);

// http:// to anywhere but this device: photos, videos and SEND records would cross the school's
// network readable by anyone on it.
bool isUnencrypted(const QUrl &url);

// What to tell the person enrolling about such an address, or nothing.
QString warning(const QUrl &url);

} // namespace StoreAddress

} // namespace Stride
