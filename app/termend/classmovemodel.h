#pragma once

#include "../models/sessionlistmodel.h"

#include "termend/classmove.h"

#include <QHash>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The year-end class move for SLT and the office (core/termend/classmove.h): each pupil on roll,
// by their class now, with where they go (next class, a year up) or that they leave; SLT's own
// choice for any pupil; each class's next class ("Oak moves up to Willow"); and Apply, which moves
// them all at once.
class ClassMoveModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool allowed READ allowed NOTIFY countChanged) // SLT or the office signed in
    Q_PROPERTY(QString termName READ termName NOTIFY countChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY countChanged)
    // "20 pupils move up a year, 4 leave at the end of Summer 2027 (21 July)."
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)
    // The move may be made today: the term's final week or after, before the next term.
    Q_PROPERTY(bool canApply READ canApply NOTIFY countChanged)
    // "The move can be made from Monday 19 July, the last week of term."
    Q_PROPERTY(QString opensText READ opensText NOTIFY countChanged)
    // Where a pupil may be sent: every class, then leaving ("" for its id): [{ classId, name }].
    Q_PROPERTY(QVariantList destinationChoices READ destinationChoices NOTIFY countChanged)
    // Each class and where it moves up to: [{ classId, name, nextClassId, nextClassName }].
    Q_PROPERTY(QVariantList classLinks READ classLinks NOTIFY countChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultChanged)

public:
    enum Role {
        PupilIdRole = Qt::UserRole + 1,
        PupilNameRole,
        SectionRole,     // the class they are in now: "Oak"
        FromYearRole,    // "Year 4"
        ToClassIdRole,   // "" when they leave
        DestinationRole, // "Willow, Year 5" or "Leaves at the end of term"
        LeavesRole,
        ChosenBySltRole,
        NoteRole,
    };
    Q_ENUM(Role)

    explicit ClassMoveModel(QObject *parent = nullptr);

    bool allowed() const { return m_allowed; }
    QString termName() const { return m_preview.term.name; }
    QString problem() const { return m_preview.problem; }
    QString summary() const;
    bool canApply() const;
    QString opensText() const;
    QVariantList destinationChoices() const;
    // What a class may move up to: "no next class" ("" for its id), then every other class.
    Q_INVOKABLE QVariantList nextClassChoices(const QString &classId) const;
    QVariantList classLinks() const { return m_classLinks; }
    QString resultText() const { return m_resultText; }
    const ClassMovePreview &preview() const { return m_preview; }

    // One pupil's destination: a class id, or "" for leaving at the end of term.
    Q_INVOKABLE void setDestination(const QString &pupilId, const QString &classId);
    // Where a class's pupils go each year ("" for nowhere: they stay, pupil by pupil), saved.
    Q_INVOKABLE bool setNextClass(const QString &classId, const QString &nextClassId);
    // Moves everyone as previewed; resultText says what was done.
    Q_INVOKABLE bool apply();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void resultChanged();

protected:
    void refill() override;

private:
    bool m_allowed = false;
    ClassMovePreview m_preview;
    QVariantList m_classLinks;
    QHash<QString, QString> m_chosen; // pupil id -> class id ("" = leaves), SLT's choices
    QString m_resultText;
};

} // namespace Stride
