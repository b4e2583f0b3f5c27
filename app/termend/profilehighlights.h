#pragma once

#include "../mediafiles.h"
#include "../session.h"

#include "documents/onepageprofile.h"
#include "domain/profilehighlight.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The picker for a pupil's one-page profile for their family (seed 004's "Unique Profiles"): the
// pupil's evidence this term to choose from (thumbnail, date, area, prompt level), up to six
// highlights chosen, each with a caption in plain words for the family and in the order they
// print, which photos will print and which go as words only and why, and a preview of the page
// itself (OnePageProfile::preview, the code the PDF is drawn with). Each change is saved at once
// through Store::save. Teachers and senior leaders choose; a TA sees the page but changes nothing.
class ProfileHighlights : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY mediaChanged)
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY pupilIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString pupilName READ pupilName NOTIFY loaded)
    Q_PROPERTY(QString heading READ heading NOTIFY loaded) // "Ruby's Autumn 2026"
    Q_PROPERTY(bool canChoose READ canChoose NOTIFY loaded)
    // Each chosen highlight in print order: { highlightId, evidenceId, caption, staffNote,
    // captionWrittenForStaff, dayText, area, kindText, thumbnailUrl, photoPrints, wordsOnlyReason }.
    Q_PROPERTY(QVariantList chosen READ chosen NOTIFY loaded)
    // The pupil's evidence this term, newest first: { evidenceId, dayText, kindText, area,
    // promptText, note, thumbnailUrl, chosen, photoPrints, wordsOnlyReason }.
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY loaded)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY loaded)
    Q_PROPERTY(int mostHighlights READ mostHighlights CONSTANT)
    Q_PROPERTY(QStringList leftOut READ leftOut NOTIFY loaded)
    // The page as the family will see it, as an image address (data:), made by makePreview().
    Q_PROPERTY(QString preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ProfileHighlights(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    MediaFiles *media() const { return m_media; }
    void setMedia(MediaFiles *media);
    QString pupilId() const { return m_pupilId; }
    void setPupilId(const QString &pupilId);

    bool found() const { return m_found; }
    QString pupilName() const { return m_pupilName; }
    QString heading() const { return m_data.heading(); }
    bool canChoose() const { return m_canChoose; }
    QVariantList chosen() const { return m_chosen; }
    QVariantList candidates() const { return m_candidates; }
    int chosenCount() const { return int(m_chosen.size()); }
    int mostHighlights() const { return OnePageProfile::kMostHighlights; }
    QStringList leftOut() const { return m_data.leftOut; }
    QString preview() const { return m_preview; }
    QString message() const { return m_message; }

    // Adds this evidence as the last highlight (its caption to write), or takes it off again.
    Q_INVOKABLE bool choose(const QString &evidenceId);
    Q_INVOKABLE bool remove(const QString &highlightId);
    // The caption in plain words for the family; an empty one prints the evidence's own note.
    Q_INVOKABLE bool setCaption(const QString &highlightId, const QString &caption);
    // One place earlier (-1) or later (+1) on the page.
    Q_INVOKABLE bool move(const QString &highlightId, int step);
    // Draws the page as it stands, `width` pixels wide.
    Q_INVOKABLE void makePreview(int width);
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void mediaChanged();
    void pupilIdChanged();
    void loaded();
    void previewChanged();
    void messageChanged();

private:
    bool refuseIfCannotChoose();
    bool saveHighlight(const ProfileHighlight &highlight);
    void setMessage(const QString &message);

    QPointer<Session> m_session;
    QPointer<MediaFiles> m_media;
    QString m_pupilId;
    QString m_termId;
    bool m_found = false;
    bool m_canChoose = false;
    QString m_pupilName;
    OnePageProfile::Data m_data;
    QList<ProfileHighlight> m_highlights;
    QVariantList m_chosen;
    QVariantList m_candidates;
    QString m_preview;
    QString m_message;
};

} // namespace Stride
