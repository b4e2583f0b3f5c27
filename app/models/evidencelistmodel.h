#pragma once

#include "../mediafiles.h"
#include "sessionlistmodel.h"

#include "domain/evidenceitem.h"
#include "store/evidencefilter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// A pupil's evidence timeline, or one target's evidence, newest first, narrowed by target, kind,
// prompt level and dates (Store::evidence with an EvidenceFilter). Read a page at a time: the
// list asks for more (fetchMore) as it is scrolled, so a pupil with years of evidence opens at
// once.
class EvidenceListModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY mediaChanged)
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY filterChanged)
    Q_PROPERTY(QString targetId READ targetId WRITE setTargetId NOTIFY filterChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString promptLevel READ promptLevel WRITE setPromptLevel NOTIFY filterChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)

public:
    enum Role {
        EvidenceIdRole = Qt::UserRole + 1,
        KindRole,
        KindTextRole,
        WhenTextRole,
        DayTextRole,
        ByTextRole,
        NoteRole,
        PromptTextRole,
        SettingTextRole,
        MeasureRole,
        LearnerVoiceRole,
        PupilsTextRole,
        TargetsTextRole,
        ThumbnailUrlRole,
        DurationTextRole,
        VisibilityRole,
        VisibilityTextRole,
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 30;

    explicit EvidenceListModel(QObject *parent = nullptr);

    MediaFiles *media() const { return m_media; }
    void setMedia(MediaFiles *media);
    QString pupilId() const { return m_filter.pupilId; }
    void setPupilId(const QString &id);
    QString targetId() const { return m_filter.targetId; }
    void setTargetId(const QString &id);
    QString kind() const;
    void setKind(const QString &key);
    QString promptLevel() const;
    void setPromptLevel(const QString &key);
    QString fromDate() const;
    void setFromDate(const QString &isoDate);
    QString toDate() const;
    void setToDate(const QString &isoDate);
    bool filtered() const;
    bool loaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The evidence id of a row (tests and the self-test pick items by position).
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE void clearFilters();

signals:
    void mediaChanged();
    void filterChanged();

protected:
    void refill() override;

private:
    struct Row
    {
        EvidenceItem item;
        QString byText;
        QString pupilsText;
        QString targetsText;
        QUrl thumbnail;
    };
    Row rowFor(const EvidenceItem &item);
    QList<EvidenceItem> readPage(const QDateTime &before) const;
    void filterUpdated();
    void mediaArrived();

    QPointer<MediaFiles> m_media;
    EvidenceFilter m_filter;
    QList<Row> m_rows;
    bool m_more = false;
    bool m_loaded = false;
    QHash<QString, QString> m_staffNames;
    QHash<QString, QString> m_pupilNames;
    QHash<QString, QString> m_areaNames; // target id -> area name
};

} // namespace Stride
