#include "rawfields.h"

#include <cstring>

namespace Stride::Server::RawFields {

namespace {

// Reads valid JSON only (QJsonDocument has read it first): it need not say why text is not JSON.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    const char *position() const { return m_p; }
    bool atEnd() const { return m_p >= m_end; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // A string's text between its quotes, and whether it held an escape (then the text is not
    // what it means, and it is not compared).
    bool readString(QByteArrayView *text, bool *escaped)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        *escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                *escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        *text = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    bool skipValue()
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        QByteArrayView ignored;
        bool escaped = false;
        switch (*m_p) {
        case '"':
            return readString(&ignored, &escaped);
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            ++m_p;
            if (take(close))
                return true;
            do {
                if (close == '}' && !(readString(&ignored, &escaped) && take(':')))
                    return false;
                if (!skipValue())
                    return false;
            } while (take(','));
            return take(close);
        }
        default:
            while (m_p < m_end && !std::strchr(",]} \t\n\r", *m_p))
                ++m_p;
            return true;
        }
    }

private:
    const char *m_p;
    const char *m_end;
};

bool isPlainText(QByteArrayView text)
{
    for (const char c : text)
        if (c < 0x20 || c > 0x7e || c == '\\' || c == '"')
            return false;
    return true;
}

// A whole number as Qt writes one it read: no sign but '-', no leading zero, no "-0", and few
// enough digits to be kept exactly.
bool isPlainInteger(QByteArrayView text)
{
    const QByteArrayView digits = text.startsWith('-') ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 15 || (digits.size() > 1 && digits.front() == '0') ||
        (text.startsWith('-') && digits == "0"))
        return false;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

bool isPlainCompactObject(QByteArrayView text)
{
    if (text == "{}")
        return true;
    if (!text.startsWith('{') || !text.endsWith('}'))
        return false;
    qsizetype i = 1;
    QByteArrayView previousKey;
    bool first = true;
    const auto quoted = [&](QByteArrayView *inside) {
        if (i >= text.size() || text.at(i) != '"')
            return false;
        const qsizetype close = text.indexOf('"', i + 1);
        if (close < 0)
            return false;
        *inside = text.sliced(i + 1, close - i - 1);
        i = close + 1;
        return isPlainText(*inside);
    };
    for (;;) {
        QByteArrayView key;
        // Keys in the order Qt keeps them (ASCII, so byte order), once each; "id" is taken out of
        // the fields when they are read (IncomingMutation::parse), so its text would differ.
        if (!quoted(&key) || (!first && !(previousKey < key)) || key == "id")
            return false;
        previousKey = key;
        first = false;
        if (i >= text.size() || text.at(i) != ':')
            return false;
        ++i;
        if (i >= text.size())
            return false;
        if (text.at(i) == '"') {
            QByteArrayView value;
            if (!quoted(&value))
                return false;
        } else {
            qsizetype end = i;
            while (end < text.size() && text.at(end) != ',' && text.at(end) != '}')
                ++end;
            const QByteArrayView literal = text.sliced(i, end - i);
            if (literal != "true" && literal != "false" && literal != "null" && !isPlainInteger(literal))
                return false;
            i = end;
        }
        if (i >= text.size())
            return false;
        if (text.at(i) == '}')
            return i == text.size() - 1;
        if (text.at(i) != ',')
            return false;
        ++i;
    }
}

QList<QByteArrayView> of(QByteArrayView body, qsizetype count)
{
    QList<QByteArrayView> fields(count);
    QList<QByteArrayView> found;
    found.reserve(count);
    Scanner s(body);
    QByteArrayView key;
    bool escaped = false;
    bool sawMutations = false;
    if (!s.take('{'))
        return fields;
    if (s.take('}'))
        return fields;
    do {
        // A key spelt with an escape could be "mutations" again: which one QJsonDocument kept is
        // then not for this reading to guess.
        if (!s.readString(&key, &escaped) || escaped || !s.take(':'))
            return fields;
        if (key != "mutations") {
            if (!s.skipValue())
                return fields;
            continue;
        }
        if (sawMutations || !s.take('['))
            return fields;
        sawMutations = true;
        if (s.take(']'))
            continue;
        do {
            QByteArrayView text;
            if (s.take('{')) {
                bool plain = true;
                int seen = 0;
                if (!s.take('}')) {
                    do {
                        if (!s.readString(&key, &escaped) || !s.take(':'))
                            return fields;
                        plain = plain && !escaped;
                        s.skipSpace();
                        const char *start = s.position();
                        if (!s.skipValue())
                            return fields;
                        if (key == "fields") {
                            ++seen;
                            text = QByteArrayView(start, s.position() - start);
                        }
                    } while (s.take(','));
                    if (!s.take('}'))
                        return fields;
                }
                if (!plain || seen != 1 || !isPlainCompactObject(text))
                    text = {};
            } else if (!s.skipValue()) {
                return fields;
            }
            found << text;
        } while (s.take(','));
        if (!s.take(']'))
            return fields;
    } while (s.take(','));
    if (!s.take('}') || found.size() != count)
        return fields;
    return found;
}

} // namespace Stride::Server::RawFields
