#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Stride {

// Reads one HTTP/1.1 response from bytes as they arrive off a socket, in pieces of any size: the
// status line, the headers, then a body framed by Content-Length, by chunked transfer coding, or
// by the server closing the connection. For HttpChannel, which talks to the school's store
// itself; everything else goes through QNetworkAccessManager.
//
// The store's answers are small (a JSON error at most), so a response larger than the limit is
// refused as malformed rather than held: a hostile or broken server cannot fill the tablet's memory.
class HttpResponseParser
{
public:
    enum class State {
        StatusLine,
        Headers,
        Body,         // Content-Length bytes
        ChunkSize,    // chunked: a size line
        ChunkData,    // chunked: the bytes of one chunk
        ChunkDataEnd, // chunked: the CRLF after them
        Trailers,     // chunked: trailer lines up to an empty one
        UntilClose,   // no length given: the body ends when the connection does
        Complete,
        Failed,
    };

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

    // A response to HEAD has headers that describe a body it does not carry.
    explicit HttpResponseParser(bool headRequest = false) : m_headRequest(headRequest) {}

    // Takes bytes off the connection; returns how many belong to this response (the rest, if
    // any, would be the start of something else). Stops at Complete or Failed.
    qsizetype feed(const char *data, qsizetype length);
    // The server closed the connection: completes a body that runs until close; anything else
    // that was not finished is a truncated response.
    void connectionClosed();

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    bool hasStarted() const { return m_started; }
    QString error() const { return m_error; }

    int status() const { return m_status; }
    const QHash<QByteArray, QByteArray> &headers() const { return m_headers; } // names in lower case
    const QByteArray &body() const { return m_body; }
    // The server will (or did) close the connection after this response, so it cannot be reused.
    bool closesConnection() const { return m_closes; }

private:
    bool takeLine(const char *&data, qsizetype &left, QByteArray &line);
    void parseStatusLine(const QByteArray &line);
    void parseHeaderLine(const QByteArray &line);
    void headersDone();
    void parseChunkSize(const QByteArray &line);
    void appendBody(const char *data, qsizetype length);
    void fail(const QString &why);

    bool m_headRequest = false;
    bool m_started = false;
    State m_state = State::StatusLine;
    QString m_error;
    QByteArray m_line; // a line not yet ended
    qint64 m_headerBytes = 0;
    int m_status = 0;
    bool m_http10 = false;
    bool m_closes = false;
    QHash<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0; // of the body or of the current chunk
};

} // namespace Stride
