#pragma once

#include "evidencetags.h"
#include "mediafiles.h"
#include "session.h"

#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// One piece of evidence on its own page: what it is, who captured it and when, its media to look
// at or play, its tags to edit (Store::save, which keeps the change log) and its history: who
// changed what, when, and what it was before, read back from that change log. The tags are
// EvidenceTags', as a new capture's are (CaptureController), so the same form edits both.
class EvidenceDetail : public Stride::EvidenceTags
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY sessionChanged)
    Q_PROPERTY(QString evidenceId READ evidenceId WRITE setEvidenceId NOTIFY evidenceIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY itemChanged)
    Q_PROPERTY(Stride::EvidenceKind kind READ kind NOTIFY itemChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY itemChanged)
    Q_PROPERTY(bool needsMedia READ needsMedia NOTIFY itemChanged)
    Q_PROPERTY(QString capturedText READ capturedText NOTIFY itemChanged)
    Q_PROPERTY(QString byText READ byText NOTIFY itemChanged)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY itemChanged)
    Q_PROPERTY(QUrl playbackUrl READ playbackUrl NOTIFY itemChanged)
    Q_PROPERTY(QUrl thumbnailUrl READ thumbnailUrl NOTIFY itemChanged)
    Q_PROPERTY(QString mediaText READ mediaText NOTIFY itemChanged)
    Q_PROPERTY(bool mediaMissing READ mediaMissing NOTIFY itemChanged)
    Q_PROPERTY(QString originalSha READ originalSha NOTIFY itemChanged)
    // Whether the signed-in person may delete it (EvidenceDeleteRule): only they are offered Delete.
    Q_PROPERTY(bool canDelete READ canDelete NOTIFY itemChanged)

    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
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
    EvidenceKind kind() const { return m_item.kind; }
    QString kindLabel() const { return toLabel(m_item.kind); }
    bool needsMedia() const { return m_item.kind != EvidenceKind::Written; }
    QString capturedText() const;
    QString byText() const { return m_byText; }
    QUrl imageUrl() const;
    QUrl playbackUrl() const;
    QUrl thumbnailUrl() const;
    QString mediaText() const;
    bool mediaMissing() const;
    QString originalSha() const;
    bool canDelete() const { return m_found && m_canDelete; }

    bool dirty() const { return m_found && !(m_item == m_saved); }
    // Newest first: { whenText, byText, heading, lines: ["Note: was “…”, now “…”"] }.
    QVariantList history() const { return m_history; }

    Q_INVOKABLE bool save();
    Q_INVOKABLE void revert();
    // Deletes the item (a tombstone, so other tablets delete it too).
    Q_INVOKABLE bool remove();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void evidenceIdChanged();
    void itemChanged();
    void dirtyChanged();
    void historyChanged();
    void removed();

protected:
    EvidenceItem &taggedItem() override { return m_item; }
    const EvidenceItem &taggedItem() const override { return m_item; }
    void tagsEdited() override { edited(); }

private:
    void edited();
    void rebuildHistory();

    QPointer<Session> m_session;
    QPointer<MediaFiles> m_media;
    QString m_evidenceId;
    QString m_openingRecorded; // "evidence id/staff id" of the opening last noted for the audit log
    bool m_found = false;
    bool m_canDelete = false;
    EvidenceItem m_item;  // as edited
    EvidenceItem m_saved; // as in the store
    QString m_byText;
    QVariantList m_history;
};

} // namespace Stride
