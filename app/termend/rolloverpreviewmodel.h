#pragma once

#include "../models/sessionlistmodel.h"

#include "termend/rollover.h"

#include <QtQml/qqmlregistration.h>

namespace Stride {

// SLT's rollover at the term's end (core/termend/rollover.h): every target of the term, grouped
// as "To make" (carried into next term's ILP by Apply), "Already there" (the class teacher carried
// it, or wrote next term's target) and "Cannot be made" (with the reason: not judged, a Replace
// still to write, judgements that disagree). Apply saves them all at once.
class RolloverPreviewModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool allowed READ allowed NOTIFY countChanged) // a senior leader is signed in
    Q_PROPERTY(QString termName READ termName NOTIFY countChanged)
    Q_PROPERTY(QString nextTermName READ nextTermName NOTIFY countChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY countChanged)
    // "12 targets to carry into Spring 2027 for 24 pupils, 4 ILPs to start; 30 already there;
    // 6 cannot be made."
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)
    Q_PROPERTY(int toMakeCount READ toMakeCount NOTIFY countChanged)
    // What the last Apply did, or why it did nothing.
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1, // "To make", "Already there", "Cannot be made"
        PupilNameRole,
        ClassNameRole,
        AreaNameRole,
        FromTextRole,   // this term's target
        TargetTextRole, // next term's, as made or as it is
        ActionTextRole, // "Continue", "Amend", "Replace", or "" with none
        ReasonRole,
        CanMakeRole,
    };
    Q_ENUM(Role)

    explicit RolloverPreviewModel(QObject *parent = nullptr);

    bool allowed() const { return m_allowed; }
    QString termName() const { return m_preview.term.name; }
    QString nextTermName() const { return m_preview.nextTerm ? m_preview.nextTerm->name : QString(); }
    QString problem() const { return m_preview.problem; }
    QString summary() const;
    int toMakeCount() const { return int(m_preview.toMake.size()); }
    QString resultText() const { return m_resultText; }
    const RolloverPreview &preview() const { return m_preview; }

    // Saves the preview (SLT only); resultText says what was done.
    Q_INVOKABLE bool apply();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void resultChanged();

protected:
    void refill() override;

private:
    struct Row
    {
        QString section;
        const RolloverLine *line = nullptr;
        bool canMake = false;
    };
    bool m_allowed = false;
    RolloverPreview m_preview;
    QList<Row> m_rows;
    QString m_resultText;
};

} // namespace Stride
