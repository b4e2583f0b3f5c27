#include "untranslatedtext.h"

#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace Stride {

namespace {

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

bool isWordChar(const QString &text, qsizetype at)
{
    return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber();
}

// The text with every ⟦…⟧ part (nested ones too: a translated sentence with a translated
// argument reads ⟦Photo ⟦saved⟧ for Alfie⟧) taken out.
QString outsideBrackets(const QString &text)
{
    QString rest;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QChar(0x27E6))
            ++depth;
        else if (c == QChar(0x27E7))
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            rest += c;
    }
    return rest;
}

// Where the item was written: the nearest QML file of the Stride module among it and its parents
// (a Button's label is made inside the style's Button.qml; the page that used it is more use).
QString writtenIn(QQuickItem *item)
{
    for (QQuickItem *at = item; at; at = at->parentItem()) {
        if (const QQmlContext *context = QQmlEngine::contextForObject(at)) {
            const QString url = context->baseUrl().toString();
            if (url.contains(QLatin1String("/Stride/")))
                return url.section(QLatin1Char('/'), -1);
        }
    }
    return QStringLiteral("(no QML file)");
}

} // namespace

UntranslatedText::UntranslatedText(QSqlDatabase store) : m_store(std::move(store)) {}

void UntranslatedText::addData(const QString &text)
{
    m_typed << text;
}

void UntranslatedText::readStore()
{
    QSet<QString> values(m_typed.cbegin(), m_typed.cend());
    const QStringList tables = m_store.tables(QSql::Tables);
    for (const QString &table : tables) {
        QSqlQuery query(m_store);
        if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue;
        while (query.next()) {
            const QSqlRecord row = query.record();
            for (int i = 0; i < row.count(); ++i) {
                const QVariant value = row.value(i);
                if (value.typeId() != QMetaType::QString)
                    continue;
                const QString text = value.toString().trimmed();
                if (text.size() >= 2 && text.size() <= 4000 && hasLetter(text))
                    values.insert(text);
            }
        }
    }
    // Dates are worded by QLocale, for the app's locale and the UK forms some pages use.
    for (const QLocale &locale : {QLocale(), QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
        for (int i = 1; i <= 12; ++i)
            for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                values.insert(locale.monthName(i, format));
                values.insert(locale.standaloneMonthName(i, format));
                if (i <= 7) {
                    values.insert(locale.dayName(i, format));
                    values.insert(locale.standaloneDayName(i, format));
                }
            }
    }
    m_data = QStringList(values.cbegin(), values.cend());
    std::sort(m_data.begin(), m_data.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool UntranslatedText::isUntranslated(const QString &text) const
{
    QString rest = outsideBrackets(text);
    if (!hasLetter(rest))
        return false;
    for (const QString &value : m_data) {
        qsizetype at = 0;
        while ((at = rest.indexOf(value, at)) >= 0) {
            if (isWordChar(rest, at - 1) || isWordChar(rest, at + value.size())) {
                ++at;
                continue;
            }
            rest.replace(at, value.size(), QLatin1Char(' '));
        }
        if (!hasLetter(rest))
            return false;
    }
    return true;
}

QStringList UntranslatedText::findIn(QQuickItem *root)
{
    readStore(); // the store changes between pages: the self-test saves evidence
    QStringList found;
    walk(root, found);
    found.removeDuplicates();
    return found;
}

void UntranslatedText::walk(QQuickItem *item, QStringList &found) const
{
    if (!item || !item->isVisible() || qFuzzyIsNull(item->opacity()))
        return;
    // Text, Label, a button's label, a field's placeholder: every text Qt Quick draws is a
    // QQuickText. What is typed into a field (QQuickTextInput, QQuickTextEdit) is the user's.
    if (item->inherits("QQuickText") && !item->property("showsData").toBool()) {
        const QString text = item->property("text").toString();
        if (isUntranslated(text))
            found << QStringLiteral("%1: \"%2\"").arg(writtenIn(item), text);
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, found);
}

} // namespace Stride
