// Per-field merge by HLC, and conflict records (docs/sync.md, "Per-field merge").
#include "storeharness.h"

#include <QJsonDocument>

using namespace StoreTest;

namespace {

QList<QJsonObject> conflictsOf(const QList<QJsonObject> &changes)
{
    QList<QJsonObject> list;
    QStringList ids;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("conflict") &&
            !ids.contains(c.value(QLatin1String("entity_id")).toString()))
            ids << c.value(QLatin1String("entity_id")).toString();
    for (const QString &id : ids) {
        QJsonObject record = fold(changes, QStringLiteral("conflict"), id);
        record.insert(QStringLiteral("id"), id);
        list << record;
    }
    return list;
}

QJsonArray valuesOf(const QJsonObject &conflict)
{
    // `values` travels as JSON text (the tablets keep it in a TEXT column).
    return QJsonDocument::fromJson(conflict.value(QLatin1String("values")).toString().toUtf8()).array();
}

} // namespace

STORE_TEST_CASE(fieldMerge, "Two tablets editing different fields of one record both keep their change",
                "[server][merge]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet a = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet b = store.enrol(school.id, QStringLiteral("Ash iPad"));
    const qint64 t = nowMs();
    const QString item = newUuid();
    store.push(
        a, QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                               evidenceFields(school.id, school.taId, QStringLiteral("Asked for a drink")),
                               school.taId, hlc(t, a.deviceId))});

    // Offline, A changes the note and B the setting, each from what they last saw.
    const QJsonObject noteByA =
        mutation(QStringLiteral("evidence_item"), item, {{"note", "Asked for a drink twice"}}, school.taId,
                 hlc(t + 2000, a.deviceId), {{"note", "Asked for a drink"}});
    const QJsonObject settingByB =
        mutation(QStringLiteral("evidence_item"), item, {{"setting", "café"}}, school.teacherId,
                 hlc(t + 1000, b.deviceId), {{"setting", "classroom"}});
    store.push(a, QJsonArray{noteByA});
    store.push(b, QJsonArray{settingByB});

    // An older edit of the note arrives late. It loses to the newer note, field by field, while
    // the rest of its mutation (the measure) still applies.
    const QJsonObject lateNote = mutation(
        QStringLiteral("evidence_item"), item, {{"note", "Asked for a drink twice"}, {"measure", "2 a week"}},
        school.taId, hlc(t + 1500, b.deviceId), {{"note", "Asked for a drink twice"}, {"measure", ""}});
    const QJsonObject late = store.push(b, QJsonArray{lateNote});
    CHECK(late.value(QLatin1String("applied")).toArray().size() == 1);

    const QList<QJsonObject> changes = store.pullAll(a);
    const QJsonObject record = fold(changes, QStringLiteral("evidence_item"), item);
    CHECK(record.value(QLatin1String("note")).toString() == QLatin1String("Asked for a drink twice"));
    CHECK(record.value(QLatin1String("setting")).toString() == QString::fromUtf8("café"));
    CHECK(record.value(QLatin1String("measure")).toString() == QLatin1String("2 a week"));
    CHECK(record.value(QLatin1String("kind")).toString() == QLatin1String("written"));
    // Nobody changed one field to two different things: no conflict.
    CHECK(conflictsOf(changes).isEmpty());

    // A pulled change carries only the values that won, with the HLC that won them.
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("mutation_id")) == lateNote.value(QLatin1String("mutation_id"))) {
            CHECK(c.value(QLatin1String("fields")).toObject() == QJsonObject{{"measure", "2 a week"}});
            CHECK(c.value(QLatin1String("hlc")) == lateNote.value(QLatin1String("hlc")));
        }

    // An edit older than everything changes nothing and sends nothing out, yet is acknowledged.
    const qsizetype before = changes.size();
    const QJsonObject stale =
        store.push(b, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"setting", "café"}},
                                          school.taId, hlc(t + 1, b.deviceId), {{"setting", "café"}})});
    CHECK(stale.value(QLatin1String("applied")).toArray().size() == 1);
    CHECK(store.pullAll(a).size() == before);
}

STORE_TEST_CASE(conflicts, "Two people changing one field to different things make a conflict record",
                "[server][merge]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet a = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet b = store.enrol(school.id, QStringLiteral("Ash iPad"));
    const qint64 t = nowMs();
    const QString item = newUuid();
    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                                      evidenceFields(school.id, school.taId, QStringLiteral("Original")),
                                      school.taId, hlc(t, a.deviceId))});

    // Both saw "Original"; A wrote "By A" first, B wrote "By B" a little later.
    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "By A"}}, school.taId,
                                      hlc(t + 1000, a.deviceId), {{"note", "Original"}})});
    const QJsonObject byB = mutation(QStringLiteral("evidence_item"), item, {{"note", "By B"}},
                                     school.teacherId, hlc(t + 2000, b.deviceId), {{"note", "Original"}});
    CHECK(store.push(b, QJsonArray{byB}).value(QLatin1String("applied")).toArray().size() == 1);

    QList<QJsonObject> changes = store.pullAll(a);
    // The later stamp wins...
    CHECK(fold(changes, QStringLiteral("evidence_item"), item).value(QLatin1String("note")).toString() ==
          QLatin1String("By B"));
    // ...and the clash is kept for a person to settle.
    QList<QJsonObject> found = conflictsOf(changes);
    REQUIRE(found.size() == 1);
    const QJsonObject conflict = found.first();
    CHECK(conflict.value(QLatin1String("entity")).toString() == QLatin1String("evidence_item"));
    CHECK(conflict.value(QLatin1String("entity_id")).toString() == item);
    CHECK(conflict.value(QLatin1String("field")).toString() == QLatin1String("note"));
    CHECK(conflict.value(QLatin1String("resolved")).toInt() == 0);
    CHECK(conflict.value(QLatin1String("school_id")).toString() == school.id);
    const QJsonArray values = valuesOf(conflict);
    REQUIRE(values.size() == 2);
    QStringList texts;
    for (const QJsonValue &v : values) {
        texts << v.toObject().value(QLatin1String("value")).toString();
        CHECK(!v.toObject().value(QLatin1String("hlc")).toString().isEmpty());
        CHECK(!v.toObject().value(QLatin1String("device_id")).toString().isEmpty());
    }
    CHECK(texts.contains(QStringLiteral("By A")));
    CHECK(texts.contains(QStringLiteral("By B")));
    for (const QJsonValue &v : values)
        if (v.toObject().value(QLatin1String("value")).toString() == QLatin1String("By B")) {
            CHECK(v.toObject().value(QLatin1String("device_id")).toString() == b.deviceId);
            CHECK(v.toObject().value(QLatin1String("author_staff_id")).toString() == school.teacherId);
        }

    // A third person who saw "By B" and changes it makes no new conflict.
    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Agreed wording"}},
                                      school.sltId, hlc(t + 3000, a.deviceId), {{"note", "By B"}})});
    // A late value from someone who saw only the original joins the open conflict (and loses).
    store.push(b, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "By C"}}, school.taId,
                                      hlc(t + 2500, b.deviceId), {{"note", "Original"}})});
    changes = store.pullAll(a);
    found = conflictsOf(changes);
    REQUIRE(found.size() == 1);
    CHECK(valuesOf(found.first()).size() == 4); // By A, By B, then the held "Agreed wording" and "By C"
    CHECK(fold(changes, QStringLiteral("evidence_item"), item).value(QLatin1String("note")).toString() ==
          QLatin1String("Agreed wording"));

    // Resolving it is an ordinary upsert of resolved = true.
    const QString conflictId = found.first().value(QLatin1String("id")).toString();
    CHECK(store
              .push(a, QJsonArray{mutation(QStringLiteral("conflict"), conflictId, {{"resolved", 1}},
                                           school.sltId, hlc(nowMs() + 5000, a.deviceId), {{"resolved", 0}})})
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
    changes = store.pullAll(b);
    CHECK(fold(changes, QStringLiteral("conflict"), conflictId).value(QLatin1String("resolved")).toInt() ==
          1);

    // With that conflict closed, a new clash on the same field opens a new record.
    store.push(b, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Another view"}},
                                      school.taId, hlc(nowMs() + 6000, b.deviceId), {{"note", "By B"}})});
    CHECK(conflictsOf(store.pullAll(b)).size() == 2);
}

STORE_TEST_CASE(existenceByHlc,
                "Deletes and re-inserts are ordered by HLC, and an edit never brings a deleted row back",
                "[server][merge]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet a = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet b = store.enrol(school.id, QStringLiteral("Ash iPad"));
    const qint64 t = nowMs();
    const QString item = newUuid();
    const QJsonObject whole = evidenceFields(school.id, school.taId, QStringLiteral("Original"));

    // A change that would create a row must carry the whole row.
    const QJsonObject partial =
        store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                          {{"note", "Just a note"}}, school.taId, hlc(t, a.deviceId))});
    REQUIRE(partial.value(QLatin1String("rejected")).toArray().size() == 1);
    CHECK(partial.value(QLatin1String("rejected"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("error"))
              .toString() == QLatin1String("invalid_mutation"));

    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item, whole, school.taId,
                                      hlc(t + 1000, a.deviceId))});
    // A delete stamped before the insert (made on a tablet that had an older copy) is ignored.
    store.push(b, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {}, school.taId,
                                      hlc(t + 500, b.deviceId), {}, QStringLiteral("delete"))});
    CHECK(fold(store.pullAll(a), QStringLiteral("evidence_item"), item)
              .value(QLatin1String("note"))
              .toString() == QLatin1String("Original"));

    // A later delete removes it, and an edit from a tablet that had not seen the delete (even a
    // later one) leaves it deleted.
    store.push(b, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {}, school.taId,
                                      hlc(t + 2000, b.deviceId), {}, QStringLiteral("delete"))});
    const QJsonObject edit =
        store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Edited"}},
                                          school.taId, hlc(t + 3000, a.deviceId), {{"note", "Original"}})});
    CHECK(edit.value(QLatin1String("applied")).toArray().size() == 1);
    QList<QJsonObject> changes = store.pullAll(a);
    CHECK(fold(changes, QStringLiteral("evidence_item"), item).isEmpty());
    // (The store's own entry in its list of deleted evidence may follow; the item's last change is
    // its delete.)
    QJsonObject lastOfItem;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("evidence_item") &&
            c.value(QLatin1String("entity_id")).toString() == item)
            lastOfItem = c;
    CHECK(lastOfItem.value(QLatin1String("op")).toString() == QLatin1String("delete"));

    // A whole row stamped after the delete brings it back (a link made again).
    QJsonObject again = whole;
    again.insert(QStringLiteral("note"), QStringLiteral("Again"));
    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item, again, school.taId,
                                      hlc(t + 4000, a.deviceId))});
    CHECK(fold(store.pullAll(b), QStringLiteral("evidence_item"), item)
              .value(QLatin1String("note"))
              .toString() == QLatin1String("Again"));
}

STORE_TEST_CASE(oneBatchAsOneByOne,
                "Many changes to one record in one push end as the same changes pushed one at a time",
                "[server][merge]")
{
    // The store reads a push's records and clocks once and writes them at its end (RecordStore's
    // batch): within the push, each change must still see the ones before it.
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet a = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const qint64 t = nowMs();
    const QJsonObject whole = evidenceFields(school.id, school.taId, QStringLiteral("Original"));
    const auto changesTo = [&](const QString &item) {
        const QString evidence = QStringLiteral("evidence_item");
        QJsonObject again = whole;
        again.insert(QStringLiteral("note"), QStringLiteral("Again"));
        return QList<QJsonObject>{
            mutation(evidence, item, whole, school.taId, hlc(t, a.deviceId)),
            mutation(evidence, item, {{"note", "By A"}}, school.taId, hlc(t + 1000, a.deviceId),
                     {{"note", "Original"}}),
            // A clash (a conflict record), and a late value that joins it and loses.
            mutation(evidence, item, {{"note", "By B"}}, school.teacherId, hlc(t + 2000, a.deviceId),
                     {{"note", "Original"}}),
            mutation(evidence, item, {{"note", "By C"}}, school.taId, hlc(t + 1500, a.deviceId),
                     {{"note", "Original"}}),
            mutation(evidence, item, {{"setting", "café"}}, school.teacherId, hlc(t + 2500, a.deviceId)),
            // Deleted, edited while deleted (stays deleted), made again, edited again.
            mutation(evidence, item, {}, school.taId, hlc(t + 3000, a.deviceId), {},
                     QStringLiteral("delete")),
            mutation(evidence, item, {{"note", "Edited"}}, school.taId, hlc(t + 3500, a.deviceId),
                     {{"note", "By B"}}),
            mutation(evidence, item, again, school.taId, hlc(t + 4000, a.deviceId)),
            mutation(evidence, item, {{"note", "Later"}}, school.teacherId, hlc(t + 5000, a.deviceId),
                     {{"note", "Again"}}),
            mutation(evidence, item, {{"note", "Older"}}, school.taId, hlc(t + 4500, a.deviceId),
                     {{"note", "Again"}}),
        };
    };
    const QString together = newUuid();
    const QString apart = newUuid();
    const QJsonObject pushed = store.push(a, array(changesTo(together)));
    CHECK(pushed.value(QLatin1String("applied")).toArray().size() == 10);
    for (const QJsonObject &m : changesTo(apart))
        CHECK(store.push(a, QJsonArray{m}).value(QLatin1String("applied")).toArray().size() == 1);

    const QList<QJsonObject> changes = store.pullAll(a);
    const auto feedOf = [&](const QString &item) {
        QStringList feed;
        for (const QJsonObject &c : changes)
            if (c.value(QLatin1String("entity")).toString() == QLatin1String("evidence_item") &&
                c.value(QLatin1String("entity_id")).toString() == item)
                feed << c.value(QLatin1String("op")).toString() +
                            QString::fromUtf8(QJsonDocument(c.value(QLatin1String("fields")).toObject())
                                                  .toJson(QJsonDocument::Compact));
            else if (c.value(QLatin1String("entity")).toString() == QLatin1String("conflict") &&
                     c.value(QLatin1String("fields"))
                             .toObject()
                             .value(QLatin1String("entity_id"))
                             .toString() == item)
                feed << QStringLiteral("conflict");
        return feed;
    };
    const QStringList feed = feedOf(together);
    CHECK(feed.contains(QStringLiteral("conflict")));
    CHECK(feed.join(QLatin1Char('\n')).toStdString() == feedOf(apart).join(QLatin1Char('\n')).toStdString());
    const QJsonObject held = fold(changes, QStringLiteral("evidence_item"), together);
    CHECK(held.value(QLatin1String("note")).toString() == QLatin1String("Later"));
    CHECK(held.value(QLatin1String("setting")).toString() == QLatin1String("classroom")); // made again
    CHECK(QJsonDocument(held).toJson().toStdString() ==
          QJsonDocument(fold(changes, QStringLiteral("evidence_item"), apart)).toJson().toStdString());

    // The same clocks, field by field, and the same row and conflict as held by the store.
    const auto storedOf = [&](const QString &item) {
        QList<QVariantMap> rows = store.onDatabase(
            QStringLiteral("SELECT field, hlc, device_id, author_staff_id FROM sync_field_clock"
                           " WHERE entity = 'evidence_item' AND entity_id = ? ORDER BY field"),
            {item});
        rows += store.onDatabase(
            QStringLiteral("SELECT fields, deleted, deleted_hlc, created_hlc FROM sync_record"
                           " WHERE entity = 'evidence_item' AND entity_id = ?"),
            {item});
        for (QVariantMap &conflict :
             store.onDatabase(QStringLiteral("SELECT r.fields FROM conflict_index c JOIN sync_record r"
                                             " ON r.entity = 'conflict' AND r.entity_id = c.conflict_id"
                                             " WHERE c.entity_id = ? ORDER BY c.field"),
                              {item})) {
            QJsonObject fields =
                QJsonDocument::fromJson(conflict.value(QStringLiteral("fields")).toString().toUtf8())
                    .object();
            fields.remove(QStringLiteral("entity_id"));
            fields.remove(QStringLiteral("created_at"));
            QJsonArray values;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(fields.value(QLatin1String("values")).toString().toUtf8()).array())
                values.append(v.toObject().value(QLatin1String("value")));
            fields.insert(QStringLiteral("values"), values);
            rows << fields.toVariantMap();
        }
        QJsonArray all;
        for (const QVariantMap &row : rows)
            all.append(QJsonObject::fromVariantMap(row));
        return all;
    };
    const QJsonArray stored = storedOf(together);
    // The record made again holds one clock of its own (FieldClock::rowClock) and one for the note
    // a later change won; then the row and its conflicts.
    REQUIRE(stored.size() > 3);
    CHECK(stored.at(0).toObject().value(QLatin1String("field")).toString() == QLatin1String("*"));
    CHECK(stored.at(1).toObject().value(QLatin1String("field")).toString() == QLatin1String("note"));
    CHECK(stored.at(2).toObject().value(QLatin1String("field")).toString().isEmpty());
    CHECK(QJsonDocument(stored).toJson().toStdString() ==
          QJsonDocument(storedOf(apart)).toJson().toStdString());
}

STORE_TEST_CASE(rowClock,
                "A new record is written with one clock of its own; a field gets its own once a later "
                "change wins it, and an older change loses to the record's",
                "[server][merge]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet a = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const qint64 t = nowMs();
    const QString item = newUuid();
    const QString evidence = QStringLiteral("evidence_item");
    const auto clocks = [&] {
        QStringList list;
        for (const QVariantMap &row : store.onDatabase(
                 QStringLiteral("SELECT field, hlc FROM sync_field_clock WHERE entity = 'evidence_item' AND"
                                " entity_id = ? ORDER BY field"),
                 {item}))
            list << row.value(QStringLiteral("field")).toString() + QLatin1Char('@') +
                        row.value(QStringLiteral("hlc")).toString();
        return list;
    };
    const auto fields = [&] {
        const QList<QVariantMap> rows = store.onDatabase(
            QStringLiteral("SELECT fields FROM sync_record WHERE entity = 'evidence_item' AND entity_id = ?"),
            {item});
        REQUIRE(rows.size() == 1);
        return QJsonDocument::fromJson(rows.first().value(QStringLiteral("fields")).toString().toUtf8())
            .object();
    };
    const auto applied = [&](const QJsonObject &m) {
        return store.push(a, QJsonArray{m}).value(QLatin1String("applied")).toArray().size() == 1;
    };

    const QString made = hlc(t, a.deviceId);
    REQUIRE(
        applied(mutation(evidence, item, evidenceFields(school.id, school.taId, QStringLiteral("Original")),
                         school.taId, made)));
    CHECK(clocks() == QStringList{QStringLiteral("*@") + made});

    const QString later = hlc(t + 1000, a.deviceId);
    REQUIRE(applied(mutation(evidence, item, {{"setting", "café"}}, school.taId, later)));
    CHECK(clocks() == QStringList{QStringLiteral("*@") + made, QStringLiteral("setting@") + later});

    // Stamped before the record was made: the note's clock is the record's, and it holds.
    REQUIRE(applied(mutation(evidence, item, {{"note", "Older"}}, school.taId, hlc(t - 500, a.deviceId))));
    CHECK(fields().value(QLatin1String("note")).toString() == QLatin1String("Original"));
    CHECK(clocks().size() == 2);

    const QString newest = hlc(t + 2000, a.deviceId);
    REQUIRE(applied(mutation(evidence, item, {{"note", "Newer"}}, school.taId, newest)));
    CHECK(fields().value(QLatin1String("note")).toString() == QLatin1String("Newer"));
    CHECK(fields().value(QLatin1String("setting")).toString() == QStringLiteral("café"));
    CHECK(clocks() == QStringList{QStringLiteral("*@") + made, QStringLiteral("note@") + newest,
                                  QStringLiteral("setting@") + later});
}
