#include "httpresponseparser.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace Stride {

namespace {

// Gives this file's sentences one context ("HttpResponseParser") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
};

} // namespace

namespace {

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

qsizetype HttpResponseParser::feed(const char *data, qsizetype length)
{
    const char *const start = data;
    qsizetype left = length;
    if (left > 0)
        m_started = true;
    while (left > 0 && m_state != State::Complete && m_state != State::Failed) {
        QByteArray line;
        switch (m_state) {
        case State::StatusLine:
            if (takeLine(data, left, line))
                parseStatusLine(line);
            break;
        case State::Headers:
            if (takeLine(data, left, line)) {
                if (line.isEmpty())
                    headersDone();
                else
                    parseHeaderLine(line);
            }
            break;
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, left));
            appendBody(data, n);
            data += n;
            left -= n;
            m_remaining -= n;
            if (m_remaining == 0 && m_state != State::Failed)
                m_state = m_state == State::Body ? State::Complete : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
            if (takeLine(data, left, line))
                parseChunkSize(line);
            break;
        case State::ChunkDataEnd:
            if (takeLine(data, left, line)) {
                if (line.isEmpty())
                    m_state = State::ChunkSize;
                else
                    fail(Words::tr("a chunk of the answer was longer than it said"));
            }
            break;
        case State::Trailers:
            if (takeLine(data, left, line) && line.isEmpty())
                m_state = State::Complete;
            break;
        case State::UntilClose:
            appendBody(data, left);
            data += left;
            left = 0;
            break;
        case State::Complete:
        case State::Failed:
            break;
        }
    }
    return qsizetype(data - start);
}

void HttpResponseParser::connectionClosed()
{
    if (m_state == State::UntilClose)
        m_state = State::Complete;
    else if (m_state != State::Complete && m_state != State::Failed)
        fail(m_started ? Words::tr("the server closed the connection in the middle of its answer")
                       : Words::tr("the server closed the connection without answering"));
}

bool HttpResponseParser::takeLine(const char *&data, qsizetype &left, QByteArray &line)
{
    const void *newline = std::memchr(data, '\n', size_t(left));
    const qsizetype n = newline ? qsizetype(static_cast<const char *>(newline) - data) + 1 : left;
    m_headerBytes += n;
    if (m_headerBytes > kMaxHeaderBytes) {
        fail(Words::tr("the answer's headers were too long"));
        return false;
    }
    m_line.append(data, n);
    data += n;
    left -= n;
    if (!newline)
        return false;
    line = std::exchange(m_line, {});
    line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

void HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 204 No Content"
    const QList<QByteArray> parts = line.split(' ');
    const QByteArray code = parts.value(1);
    if (parts.size() < 2 || !parts[0].startsWith("HTTP/1.") || code.size() != 3 || !isDigits(code)) {
        fail(Words::tr("the answer did not start like an HTTP/1.1 answer"));
        return;
    }
    m_http10 = parts[0] == "HTTP/1.0";
    m_status = code.toInt();
    if (m_status < 100) {
        fail(Words::tr("the answer's status is not one HTTP has"));
        return;
    }
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    const int colon = line.indexOf(':');
    if (colon <= 0) {
        fail(Words::tr("one of the answer's headers was malformed"));
        return;
    }
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    const auto existing = m_headers.constFind(name);
    if (existing == m_headers.constEnd())
        m_headers.insert(name, value);
    else if (name == "content-length" && *existing != value)
        fail(Words::tr("the answer gave two different lengths"));
    else if (name != "content-length")
        m_headers.insert(name, *existing + ", " + value);
}

void HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        // An interim answer ("100 Continue"): the real one follows.
        m_headers.clear();
        m_status = 0;
        m_state = State::StatusLine;
        return;
    }
    const QByteArray connection = m_headers.value("connection").toLower();
    m_closes = connection.contains("close") || (m_http10 && !connection.contains("keep-alive"));
    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return;
    }
    if (m_headers.value("transfer-encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return;
    }
    const auto length = m_headers.constFind("content-length");
    if (length == m_headers.constEnd()) {
        m_closes = true;
        m_state = State::UntilClose;
        return;
    }
    if (!isDigits(*length) || length->size() > 18) {
        fail(Words::tr("the answer's length was not a number"));
        return;
    }
    m_remaining = length->toLongLong();
    if (m_remaining > kMaxBodyBytes) {
        fail(Words::tr("the answer was far larger than any the store sends"));
        return;
    }
    m_state = m_remaining == 0 ? State::Complete : State::Body;
}

void HttpResponseParser::parseChunkSize(const QByteArray &line)
{
    // "1a2b" or "1a2b;name=value"
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray size = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
    bool ok = false;
    const qint64 n = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
    if (!ok || n < 0) {
        fail(Words::tr("the answer's chunked body was malformed"));
        return;
    }
    m_remaining = n;
    m_state = n == 0 ? State::Trailers : State::ChunkData;
}

void HttpResponseParser::appendBody(const char *data, qsizetype length)
{
    if (m_body.size() + length > kMaxBodyBytes) {
        fail(Words::tr("the answer was far larger than any the store sends"));
        return;
    }
    m_body.append(data, length);
}

void HttpResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
}

} // namespace Stride
