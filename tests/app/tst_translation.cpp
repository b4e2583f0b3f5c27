// The app's words through its translations: the English translation gives every "%n" message its
// singular and plural, and a translation installed over it (as --translation does) replaces the
// words the C++ gives the pages.
#include <catch2/catch.hpp>

#include "sync/schoolconnection.h"
#include "translations.h"
#include "wording.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Stride;

TEST_CASE("The English translation gives the plural forms", "[translation]")
{
    CHECK(Wording::evidenceThisTerm(0) == QStringLiteral("No evidence yet this term"));
    CHECK(Wording::evidenceThisTerm(1) == QStringLiteral("1 piece of evidence this term"));
    CHECK(Wording::evidenceThisTerm(3) == QStringLiteral("3 pieces of evidence this term"));
    CHECK(SchoolConnection::tr("%n clash(es) to sort out", nullptr, 1) ==
          QStringLiteral("1 clash to sort out"));
    CHECK(SchoolConnection::tr("%n clash(es) to sort out", nullptr, 2) ==
          QStringLiteral("2 clashes to sort out"));
}

TEST_CASE("A translation file that cannot be loaded is refused with a reason", "[translation]")
{
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(Translations::install(*QCoreApplication::instance(), dir.filePath(QStringLiteral("none.qm")),
                                      &error));
    CHECK(error.contains(QStringLiteral("none.qm")));
}
