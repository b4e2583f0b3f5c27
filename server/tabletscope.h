#pragma once

#include "devices.h"
#include "recordstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Stride::Server {

// What one tablet may hold, decided from the store's current rows (docs/sync.md, "Scope"). A
// tablet of the whole school sees everything. A class tablet sees the school-wide rows (the
// school, its terms, areas, classes, staff and who works in which class), its classes' pupils with
// everything that hangs off them, and, for a moderation form that names one of its classes' staff
// as moderator, what that form needs: the pupil's record, the target (with the ilp it belongs to
// and the targets it follows), its judgements and the evidence attached to it. Evidence is seen
// when one of its pupils is, but its pupil and target links only for the pupils seen, so a group
// photo never names another class's pupil. Built once per request; reads every live row of the
// school except the evidence items themselves.
class TabletScope
{
public:
    // What the store believes a tablet holds of one pupil: "class" (all of their records),
    // "forms:<ids>" (what those moderation forms need), or "evicted" (nothing).
    static QString classExtent() { return QStringLiteral("class"); }
    static QString evictedExtent() { return QStringLiteral("evicted"); }

    TabletScope(RecordStore &records, const Device &device, const DeviceScope &scope);

    bool wholeSchool() const { return m_wholeSchool; }
    // Whether the current row `entity`/`id` is one this tablet may receive. A row the store no
    // longer holds (deleted since) is not.
    bool sees(const QString &entity, const QString &id) const;
    // The pupils this tablet may hold now, each with its extent.
    const QHash<QString, QString> &extents() const { return m_extent; }
    // The rows of `pupilId` this tablet may hold, parents before the rows that name them, for a
    // snapshot.
    QList<QPair<QString, QString>> rowsOf(const QString &pupilId) const;
    // The evidence item of a new pupil or form link, with its recordings and the links this tablet
    // sees: what a link needs when its item was recorded before the tablet could see it.
    QList<QPair<QString, QString>> evidenceRows(const QString &evidenceId) const;
    // Whether a recording this tablet may see names the file.
    bool seesMedia(const QString &sha256) const { return m_wholeSchool || m_media.contains(sha256); }
    // The fields the store holds for a row read here (empty for an evidence item: read it).
    QJsonObject fieldsOf(const QString &entity, const QString &id) const;

    static bool isSchoolWide(const QString &entity);

    // Whether the device may fetch the bytes of the file with this SHA-256: a tablet of the whole
    // school, or one that sees a recording naming it. The common case (a photo of one of its
    // classes' pupils) is answered from that file's rows alone; anything else builds the whole
    // scope.
    static bool mayFetchMedia(const Device &device, const QString &sha256);
    // Whether the device may be told the store has the file (HEAD, Stride-Media-Present): one that
    // may fetch it, or the tablet that uploaded it, so that it can confirm its own upload of a
    // pupil it no longer serves. Never the bytes: a tablet given fewer classes, or whose pupil
    // moved on, does not get back the photos it once sent.
    static bool maySeeMedia(const Device &device, const QString &sha256);
    // The tablet uploaded this file itself (kept in device_blob).
    static void noteUploaded(const QString &deviceId, const QString &sha256);

private:
    void add(const QString &pupilId, const QString &entity, const QString &id);
    void addEvidence(const QString &pupilId, const QString &evidenceId);
    void addTarget(const QString &pupilId, const QString &targetId);
    QString field(const QString &entity, const QString &id, const QString &name) const;

    bool m_wholeSchool = true;
    QHash<QString, QHash<QString, QJsonObject>> m_rows; // entity -> id -> fields (live rows read)
    QSet<QString> m_visible;                            // "entity/id"
    QHash<QString, QList<QPair<QString, QString>>> m_rowsByPupil;
    QHash<QString, QSet<QString>> m_listed; // pupil -> "entity/id" already in m_rowsByPupil
    QHash<QString, QString> m_extent;
    QSet<QString> m_media;
    QHash<QString, QStringList> m_children; // "entity.field=value" -> ids of the rows holding it
};

} // namespace Stride::Server
