#pragma once

#include "../session.h"

#include <QPointer>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// Choosing a class's sample for the moderation meeting, for one kind of form: every target of the
// class this term, Stride's suggestion ticked to start with (a spread of areas and judgements, the
// target with the least evidence always in it: core/moderation/moderationsample.h), and the forms
// made for the targets ticked, filled in from what Stride holds.
class ModerationSampleChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    // "assessment" (Assessment Moderation Forms) or "targetSetting".
    Q_PROPERTY(QString formKind READ formKind WRITE setFormKind NOTIFY formKindChanged)

    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString className READ className NOTIFY changed)
    Q_PROPERTY(bool mayChoose READ mayChoose NOTIFY changed)
    // [{ targetId, pupilInitials, pupilName, areaName, targetText, statusText, evidenceText,
    // reasonsText, suggested, chosen, formMade }]: the suggestion and the forms made first, then the
    // rest, pupils in the class's order.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit ModerationSampleChooser(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    QString formKind() const { return m_formKind; }
    void setFormKind(const QString &kind);
    bool ready() const { return m_ready; }
    QString className() const { return m_className; }
    bool mayChoose() const;
    QVariantList choices() const;
    int chosenCount() const { return int(m_chosen.size()); }
    QString message() const { return m_message; }

    Q_INVOKABLE void toggle(const QString &targetId);
    // Back to Stride's suggestion.
    Q_INVOKABLE void useSuggestion();
    // Makes a form for each target ticked that has none yet. Returns how many were made (-1, with a
    // message, if none could be).
    Q_INVOKABLE int makeForms();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void classIdChanged();
    void formKindChanged();
    void changed();

private:
    bool assessment() const { return m_formKind != QLatin1String("targetSetting"); }

    struct Choice
    {
        QString targetId;
        QString pupilInitials;
        QString pupilName;
        QString areaName;
        QString targetText;
        QString statusText;
        QString evidenceText;
        QString reasonsText;
        bool suggested = false;
        bool formMade = false;
    };

    QPointer<Session> m_session;
    QString m_classId;
    QString m_formKind = QStringLiteral("assessment");
    bool m_ready = false;
    QString m_className;
    QList<Choice> m_choices;
    QSet<QString> m_chosen;
    bool m_seedFromSuggestion = true; // a new class or kind starts from Stride's suggestion
    QString m_message;
};

} // namespace Stride
