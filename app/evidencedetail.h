#pragma once

#include "mediafiles.h"
#include "session.h"

#include "domain/consentrules.h"
#include "domain/evidenceitem.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>

namespace Stride {

// One piece of evidence on its own page: what it is, who captured it and when, its media to look
// at or play, its tags to edit (Store::save, which keeps the change log) and its history: who
// changed what, when, and what it was before, read back from that change log. The tag
// properties have the same names as CaptureController's, so the same form edits both.
class EvidenceDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY sessionChanged)
    Q_PROPERTY(QString evidenceId READ evidenceId WRITE setEvidenceId NOTIFY evidenceIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY itemChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY itemChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY itemChanged)
    Q_PROPERTY(bool needsMedia READ needsMedia NOTIFY itemChanged)
    Q_PROPERTY(QString capturedText READ capturedText NOTIFY itemChanged)
    Q_PROPERTY(QString byText READ byText NOTIFY itemChanged)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY itemChanged)
    Q_PROPERTY(QUrl playbackUrl READ playbackUrl NOTIFY itemChanged)
    Q_PROPERTY(QUrl thumbnailUrl READ thumbnailUrl NOTIFY itemChanged)
    Q_PROPERTY(QString mediaText READ mediaText NOTIFY itemChanged)
    Q_PROPERTY(bool mediaMissing READ mediaMissing NOTIFY itemChanged)

    Q_PROPERTY(QVariantList pupils READ pupils NOTIFY pupilsChanged)
    Q_PROPERTY(QString pupilNames READ pupilNames NOTIFY pupilsChanged)
    Q_PROPERTY(QStringList selectedTargets READ selectedTargets NOTIFY targetsChanged)
    Q_PROPERTY(bool canShare READ canShare NOTIFY itemChanged)
    Q_PROPERTY(QString shareBlockedReason READ shareBlockedReason NOTIFY itemChanged)

    Q_PROPERTY(QString promptLevel READ promptLevel WRITE setPromptLevel NOTIFY tagsChanged)
    Q_PROPERTY(QString setting READ setting WRITE setSetting NOTIFY tagsChanged)
    Q_PROPERTY(QString peoplePresent READ peoplePresent WRITE setPeoplePresent NOTIFY tagsChanged)
    Q_PROPERTY(QString measure READ measure WRITE setMeasure NOTIFY tagsChanged)
    Q_PROPERTY(QString learnerVoice READ learnerVoice WRITE setLearnerVoice NOTIFY tagsChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY tagsChanged)
    Q_PROPERTY(QString visibility READ visibility WRITE setVisibility NOTIFY tagsChanged)

    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)

public:
    explicit EvidenceDetail(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    MediaFiles *media() const { return m_media; }
    void setMedia(MediaFiles *media);
    QString evidenceId() const { return m_evidenceId; }
    void setEvidenceId(const QString &id);

    bool found() const { return m_found; }
    QString kind() const { return toKey(m_item.kind); }
    QString kindLabel() const { return toLabel(m_item.kind); }
    bool needsMedia() const { return m_item.kind != EvidenceKind::Written; }
    QString capturedText() const;
    QString byText() const { return m_byText; }
    QUrl imageUrl() const;
    QUrl playbackUrl() const;
    QUrl thumbnailUrl() const;
    QString mediaText() const;
    bool mediaMissing() const;

    QVariantList pupils() const { return m_pupils; }
    QString pupilNames() const;
    QStringList selectedTargets() const;
    bool canShare() const { return m_consent.mostVisible == Visibility::ShareableWithParents; }
    QString shareBlockedReason() const { return m_shareBlockedReason; }

    QString promptLevel() const;
    void setPromptLevel(const QString &key);
    QString setting() const { return m_item.setting; }
    void setSetting(const QString &text);
    QString peoplePresent() const { return m_item.peoplePresent; }
    void setPeoplePresent(const QString &text);
    QString measure() const { return m_item.measure; }
    void setMeasure(const QString &text);
    QString learnerVoice() const { return m_item.learnerVoice; }
    void setLearnerVoice(const QString &text);
    QString note() const { return m_item.note; }
    void setNote(const QString &text);
    QString visibility() const { return toKey(m_item.visibility); }
    void setVisibility(const QString &key);

    bool dirty() const { return m_found && !(m_item == m_saved); }
    QString message() const { return m_message; }
    // Newest first: { whenText, byText, heading, lines: ["Note: was “…”, now “…”"] }.
    QVariantList history() const { return m_history; }

    Q_INVOKABLE void toggleTarget(const QString &pupilId, const QString &targetId);
    Q_INVOKABLE bool isTargetSelected(const QString &pupilId, const QString &targetId) const;
    Q_INVOKABLE bool save();
    Q_INVOKABLE void revert();
    // Deletes the item (a tombstone, so other tablets delete it too).
    Q_INVOKABLE bool remove();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void evidenceIdChanged();
    void itemChanged();
    void pupilsChanged();
    void targetsChanged();
    void tagsChanged();
    void dirtyChanged();
    void messageChanged();
    void historyChanged();
    void removed();

private:
    void setTag(QString EvidenceItem::*field, const QString &text);
    void edited();
    void setMessage(const QString &message);
    void rebuildHistory();

    QPointer<Session> m_session;
    QPointer<MediaFiles> m_media;
    QString m_evidenceId;
    bool m_found = false;
    EvidenceItem m_item;  // as edited
    EvidenceItem m_saved; // as in the store
    QString m_byText;
    QVariantList m_pupils;
    ConsentCheck m_consent;
    QString m_shareBlockedReason;
    QString m_message;
    QVariantList m_history;
};

} // namespace Stride
