// A push's rows are written on a second thread while the push goes on (RowWriter). Tested on a
// SQLite file through Qt's driver, as the store's connections are: no store process is involved.
#include "rowwriter.h"
#include "sqltransaction.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <stdexcept>

using namespace Stride::Server;

namespace {

// A store-like database file (WAL, synchronous=FULL) with a table of items and an ordered log.
struct RowFile
{
    QTemporaryDir dir;
    QString name = QStringLiteral("rowwriter-%1").arg(quintptr(this));
    QSqlDatabase db;

    RowFile()
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("rows.db")));
        REQUIRE(db.open());
        for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                "CREATE TABLE item (n INTEGER PRIMARY KEY, label TEXT NOT NULL)",
                                "CREATE TABLE log (seq INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER)"})
            Sql::exec(db, QString::fromLatin1(sql));
    }
    ~RowFile()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    RowFile(const RowFile &) = delete;
    RowFile &operator=(const RowFile &) = delete;

    // Items first..first+count-1, and a log row for each, as one hand-over each.
    void handOver(int first, int count)
    {
        Sql::Rows items;
        Sql::Rows log;
        for (int n = first; n < first + count; ++n) {
            items.startRow();
            items.add(qint64(n));
            items.add(QStringLiteral("item %1").arg(n));
            log.startRow();
            log.add(qint64(n));
        }
        static const Sql::InsertStatement itemRows(
            QStringLiteral("item"), {{QStringLiteral("n"), {}}, {QStringLiteral("label"), {}}});
        static const Sql::InsertStatement logRows(QStringLiteral("log"), {{QStringLiteral("n"), {}}});
        Sql::insertRows(db, itemRows, std::move(items));
        Sql::insertRows(db, logRows, std::move(log));
    }
    int count(const char *table)
    {
        return Sql::rows(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), {})
            .first()
            .first()
            .toInt();
    }
};

} // namespace

TEST_CASE("Rows handed to the writer are written in their order, and a statement after them reads "
          "them all",
          "[sqlite][rowwriter]")
{
    RowFile file;
    {
        SqlTransaction tx(file.db);
        {
            RowWriter writer(file.db);
            CHECK(RowWriter::onThisThread() == &writer);
            for (int chunk = 0; chunk < 40; ++chunk)
                file.handOver(chunk * 64, 64);
            // No wait of ours: the read itself waits for the writer.
            CHECK(file.count("item") == 40 * 64);
            const auto logged = Sql::rows(file.db, QStringLiteral("SELECT n FROM log ORDER BY seq"), {});
            REQUIRE(logged.size() == 40 * 64);
            bool inOrder = true;
            for (int i = 0; i < logged.size(); ++i)
                inOrder = inOrder && logged.at(i).first().toInt() == i;
            CHECK(inOrder);
        }
        CHECK(RowWriter::onThisThread() == nullptr);
        tx.commit();
    }
    CHECK(file.count("item") == 40 * 64);
}

TEST_CASE("A row the writer cannot write fails its transaction: the next statement says so, and "
          "nothing of the transaction stays",
          "[sqlite][rowwriter]")
{
    RowFile file;
    file.handOver(1000, 1); // committed before: item 1000 exists
    {
        SqlTransaction tx(file.db);
        RowWriter writer(file.db);
        file.handOver(0, 500);
        file.handOver(990, 20); // item 1000 again: refused
        file.handOver(2000, 500);
        CHECK_THROWS_AS(file.count("item"), StoreError);
        // The failure was said once; the connection is the caller's again, in the same transaction.
        CHECK(file.count("item") < 1 + 500 + 20);
        CHECK(Sql::rows(file.db, QStringLiteral("SELECT count(*) FROM item WHERE n >= 2000"), {})
                  .first()
                  .first()
                  .toInt() == 0); // nothing after the failed rows was written
    }                             // the writer, then the transaction: rolled back
    CHECK(file.count("item") == 1);
    CHECK(file.count("log") == 1);
}

TEST_CASE("Leaving on an exception drops the rows not yet written, and the rollback leaves none",
          "[sqlite][rowwriter]")
{
    RowFile file;
    try {
        SqlTransaction tx(file.db);
        RowWriter writer(file.db);
        for (int chunk = 0; chunk < 100; ++chunk)
            file.handOver(chunk * 64, 64);
        throw std::runtime_error("the push failed half-way");
    } catch (const std::runtime_error &) {
    }
    CHECK(RowWriter::onThisThread() == nullptr);
    CHECK(file.count("item") == 0);
    CHECK(file.count("log") == 0);
}
