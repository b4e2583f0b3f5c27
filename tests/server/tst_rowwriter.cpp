// A push's rows are written on a second thread while the push goes on (RowWriter), and its reads
// of a whole batch at once (Sql::rowsIn). Tested on the store's own kind of connection
// (SqlConnection, over SQLite and over PostgreSQL): no store process is involved.
#include "storeharness.h"

#include "databaseconfig.h"
#include "rowwriter.h"
#include "sqltransaction.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Stride::Server;
using StoreTest::Backend;

namespace {

// This thread's store connection to a database of its own, with a table of items and an ordered
// log; the connection and the configuration before it are put back afterwards.
struct RowDatabase
{
    StoreTest::TestDatabase database;
    QTemporaryDir dir;
    DatabaseConfig before = SqlConnection::config();

    explicit RowDatabase(Backend backend) : database(backend)
    {
        QString error;
        const auto config = DatabaseConfig::fromArguments(dir.path(), database.url(), &error);
        REQUIRE(config);
        SqlConnection::closeThisThread();
        SqlConnection::configure(*config);
        const bool postgres = backend == Backend::Postgres;
        Sql::exec(db(), QStringLiteral("CREATE TABLE item (n BIGINT PRIMARY KEY, label TEXT NOT NULL)"));
        Sql::exec(db(), postgres ? QStringLiteral("CREATE TABLE log (seq BIGSERIAL PRIMARY KEY, n BIGINT)")
                                 : QStringLiteral("CREATE TABLE log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                                  "n BIGINT)"));
    }
    ~RowDatabase()
    {
        SqlConnection::closeThisThread();
        SqlConnection::configure(before);
    }
    RowDatabase(const RowDatabase &) = delete;
    RowDatabase &operator=(const RowDatabase &) = delete;

    static QSqlDatabase &db() { return SqlConnection::forThisThread(); }

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
            QStringLiteral("item"),
            {{QStringLiteral("n"), QStringLiteral("BIGINT")}, {QStringLiteral("label"), {}}});
        static const Sql::InsertStatement logRows(QStringLiteral("log"),
                                                  {{QStringLiteral("n"), QStringLiteral("BIGINT")}});
        Sql::insertRows(db(), itemRows, std::move(items));
        Sql::insertRows(db(), logRows, std::move(log));
    }
    static int count(const QString &sql) { return Sql::rows(db(), sql, {}).first().first().toInt(); }
};

} // namespace

STORE_TEST_CASE(rowsInOrder,
                "Rows handed to the writer are written in their order, and a statement after them reads "
                "them all",
                "[rowwriter]")
{
    RowDatabase file(backend);
    {
        SqlTransaction tx(file.db());
        {
            RowWriter writer(file.db());
            CHECK(RowWriter::onThisThread() == &writer);
            for (int chunk = 0; chunk < 40; ++chunk)
                file.handOver(chunk * 64, 64);
            // No wait of ours: the read itself waits for the writer.
            CHECK(file.count(QStringLiteral("SELECT count(*) FROM item")) == 40 * 64);
            const auto logged = Sql::rows(file.db(), QStringLiteral("SELECT n FROM log ORDER BY seq"), {});
            REQUIRE(logged.size() == 40 * 64);
            bool inOrder = true;
            for (int i = 0; i < logged.size(); ++i)
                inOrder = inOrder && logged.at(i).first().toInt() == i;
            CHECK(inOrder);
        }
        CHECK(RowWriter::onThisThread() == nullptr);
        tx.commit();
    }
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM item")) == 40 * 64);
}

STORE_TEST_CASE(failedRow,
                "A row the writer cannot write fails its transaction: the next statement says so, and "
                "nothing of the transaction stays",
                "[rowwriter]")
{
    RowDatabase file(backend);
    file.handOver(1000, 1); // committed before: item 1000 exists
    {
        SqlTransaction tx(file.db());
        RowWriter writer(file.db());
        file.handOver(0, 500);
        file.handOver(990, 20); // item 1000 again: refused
        file.handOver(2000, 500);
        CHECK_THROWS_AS(file.count(QStringLiteral("SELECT count(*) FROM item")), StoreError);
        if (backend == Backend::Sqlite) {
            // SQLite goes on in the same transaction after a failed statement: nothing after the
            // failed rows was written. (PostgreSQL refuses every statement until the rollback.)
            CHECK(file.count(QStringLiteral("SELECT count(*) FROM item WHERE n >= 2000")) == 0);
        }
    } // the writer, then the transaction: rolled back
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM item")) == 1);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM log")) == 1);
}

STORE_TEST_CASE(leavingOnException,
                "Leaving on an exception drops the rows not yet written, and the rollback leaves none",
                "[rowwriter]")
{
    struct HalfWay
    {
    };
    RowDatabase file(backend);
    try {
        SqlTransaction tx(file.db());
        RowWriter writer(file.db());
        for (int chunk = 0; chunk < 100; ++chunk)
            file.handOver(chunk * 64, 64);
        throw HalfWay(); // the push failed half-way
    } catch (const HalfWay &) {
    }
    CHECK(RowWriter::onThisThread() == nullptr);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM item")) == 0);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM log")) == 0);
}

STORE_TEST_CASE(rowsInOddIds,
                "A batch's read finds every id it names, whatever characters they hold, in one go or "
                "many",
                "[rowwriter]")
{
    RowDatabase file(backend);
    // Ids as a hostile tablet may name them: quotes, backslashes, commas, braces, spaces, NULL.
    const QStringList odd{QStringLiteral("a\"b"),         QStringLiteral("c\\d"), QStringLiteral("e,f"),
                          QStringLiteral("{g}"),          QStringLiteral("h i"),  QStringLiteral("NULL"),
                          QStringLiteral("\u00e9t\u00e9")};
    Sql::exec(file.db(), QStringLiteral("CREATE TABLE named (id TEXT PRIMARY KEY, n BIGINT NOT NULL)"));
    QStringList wanted;
    for (int i = 0; i < 600; ++i) {
        const QString id = i < odd.size() ? odd.at(i) : QStringLiteral("id-%1").arg(i);
        Sql::exec(file.db(), QStringLiteral("INSERT INTO named (id, n) VALUES (?, ?)"), {id, i});
        if (i % 2 == 0 || i < odd.size())
            wanted << id;
    }
    wanted << QStringLiteral("not there") << QStringLiteral("\"");
    const auto found = Sql::rowsIn(
        file.db(), QStringLiteral("SELECT id, n FROM named WHERE n >= ? AND id IN (%1)"), {0}, wanted);
    QSet<QString> ids;
    for (const QVariantList &row : found)
        ids.insert(row.at(0).toString());
    CHECK(ids.size() == found.size());
    CHECK(ids.size() == 300 + 3); // the even ones, and the odd-numbered odd ids
    for (const QString &id : odd)
        CHECK(ids.contains(id));
    CHECK_FALSE(ids.contains(QStringLiteral("id-1")));
}

STORE_TEST_CASE(oddValues,
                "Rows handed to the writer keep every character and every NULL they hold (PostgreSQL "
                "takes them by COPY)",
                "[rowwriter]")
{
    RowDatabase file(backend);
    Sql::exec(file.db(), QStringLiteral("CREATE TABLE note (n BIGINT PRIMARY KEY, body TEXT, said TEXT)"));
    // What a note typed on a tablet may hold: COPY's own separators and escapes among them.
    const QStringList bodies{QStringLiteral("tab\there"),
                             QStringLiteral("two\nlines"),
                             QStringLiteral("carriage\r\nreturn"),
                             QStringLiteral("back\\slash \\N \\t"),
                             QStringLiteral("\\"),
                             QStringLiteral("\\."),
                             QStringLiteral("NULL"),
                             QString(),
                             QStringLiteral("Zo\u00eb said \"m\u00e1s\" \U0001F44D"),
                             QStringLiteral("\t\n\r\\"),
                             QString(300, QLatin1Char('x')) + QStringLiteral("\tend")};
    static const Sql::InsertStatement noteRows(QStringLiteral("note"),
                                               {{QStringLiteral("n"), QStringLiteral("BIGINT")},
                                                {QStringLiteral("body"), {}},
                                                {QStringLiteral("said"), {}}});
    {
        SqlTransaction tx(file.db());
        RowWriter writer(file.db());
        for (int round = 0; round < 3; ++round) {
            Sql::Rows rows;
            for (qsizetype i = 0; i < bodies.size(); ++i) {
                rows.startRow();
                rows.add(qint64(round * 100 + i));
                rows.addOptional(bodies.at(i)); // an empty body is NULL
                rows.add(bodies.at(bodies.size() - 1 - i) + QStringLiteral("!"));
            }
            Sql::insertRows(file.db(), noteRows, std::move(rows));
        }
        writer.wait();
        tx.commit();
    }
    const auto read = Sql::rows(file.db(), QStringLiteral("SELECT n, body, said FROM note ORDER BY n"), {});
    REQUIRE(read.size() == 3 * bodies.size());
    for (const QVariantList &row : read) {
        const qsizetype i = row.at(0).toLongLong() % 100;
        INFO(bodies.at(i).toStdString());
        if (bodies.at(i).isEmpty())
            CHECK(row.at(1).isNull());
        else
            CHECK(row.at(1).toString() == bodies.at(i));
        CHECK(row.at(2).toString() == bodies.at(bodies.size() - 1 - i) + QStringLiteral("!"));
    }
}
