#pragma once

#include "../models/sessionlistmodel.h"

#include "termend/dueitems.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// What is due soon for the person signed in, at the top of their home page (core/termend/
// dueitems.h): a line each, worded from the term's stage dates and counted from the store, and
// where to go to do it. Empty outside the weeks anything is due, and for anyone with nothing due.
class DueItemsModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Senior leaders carry the agreed targets into next term's ILPs; they and the office make
    // the year-end class move. The home page links to both for them.
    Q_PROPERTY(bool mayRollOver READ mayRollOver NOTIFY countChanged)
    Q_PROPERTY(bool mayMoveClasses READ mayMoveClasses NOTIFY countChanged)

public:
    enum Role {
        LineRole = Qt::UserRole + 1, // "Assessment week ends Friday: 17 of 32 targets judged"
        // Where the work is: "assessment", "moderation", "ilpDocuments", "provisionMaps",
        // "parentReplies", "rollover" or "classMove".
        KindRole,
        DoneRole, // nothing left to do: said, so the person knows it is in hand
    };
    Q_ENUM(Role)

    explicit DueItemsModel(QObject *parent = nullptr);

    bool mayRollOver() const { return m_mayRollOver; }
    bool mayMoveClasses() const { return m_mayMoveClasses; }
    const QList<DueItem> &items() const { return m_items; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refill() override;

private:
    QList<DueItem> m_items;
    bool m_mayRollOver = false;
    bool m_mayMoveClasses = false;
};

} // namespace Stride
