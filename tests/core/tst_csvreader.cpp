#include "import/csvreader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <string>

using Stride::CsvProblem;
using Stride::CsvReader;
using Stride::CsvReadResult;
using Stride::CsvTable;

namespace {

// Catch can't print Qt types, so comparisons go through std::string to get readable failures.
std::string str(const QString &s)
{
    return s.toStdString();
}

std::string str(const QStringList &list)
{
    std::string out = "[";
    for (qsizetype i = 0; i < list.size(); ++i)
        out += (i ? ", \"" : "\"") + list.at(i).toStdString() + "\"";
    return out + "]";
}

std::string str(const QList<int> &list)
{
    std::string out = "[";
    for (qsizetype i = 0; i < list.size(); ++i)
        out += (i ? ", " : "") + std::to_string(list.at(i));
    return out + "]";
}

std::string describe(const CsvReadResult &result)
{
    std::string out;
    for (const CsvProblem &p : result.problems)
        out += p.toString().toStdString() + "\n";
    return out.empty() ? "(no problems)" : out;
}

CsvReadResult readBytes(const QByteArray &bytes)
{
    return CsvReader::read(bytes, QStringLiteral("pupils.csv"));
}

// Literals are UTF-8 (the project builds as C++20 with GCC's default input charset).
CsvReadResult readText(const char *text)
{
    return readBytes(QByteArray(text));
}

} // namespace

TEST_CASE("CsvReader reads a simple LF file", "[csv]")
{
    const auto result = readText("Surname,First name,Year\nSmith,Jo,7\nO'Neil,Sam,8\n");
    INFO(describe(result));
    REQUIRE(result.ok());
    CHECK(str(result.table.file) == "pupils.csv");
    CHECK(str(result.table.header) == R"(["Surname", "First name", "Year"])");
    REQUIRE(result.table.rows.size() == 2);
    CHECK(result.table.rows[0].line == 2);
    CHECK(str(result.table.rows[0].fields) == R"(["Smith", "Jo", "7"])");
    CHECK(str(result.table.rows[0].fieldColumns) == "[1, 7, 10]");
    CHECK(result.table.rows[1].line == 3);
    CHECK(str(result.table.rows[1].fields) == R"(["O'Neil", "Sam", "8"])");
    CHECK(str(result.table.rows[1].fieldColumns) == "[1, 8, 12]");
}

TEST_CASE("CsvReader strips a UTF-8 BOM and accepts files without one", "[csv]")
{
    const auto withBom = readText("\xEF\xBB\xBFSurname,Year\nSmith,7\n");
    const auto withoutBom = readText("Surname,Year\nSmith,7\n");
    for (const auto *result : {&withBom, &withoutBom}) {
        INFO(describe(*result));
        REQUIRE(result->ok());
        CHECK(str(result->table.header) == R"(["Surname", "Year"])");
        CHECK(result->table.columnIndex(QStringLiteral("surname")) == 0);
        REQUIRE(result->table.rows.size() == 1);
        CHECK(str(result->table.rows[0].fieldColumns) == "[1, 7]");
    }

    SECTION("columns on the first line don't count the BOM")
    {
        const auto result = readText("\xEF\xBB\xBF"
                                     "Surname,Ye\"ar\nSmith,7\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 1);
        CHECK(result.problems[0].column == 11);
    }

    SECTION("a BOM-only file is empty")
    {
        const auto result = readText("\xEF\xBB\xBF");
        REQUIRE(result.problems.size() == 1);
        CHECK(str(result.problems[0].message).find("empty") != std::string::npos);
    }
}

TEST_CASE("CsvReader accepts CRLF, LF and lone CR line endings", "[csv]")
{
    // The last one mixes endings and has no newline at the end.
    const char *variants[] = {"Name,Year\r\nSmith,7\r\nJones,8\r\n", "Name,Year\nSmith,7\nJones,8\n",
                              "Name,Year\rSmith,7\rJones,8\r", "Name,Year\r\nSmith,7\rJones,8"};
    for (const char *text : variants) {
        const auto result = readText(text);
        INFO(text);
        INFO(describe(result));
        REQUIRE(result.ok());
        REQUIRE(result.table.rows.size() == 2);
        CHECK(result.table.rows[0].line == 2);
        CHECK(str(result.table.rows[0].fields) == R"(["Smith", "7"])");
        CHECK(result.table.rows[1].line == 3);
        CHECK(str(result.table.rows[1].fields) == R"(["Jones", "8"])");
    }

    SECTION("line numbers count each ending once")
    {
        const auto result = readText("Name,Year\r\n\r\n\r\nSmith,7,x\r\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 4);
    }
}

TEST_CASE("CsvReader skips blank lines, whitespace-only lines and the trailing newline", "[csv]")
{
    const auto result = readText("\n  \nName,Year\n\nSmith,7\n \t \n\r\nJones,8\n\n\n");
    INFO(describe(result));
    REQUIRE(result.ok());
    CHECK(str(result.table.header) == R"(["Name", "Year"])");
    REQUIRE(result.table.rows.size() == 2);
    CHECK(result.table.rows[0].line == 5);
    CHECK(result.table.rows[1].line == 8);
}

TEST_CASE("CsvReader skips rows of empty cells that spreadsheets write", "[csv]")
{
    const auto result = readText("Name,Year,Class\nSmith,7,7B\n,,\n, ,\n,,,,,\nJones,8,8A\n");
    INFO(describe(result));
    REQUIRE(result.ok());
    REQUIRE(result.table.rows.size() == 2);
    CHECK(result.table.rows[1].line == 6);

    SECTION("but a quoted empty value is data")
    {
        const auto quoted = readText("Name,Year\n\"\",\"\"\n");
        INFO(describe(quoted));
        REQUIRE(quoted.ok());
        REQUIRE(quoted.table.rows.size() == 1);
        CHECK(str(quoted.table.rows[0].fields) == R"(["", ""])");
    }
}

TEST_CASE("CsvReader handles quoted commas, doubled quotes and empty values", "[csv]")
{
    const auto result = readText("Name,Nickname,Note\n"
                                 "\"Smith, Jo\",\"\"\"JJ\"\"\",\n"
                                 "\"\",plain,\"a \"\"b\"\" c\"\n");
    INFO(describe(result));
    REQUIRE(result.ok());
    REQUIRE(result.table.rows.size() == 2);
    CHECK(str(result.table.rows[0].fields) == R"(["Smith, Jo", ""JJ"", ""])");
    CHECK(str(result.table.rows[0].fieldColumns) == "[1, 13, 22]");
    CHECK(str(result.table.rows[1].fields) == R"(["", "plain", "a "b" c"])");
    CHECK(str(result.table.rows[1].fieldColumns) == "[1, 4, 10]");
}

TEST_CASE("CsvReader keeps newlines inside quoted values and keeps counting lines", "[csv]")
{
    SECTION("LF inside quotes")
    {
        const auto result = readText("Name,Address\nSmith,\"1 High St\nTown\"\nJones,\"2 Low Rd\"\n");
        INFO(describe(result));
        REQUIRE(result.ok());
        REQUIRE(result.table.rows.size() == 2);
        CHECK(result.table.rows[0].line == 2);
        CHECK(str(result.table.rows[0].fields[1]) == "1 High St\nTown");
        CHECK(result.table.rows[1].line == 4);
    }

    SECTION("CRLF and CR inside quotes become LF")
    {
        const auto result = readText("Name,Address\r\nSmith,\"a\r\nb\rc\"\r\nJones,x\r\n");
        INFO(describe(result));
        REQUIRE(result.ok());
        REQUIRE(result.table.rows.size() == 2);
        CHECK(str(result.table.rows[0].fields[1]) == "a\nb\nc");
        CHECK(result.table.rows[1].line == 5);
    }

    SECTION("later problems point at the right line and column")
    {
        const auto result = readText("Name,Address,Year\n"
                                     "Smith,\"1 High St\n\nTown\",7\n"
                                     "Jones,2 \"Low\" Rd,8\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 5);
        CHECK(result.problems[0].column == 9);
    }

    SECTION("a field after an embedded newline gets its column on its own line")
    {
        const auto result = readText("Name,Address,Year\nSmith,\"1 High St\nTown\",7\n");
        INFO(describe(result));
        REQUIRE(result.ok());
        CHECK(str(result.table.rows[0].fieldColumns) == "[1, 7, 7]");
    }
}

TEST_CASE("CsvReader tolerates spaces around quoted values and keeps them in unquoted ones", "[csv]")
{
    const auto result = readText("Name,First,Year\n\"Smith\" , \"Jo\",  7 \n");
    INFO(describe(result));
    REQUIRE(result.ok());
    REQUIRE(result.table.rows.size() == 1);
    CHECK(str(result.table.rows[0].fields) == R"(["Smith", "Jo", "  7 "])");
    CHECK(str(result.table.rows[0].fieldColumns) == "[1, 10, 16]");
}

TEST_CASE("CsvReader trims header names and looks columns up case-insensitively", "[csv]")
{
    const auto result = readText("  Surname , \"First Name\"\t,UPN\nSmith,Jo,A123\n");
    INFO(describe(result));
    REQUIRE(result.ok());
    CHECK(str(result.table.header) == R"(["Surname", "First Name", "UPN"])");
    CHECK(result.table.columnIndex(QStringLiteral("surname")) == 0);
    CHECK(result.table.columnIndex(QStringLiteral("FIRST NAME")) == 1);
    CHECK(result.table.columnIndex(QStringLiteral(" upn ")) == 2);
    CHECK(result.table.columnIndex(QStringLiteral("Year")) == -1);
    CHECK(result.table.columnIndex(QString()) == -1);
}

TEST_CASE("CsvReader reports a quote inside an unquoted value", "[csv]")
{
    const auto result = readText("Name,Nickname\nSmith,Jo \"JJ\" S\n");
    REQUIRE(result.problems.size() == 1);
    const CsvProblem &p = result.problems[0];
    CHECK(str(p.file) == "pupils.csv");
    CHECK(p.line == 2);
    CHECK(p.column == 10);
    CHECK(str(p.message).rfind("Line 2, column 10 (in \"Nickname\"): there is a double quote", 0) == 0);
    CHECK(str(p.message).find("write the quote inside it twice") != std::string::npos);

    SECTION("the row still lines up, so it is kept")
    {
        REQUIRE(result.table.rows.size() == 1);
        CHECK(str(result.table.rows[0].fields[1]) == "Jo \"JJ\" S");
    }

    SECTION("in the header it has no column name to mention")
    {
        const auto header = readText("Na\"me,Year\n");
        REQUIRE(header.problems.size() == 1);
        CHECK(header.problems[0].line == 1);
        CHECK(header.problems[0].column == 3);
        CHECK(str(header.problems[0].message).rfind("Line 1, column 3: there is", 0) == 0);
    }
}

TEST_CASE("CsvReader reports text after a closing quote", "[csv]")
{
    const auto result = readText("Name,Year\n\"Smith\" Jo,7\n\"a\"\"b\"x\"y\",8\n");
    INFO(describe(result));
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].column == 9);
    CHECK(str(result.problems[0].message)
              .rfind("Line 2, column 9 (in \"Name\"): there is text after the closing", 0) == 0);
    // One problem per value, even though the stray text has another quote in it.
    CHECK(result.problems[1].line == 3);
    CHECK(result.problems[1].column == 7);

    SECTION("the value keeps the stray text so the row still lines up")
    {
        REQUIRE(result.table.rows.size() == 2);
        CHECK(str(result.table.rows[0].fields) == R"(["Smith Jo", "7"])");
        CHECK(str(result.table.rows[1].fields) == R"(["a"bx"y"", "8"])");
    }
}

TEST_CASE("CsvReader reports an unterminated quote where it opened", "[csv]")
{
    const auto result = readText("Name,Year\nSmith,7\nJones,\"8\nBrown,9\nGreen,10\n");
    REQUIRE(result.problems.size() == 1);
    const CsvProblem &p = result.problems[0];
    CHECK(p.line == 3);
    CHECK(p.column == 7);
    CHECK(str(p.message).rfind(
              "Line 3, column 7 (in \"Year\"): the double quote here (just before \"8\") is never "
              "closed",
              0) == 0);
    // Only the rows before it can be trusted.
    REQUIRE(result.table.rows.size() == 1);
    CHECK(str(result.table.rows[0].fields[0]) == "Smith");

    SECTION("at the very end of the file")
    {
        const auto end = readText("Name,Year\nSmith,\"");
        REQUIRE(end.problems.size() == 1);
        CHECK(end.problems[0].line == 2);
        CHECK(end.problems[0].column == 7);
        CHECK(str(end.problems[0].message).find("just before") == std::string::npos);
    }

    SECTION("a long excerpt is shortened")
    {
        const auto longer = readText("Name\n\"abcdefghijklmnopqrstuvwxyz\n");
        REQUIRE(longer.problems.size() == 1);
        CHECK(str(longer.problems[0].message).find("(just before \"abcdefghijklmnopqrst…\")") !=
              std::string::npos);
    }

    SECTION("problems before it are still reported")
    {
        const auto both = readText("Name,Year\nSmith,7,extra\nJones,\"8\n");
        REQUIRE(both.problems.size() == 2);
        CHECK(both.problems[0].line == 2);
        CHECK(both.problems[1].line == 3);
    }
}

TEST_CASE("CsvReader reports rows with the wrong number of columns", "[csv]")
{
    const auto result = readText("Surname,First name,Year\n"
                                 "Smith,Jo,7\n"
                                 "Jones,8\n"
                                 "Brown,Smith, Jo,9\n"
                                 "Green,Al,10\n");
    INFO(describe(result));
    REQUIRE(result.problems.size() == 2);

    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].column == 1);
    CHECK(str(result.problems[0].message) == "Line 3 has 2 columns but the header has 3. Check for a missing "
                                             "comma, or a line break inside a value "
                                             "that isn't in double quotes.");

    CHECK(result.problems[1].line == 4);
    CHECK(result.problems[1].column == 17); // the first value beyond the header
    CHECK(str(result.problems[1].message) == "Line 4 has 4 columns but the header has 3. Check for an extra "
                                             "comma, or a comma inside a value (such as "
                                             "\"Smith, Jo\") that isn't in double quotes.");

    SECTION("only rows that line up with the header are kept")
    {
        REQUIRE(result.table.rows.size() == 2);
        CHECK(result.table.rows[0].line == 2);
        CHECK(result.table.rows[1].line == 5);
    }

    SECTION("singular counts read naturally")
    {
        const auto one = readText("Name\nSmith,Jo\n");
        REQUIRE(one.problems.size() == 1);
        CHECK(str(one.problems[0].message).rfind("Line 2 has 2 columns but the header has 1.", 0) == 0);
        const auto two = readText("Name,Year\nSmith\n");
        REQUIRE(two.problems.size() == 1);
        CHECK(str(two.problems[0].message).rfind("Line 2 has 1 column but the header has 2.", 0) == 0);
    }

    SECTION("a row spanning several lines is named by where it starts")
    {
        const auto multi = readText("Name,Address\nSmith,\"1 High St\nTown\",extra\nJones,x\n");
        REQUIRE(multi.problems.size() == 1);
        CHECK(multi.problems[0].line == 2);
        CHECK(multi.problems[0].column == 1);
        CHECK(str(multi.problems[0].message).rfind("The row starting on line 2 has 3 columns", 0) == 0);
        REQUIRE(multi.table.rows.size() == 1);
        CHECK(multi.table.rows[0].line == 4);
    }

    SECTION("a trailing comma is an extra, empty column")
    {
        const auto trailing = readText("Name,Year\nSmith,7,\n");
        REQUIRE(trailing.problems.size() == 1);
        CHECK(trailing.problems[0].column == 9);
        const auto fits = readText("Name,Year,\nSmith,7,\n");
        REQUIRE(fits.problems.size() == 1); // the empty header name, not the row
        CHECK(str(fits.table.rows[0].fields) == R"(["Smith", "7", ""])");
    }
}

TEST_CASE("CsvReader counts columns in characters, not bytes", "[csv]")
{
    // "Zoë" is 3 characters but 4 bytes; "😀" is 1 character, 4 bytes (and 2 UTF-16 code units).
    const auto result = readText("Name,Nickname,Year\nZoë,😀 \"x\",7\nÅsa,Ünal,8\n");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].column == 7);
    REQUIRE(result.table.rows.size() == 2);
    CHECK(str(result.table.rows[0].fields) == R"(["Zoë", "😀 "x"", "7"])");
    CHECK(str(result.table.rows[0].fieldColumns) == "[1, 5, 11]");
    CHECK(str(result.table.rows[1].fieldColumns) == "[1, 5, 10]");

    SECTION("after an embedded newline the count restarts")
    {
        const auto multi = readText("A,B\n\"é\né\"x,ü\n");
        REQUIRE(multi.problems.size() == 1);
        CHECK(multi.problems[0].line == 3);
        CHECK(multi.problems[0].column == 3);
    }
}

TEST_CASE("CsvReader rejects text that isn't UTF-8 and says where", "[csv]")
{
    SECTION("Latin-1 accented letter")
    {
        // "Zoë" saved as Windows-1252: ë is the single byte 0xEB.
        const auto result = readText("Name,Year\nSmith,7\nZo\xEB,8\n");
        REQUIRE(result.problems.size() == 1);
        const CsvProblem &p = result.problems[0];
        CHECK(p.line == 3);
        CHECK(p.column == 3);
        CHECK(str(p.message).rfind("Line 3, column 3: This file is not UTF-8 text", 0) == 0);
        CHECK(str(p.message).find("\"CSV UTF-8") != std::string::npos);
        CHECK(result.table.rows.isEmpty());
        CHECK(str(result.table.file) == "pupils.csv");
    }

    SECTION("columns before the bad byte are counted in characters")
    {
        const auto result = readText("Name\nZoë Åsa \x80\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 2);
        CHECK(result.problems[0].column == 9);
    }

    SECTION("lines are counted through CRLF, CR and quoted newlines")
    {
        const auto result = readText("\xEF\xBB\xBFName\r\n\"a\r\nb\"\rc\xFF\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 4);
        CHECK(result.problems[0].column == 2);
    }

    SECTION("malformed sequences")
    {
        struct Case
        {
            const char *what;
            QByteArray bytes;
            int column;
        };
        const Case cases[] = {
            {"truncated at end of file", QByteArray("Name\nab\xC3"), 3},
            {"lead byte then ASCII", QByteArray("Name\nab\xE2\x82x"), 3},
            {"lone continuation byte", QByteArray("Name\n\xA9"), 1},
            {"overlong slash", QByteArray("Name\na\xC0\xAF"), 2},
            {"overlong three-byte", QByteArray("Name\na\xE0\x80\xAF"), 2},
            {"UTF-16 surrogate", QByteArray("Name\nab\xED\xA0\x80"), 3},
            {"beyond U+10FFFF", QByteArray("Name\n\xF4\x90\x80\x80"), 1},
            {"invalid lead 0xF5", QByteArray("Name\n\xF5\x80\x80\x80"), 1},
            {"NUL byte", QByteArray("Name\nab\0c", 9), 3},
        };
        for (const Case &c : cases) {
            INFO(c.what);
            const auto result = readBytes(c.bytes);
            REQUIRE(result.problems.size() == 1);
            CHECK(result.problems[0].line == 2);
            CHECK(result.problems[0].column == c.column);
        }
    }

    SECTION("UTF-16 from Excel's \"Unicode Text\" is named as such")
    {
        const auto result = readBytes(QByteArray("\xFF\xFEN\0a\0m\0e\0", 10));
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 1);
        CHECK(result.problems[0].column == 1);
        CHECK(str(result.problems[0].message).find("UTF-16") != std::string::npos);
    }

    SECTION("valid multi-byte text of every length is accepted")
    {
        const auto result =
            readText("Name\n\xC2\xA9 \xE2\x82\xAC \xEF\xBF\xBD \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF\n");
        INFO(describe(result));
        REQUIRE(result.ok());
    }
}

TEST_CASE("CsvReader reports an empty file", "[csv]")
{
    const char *variants[] = {"", "\n", "\r\n\r\n", "   \n\t\n", ",,,\n"};
    for (const char *text : variants) {
        INFO('"' + std::string(text) + '"');
        const auto result = readText(text);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 0);
        CHECK(str(result.problems[0].message).rfind("The file is empty.", 0) == 0);
        CHECK(str(result.problems[0].toString()).rfind("pupils.csv: The file is empty.", 0) == 0);
        CHECK(result.table.header.isEmpty());
        CHECK(result.table.rows.isEmpty());
    }
}

TEST_CASE("CsvReader accepts a header-only file", "[csv]")
{
    for (const char *text : {"Surname,Year", "Surname,Year\n", "Surname,Year\r\n\r\n"}) {
        const auto result = readText(text);
        INFO(describe(result));
        REQUIRE(result.ok());
        CHECK(str(result.table.header) == R"(["Surname", "Year"])");
        CHECK(result.table.rows.isEmpty());
    }
}

TEST_CASE("CsvReader reports empty and duplicate header names", "[csv]")
{
    const auto result = readText("Surname,,Year, surname ,\"\",YEAR,Class\nSmith,x,7,y,z,8,7B\n");
    INFO(describe(result));
    REQUIRE(result.problems.size() == 4);

    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].column == 9);
    CHECK(str(result.problems[0].message) == "Line 1: column B of the header row has no name. Give every "
                                             "column a heading, or delete the empty column.");

    CHECK(result.problems[1].column == 15);
    CHECK(str(result.problems[1].message) ==
          "Line 1: the column name \"surname\" is used more than once (columns A and D). Give each column a "
          "different name.");

    CHECK(result.problems[2].column == 25);
    CHECK(str(result.problems[2].message).rfind("Line 1: column E of the header row has no name.", 0) == 0);

    CHECK(result.problems[3].column == 28);
    CHECK(str(result.problems[3].message).find("(columns C and F)") != std::string::npos);

    // The table is still read, so the office sees the data problems too.
    CHECK(result.table.rows.size() == 1);
    CHECK(result.table.columnIndex(QStringLiteral("year")) == 2);

    SECTION("columns past Z are lettered like a spreadsheet")
    {
        QByteArray header;
        for (int i = 0; i < 27; ++i)
            header += "c" + QByteArray::number(i) + ",";
        header += "\n"; // column 28 (AB) is empty
        const auto wide = readBytes(header);
        REQUIRE(wide.problems.size() == 1);
        CHECK(str(wide.problems[0].message).rfind("Line 1: column AB of", 0) == 0);
    }
}

TEST_CASE("CsvReader collects every problem, in file order", "[csv]")
{
    const auto result = readText("Name,Nickname,Year\n"
                                 "Smith,\"Jo\"x,7,extra\n"
                                 "Jones,J\"J,8\n"
                                 "Brown\n"
                                 "Green,G,9\n");
    INFO(describe(result));
    REQUIRE(result.problems.size() == 4);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].column == 11); // text after the quote
    CHECK(result.problems[1].line == 2);
    CHECK(result.problems[1].column == 15); // extra column
    CHECK(result.problems[2].line == 3);
    CHECK(result.problems[3].line == 4);
    REQUIRE(result.table.rows.size() == 2);
    CHECK(result.table.rows[1].line == 5);
}

TEST_CASE("CsvReader stops listing problems after 200", "[csv]")
{
    QByteArray text = "Name,Year\n";
    for (int i = 0; i < 250; ++i)
        text += "Smith\n";
    const auto result = readBytes(text);
    REQUIRE(result.problems.size() == 201);
    CHECK(result.problems[199].line == 201);
    CHECK(result.problems[200].line == 0);
    CHECK(str(result.problems[200].message).rfind("...and 50 more problems.", 0) == 0);

    SECTION("one over the limit is singular")
    {
        QByteArray justOver = "Name,Year\n";
        for (int i = 0; i < 201; ++i)
            justOver += "Smith\n";
        const auto over = readBytes(justOver);
        REQUIRE(over.problems.size() == 201);
        CHECK(str(over.problems[200].message).rfind("...and 1 more problem.", 0) == 0);
    }

    SECTION("exactly 200 needs no summary")
    {
        QByteArray exactly = "Name,Year\n";
        for (int i = 0; i < 200; ++i)
            exactly += "Smith\n";
        CHECK(readBytes(exactly).problems.size() == 200);
    }
}

TEST_CASE("CsvProblem formats like a compiler message", "[csv]")
{
    CHECK(str(CsvProblem{QStringLiteral("pupils.csv"), 12, 5, QStringLiteral("Bad.")}.toString()) ==
          "pupils.csv:12:5: Bad.");
    CHECK(str(CsvProblem{QStringLiteral("pupils.csv"), 12, 0, QStringLiteral("Bad.")}.toString()) ==
          "pupils.csv:12: Bad.");
    CHECK(str(CsvProblem{QStringLiteral("pupils.csv"), 0, 0, QStringLiteral("Bad.")}.toString()) ==
          "pupils.csv: Bad.");
    // Placeholders in names or messages are not substituted a second time.
    CHECK(str(CsvProblem{QStringLiteral("term%1.csv"), 3, 2, QStringLiteral("50%2 done")}.toString()) ==
          "term%1.csv:3:2: 50%2 done");

    SECTION("header names with placeholders survive into messages")
    {
        const auto result = readText("Score %1,Name\n1,a\"b\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(str(result.problems[0].message).rfind("Line 2, column 4 (in \"Name\")", 0) == 0);
        const auto dup = readText("Score %1,score %1\n");
        REQUIRE(dup.problems.size() == 1);
        CHECK(str(dup.problems[0].message).find("\"score %1\" is used more than once (columns A and B)") !=
              std::string::npos);
    }
}

TEST_CASE("CsvReader reads a single-column file", "[csv]")
{
    const auto result = readText("Name\nSmith\n\"Jones, A\"\n");
    INFO(describe(result));
    REQUIRE(result.ok());
    REQUIRE(result.table.rows.size() == 2);
    CHECK(str(result.table.rows[1].fields) == R"(["Jones, A"])");
}

TEST_CASE("CsvReader::readFile reads from disk and names the file without its folder", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pupils.csv"));

    SECTION("a readable file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFName,Year\r\nSmith,7\r\nJones\r\n");
        file.close();

        const auto result = CsvReader::readFile(path);
        CHECK(str(result.table.file) == "pupils.csv");
        REQUIRE(result.problems.size() == 1);
        CHECK(str(result.problems[0].toString()).rfind("pupils.csv:3:1: Line 3 has 1 column", 0) == 0);
        REQUIRE(result.table.rows.size() == 1);
    }

    SECTION("a missing file")
    {
        const auto result = CsvReader::readFile(dir.filePath(QStringLiteral("missing.csv")));
        REQUIRE(result.problems.size() == 1);
        CHECK(str(result.problems[0].file) == "missing.csv");
        CHECK(result.problems[0].line == 0);
        CHECK(str(result.problems[0].message).rfind("The file could not be read (", 0) == 0);
        CHECK(result.table.rows.isEmpty());
    }

    SECTION("a folder")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("exports")));
        const auto result = CsvReader::readFile(dir.filePath(QStringLiteral("exports")));
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 0);
    }
}
