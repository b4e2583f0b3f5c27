#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The pupils chosen on the class page for one piece of group evidence (several pupils in one
// photo, video, voice note or observation). Kept here rather than in the page so that what is
// chosen, and the request to record for them, are typed calls the self-test and the tests make
// as a tap would.
class GroupChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool choosing READ choosing NOTIFY changed)
    // In the order they were tapped.
    Q_PROPERTY(QStringList pupilIds READ pupilIds NOTIFY changed)

public:
    explicit GroupChoice(QObject *parent = nullptr);

    bool choosing() const { return m_choosing; }
    QStringList pupilIds() const { return m_pupilIds; }

    // "Group evidence": nobody chosen yet.
    Q_INVOKABLE void start();
    // A pupil's card tapped while choosing: in if they were out, out if they were in.
    Q_INVOKABLE void toggle(const QString &pupilId);
    // "Cancel": back to the class as it was.
    Q_INVOKABLE void cancel();
    // "Record evidence": asks for a capture of everyone chosen and stops choosing; false (and
    // nothing asked) while nobody is chosen.
    Q_INVOKABLE bool record();

signals:
    void changed();
    void recordRequested(const QStringList &pupilIds);

private:
    bool m_choosing = false;
    QStringList m_pupilIds;
};

} // namespace Stride
