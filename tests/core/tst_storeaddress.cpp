// The store's address as people type it: a scheme-less address means https (except on this
// device), and plain http to another machine is flagged before any record crosses the network.
#include "sync/storeaddress.h"

#include <catch2/catch.hpp>

using namespace Stride;

TEST_CASE("An address typed without a scheme is taken as encrypted", "[sync][address]")
{
    CHECK(StoreAddress::fromInput(QStringLiteral("stride.millbrook.sch.uk")) ==
          QUrl(QStringLiteral("https://stride.millbrook.sch.uk")));
    CHECK(StoreAddress::fromInput(QStringLiteral("  stride.millbrook.sch.uk:8443/stride ")) ==
          QUrl(QStringLiteral("https://stride.millbrook.sch.uk:8443/stride")));
    CHECK(StoreAddress::fromInput(QStringLiteral("HTTPS://Stride.Example")).scheme() ==
          QLatin1String("https"));
    // A demo or test store on this tablet speaks plain http.
    CHECK(StoreAddress::fromInput(QStringLiteral("localhost:8470")) ==
          QUrl(QStringLiteral("http://localhost:8470")));
    CHECK(StoreAddress::fromInput(QStringLiteral("127.0.0.1:8470")) ==
          QUrl(QStringLiteral("http://127.0.0.1:8470")));
}

TEST_CASE("What is not a store address is refused", "[sync][address]")
{
    for (const char *typed : {"", "   ", "ftp://stride.example", "file:///etc/passwd", "stride example",
                              "https://", "http://:8080", "javascript:alert(1)"})
        CHECK_FALSE(StoreAddress::fromInput(QString::fromLatin1(typed)).isValid());
}

TEST_CASE("Plain http to another machine is flagged, on this device it is not", "[sync][address]")
{
    const QUrl lan = StoreAddress::fromInput(QStringLiteral("http://192.168.1.20:8470"));
    CHECK(StoreAddress::isUnencrypted(lan));
    CHECK(StoreAddress::warning(lan).contains(QLatin1String("https://")));
    CHECK(StoreAddress::isUnencrypted(
        StoreAddress::fromInput(QStringLiteral("http://stride.millbrook.sch.uk"))));

    for (const char *safe : {"https://stride.millbrook.sch.uk", "http://127.0.0.1:8470",
                             "http://localhost:8470", "http://[::1]:8470", "stride.millbrook.sch.uk"}) {
        const QUrl url = StoreAddress::fromInput(QString::fromLatin1(safe));
        INFO(safe);
        CHECK(url.isValid());
        CHECK_FALSE(StoreAddress::isUnencrypted(url));
        CHECK(StoreAddress::warning(url).isEmpty());
    }
}
