// The store takes each change's fields text from the push's body as sent (RawFields) only where it
// is byte for byte what it would write for the fields as parsed (jsonUtf8): the author's proof and
// every tablet's copy of the row depend on that text.
#include "incomingmutation.h"
#include "rawfields.h"
#include "storejson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Stride::Server;

namespace {

QJsonObject change(const QJsonObject &fields, int n)
{
    return {{QStringLiteral("mutation_id"), QStringLiteral("m%1").arg(n)},
            {QStringLiteral("entity"), QStringLiteral("evidence_item")},
            {QStringLiteral("entity_id"), QStringLiteral("e%1").arg(n)},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), QStringLiteral("0190a1b2c3d4-0000-tablet")}};
}

QByteArray bodyOf(const QList<QJsonObject> &fieldsList,
                  QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    QJsonArray mutations;
    for (qsizetype i = 0; i < fieldsList.size(); ++i)
        mutations.append(change(fieldsList.at(i), int(i)));
    return QJsonDocument(QJsonObject{{QStringLiteral("mutations"), mutations}}).toJson(format);
}

// Every text taken must be what the store would have written for the fields it parsed.
void checkTaken(const QByteArray &body, qsizetype count, int *taken = nullptr)
{
    const QJsonArray list =
        QJsonDocument::fromJson(body).object().value(QLatin1String("mutations")).toArray();
    REQUIRE(list.size() == count);
    const QList<QByteArrayView> texts = RawFields::of(body, count);
    REQUIRE(texts.size() == count);
    for (qsizetype i = 0; i < count; ++i) {
        if (texts.at(i).isEmpty())
            continue;
        QJsonObject fields = list.at(i).toObject().value(QLatin1String("fields")).toObject();
        fields.remove(QStringLiteral("id"));
        INFO(texts.at(i).toByteArray().toStdString());
        CHECK(texts.at(i) == jsonUtf8(fields));
        if (taken)
            ++*taken;
    }
}

QJsonValue randomValue(QRandomGenerator &random)
{
    static const QStringList texts{QStringLiteral("Asked for a drink"),
                                   QStringLiteral("a/b"),
                                   QStringLiteral(""),
                                   QStringLiteral("Zoë"),
                                   QStringLiteral("said \"more\""),
                                   QStringLiteral("back\\slash"),
                                   QStringLiteral("tab\there"),
                                   QStringLiteral("line\nbreak"),
                                   QString(QChar(0x7f)),
                                   QStringLiteral("~!@#$%^&*()_+{}[]:;'<>,.?"),
                                   QStringLiteral("👍")};
    static const QList<QJsonValue> others{
        0,    -1,    7,    1234567890123LL, 999999999999999LL, 9007199254740993LL, -0.0, 1.5,
        1e21, -2.25, true, false,           QJsonValue::Null};
    if (random.bounded(2) == 0)
        return texts.at(random.bounded(int(texts.size())));
    return others.at(random.bounded(int(others.size())));
}

} // namespace

TEST_CASE("A compact object of plain values is recognised as jsonUtf8 writes it", "[rawfields]")
{
    for (const char *plain :
         {"{}", R"({"a":1})", R"({"a":0,"b":-12,"c":true,"d":null,"e":"hi there","f":false})",
          R"({"note":"a/b","pupil_id":"01a2"})", R"({"a":999999999999999})"})
        CHECK(RawFields::isPlainCompactObject(plain));
    for (const char *other : {"",
                              "{",
                              "}",
                              "[]",
                              "null",
                              R"({"a":1,"a":2})",
                              R"({"b":1,"a":2})",
                              R"({"id":"x"})",
                              R"({"a":-0})",
                              R"({"a":01})",
                              R"({"a":1.5})",
                              R"({"a":1e3})",
                              R"({"a":1000000000000000})",
                              R"({"a":"x\"y"})",
                              R"({"a":"x\\y"})",
                              "{\"a\":\"\xC3\xA9\"}",
                              R"({"a": 1})",
                              R"({ "a":1})",
                              R"({"a":1} )",
                              R"({"a":tru})",
                              R"({"a":{}})",
                              R"({"a":[]})",
                              R"({"a":1,})",
                              R"({"a":1}{"b":2})",
                              R"({"a"})"})
        CHECK_FALSE(RawFields::isPlainCompactObject(other));
}

TEST_CASE("Each change's fields text is taken from the body only where it is exactly jsonUtf8's",
          "[rawfields]")
{
    // What a tablet sends most: ids, times and plain notes. All of it is taken.
    const QList<QJsonObject> usual{
        {{QStringLiteral("pupil_id"), QStringLiteral("01a23df4-5b8a-7065-a52e-5dcf44a2dd2a")},
         {QStringLiteral("captured_at"), QStringLiteral("2026-12-03T22:09:15.298Z")},
         {QStringLiteral("note"), QStringLiteral("Used PECS to ask for a drink, gestural prompt")}},
        {{QStringLiteral("count"), 3},
         {QStringLiteral("shared"), true},
         {QStringLiteral("removed_at"), QJsonValue::Null}},
        {}};
    int taken = 0;
    checkTaken(bodyOf(usual), usual.size(), &taken);
    CHECK(taken == usual.size());

    // Spaced out by another client: nothing is taken, and the store writes the text itself.
    taken = 0;
    checkTaken(bodyOf(usual, QJsonDocument::Indented), usual.size(), &taken);
    CHECK(taken == 0);

    // A field called "id" is dropped when read, so its text is not the one stored.
    taken = 0;
    checkTaken(bodyOf({{{QStringLiteral("id"), QStringLiteral("x")},
                        {QStringLiteral("note"), QStringLiteral("y")}}}),
               1, &taken);
    CHECK(taken == 0);

    // Random fields of every kind of value: whatever is taken is exactly jsonUtf8's, and the plain
    // ones are taken.
    QRandomGenerator random(20261203);
    const QStringList keys{QStringLiteral("a"),        QStringLiteral("b"), QStringLiteral("note"),
                           QStringLiteral("pupil_id"), QStringLiteral("Z"), QStringLiteral("_x"),
                           QStringLiteral("id")};
    QList<QJsonObject> many;
    for (int i = 0; i < 2000; ++i) {
        QJsonObject fields;
        for (int k = random.bounded(5); k > 0; --k)
            fields.insert(keys.at(random.bounded(int(keys.size()))), randomValue(random));
        many << fields;
    }
    taken = 0;
    checkTaken(bodyOf(many), many.size(), &taken);
    CHECK(taken > 100);
}

TEST_CASE("A body that could be read two ways gives no fields text at all", "[rawfields][attacks]")
{
    const QByteArray plainFields = R"({"note":"ok"})";
    const auto one = [&](const QByteArray &fieldsPart) {
        return R"({"mutation_id":"m1","entity":"evidence_item",)" + fieldsPart + R"(,"op":"upsert"})";
    };
    // "fields" twice in one change, or spelt with an escape: which one counts is QJsonDocument's
    // business, so that change's text is written again.
    for (const QByteArray &body :
         {QByteArray(R"({"mutations":[)" + one(R"("fields":{"note":"a"},"fields":{"note":"b"})") + "]}"),
          QByteArray(R"({"mutations":[)" + one(R"("fields":{"note":"a"},"field\u0073":{"note":"b"})") +
                     "]}")}) {
        REQUIRE(!QJsonDocument::fromJson(body).isNull());
        const QList<QByteArrayView> texts = RawFields::of(body, 1);
        REQUIRE(texts.size() == 1);
        CHECK(texts.first().isEmpty());
    }
    // "mutations" twice, or spelt with an escape, or fewer changes than QJsonDocument read: none.
    const QByteArray element = one(R"("fields":)" + plainFields);
    for (const QByteArray &body :
         {QByteArray(R"({"mutations":[)" + element + R"(],"mutations":[)" + element + "]}"),
          QByteArray(R"({"mutation\u0073":[)" + element + R"(],"mutations":[)" + element + "]}")}) {
        REQUIRE(!QJsonDocument::fromJson(body).isNull());
        const QList<QByteArrayView> texts = RawFields::of(body, 1);
        REQUIRE(texts.size() == 1);
        CHECK(texts.first().isEmpty());
    }
    const QByteArray two = R"({"mutations":[)" + element + "," + element + "]}";
    CHECK(RawFields::of(two, 2).at(1) == plainFields);
    const QList<QByteArrayView> miscounted = RawFields::of(two, 3);
    REQUIRE(miscounted.size() == 3);
    CHECK(std::all_of(miscounted.cbegin(), miscounted.cend(), [](QByteArrayView v) { return v.isEmpty(); }));
    // Other keys around the changes, strings holding brackets and quotes, and a change that is not
    // an object: each change keeps its own place.
    const QByteArray mixed =
        R"({"x":{"y":["]}\"",{}]},"mutations":[7,)" + element + R"(,"{\"fields\":{}}"],"z":[]})";
    REQUIRE(!QJsonDocument::fromJson(mixed).isNull());
    const QList<QByteArrayView> texts = RawFields::of(mixed, 3);
    REQUIRE(texts.size() == 3);
    CHECK(texts.at(0).isEmpty());
    CHECK(texts.at(1) == plainFields);
    CHECK(texts.at(2).isEmpty());
}

TEST_CASE("A change read with its sent text keeps the same fields and text as without", "[rawfields]")
{
    const QByteArray body = bodyOf({{{QStringLiteral("note"), QStringLiteral("Asked for a drink")},
                                     {QStringLiteral("captured_by"), QStringLiteral("staff-1")}}});
    const QJsonObject json =
        QJsonDocument::fromJson(body).object().value(QLatin1String("mutations")).toArray().first().toObject();
    const QList<QByteArrayView> texts = RawFields::of(body, 1);
    REQUIRE(!texts.first().isEmpty());
    const ParsedMutation withText = IncomingMutation::parse(json, texts.first());
    const ParsedMutation without = IncomingMutation::parse(json);
    REQUIRE(withText.mutation);
    REQUIRE(without.mutation);
    CHECK(withText.mutation->fieldsText == without.mutation->fieldsText);
    CHECK(withText.mutation->fields == without.mutation->fields);
}
