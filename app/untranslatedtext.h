#pragma once

#include <QSqlDatabase>
#include <QStringList>

class QQuickItem;

namespace Stride {

// Finds visible text that did not pass through translation, for the self-test run under the
// pseudo translation (tests/translation), in which every translated string reads ⟦…⟧.
//
// What on screen is allowed to carry no brackets is what is not the app's own wording: the
// school's data. Rather than trusting each page to say which of its texts are data, the check
// takes the data from where it lives: every text value in the store (names, targets, notes,
// settings...), every text the self-test typed, and the locale's day and month names, which
// QLocale (not tr()) puts into dates. A text passes when, after removing the bracketed parts and
// then those data values as whole words, no letter is left. So `text: "Save"` fails, and so does
// a sentence glued together from fragments ("Photo saved" + " for " + name), while "Alfie
// Brown · Year 4" passes only if "Year 4" came from tr(). An item can also say it shows data
// the store does not hold as such (initials, file names) with `property bool showsData: true`.
// The text typed into text fields is the user's, not the app's; their placeholders are checked.
class UntranslatedText
{
public:
    explicit UntranslatedText(QSqlDatabase store);

    // A text the self-test itself entered (a note typed on the capture page, say).
    void addData(const QString &text);
    // "Label \"Save\"" for each visible text under root that has letters outside ⟦…⟧ and data.
    QStringList findIn(QQuickItem *root);

private:
    void readStore();
    bool isUntranslated(const QString &text) const;
    void walk(QQuickItem *item, QStringList &found) const;

    QSqlDatabase m_store;
    QStringList m_typed;
    QStringList m_data; // longest first, so "Alfie Brown" goes before "Alfie"
};

} // namespace Stride
