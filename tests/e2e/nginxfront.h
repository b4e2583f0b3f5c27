#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Stride::E2e {

// nginx as a trust runs it in front of several store processes (docs/operations.md, "Several store
// processes"): a throwaway, unprivileged instance with its own prefix, configuration, logs and
// temporary files in a temporary directory, nothing under /etc or /var, in the foreground
// (`daemon off`) as a child of the test, balancing round-robin over the stores' ports.
class NginxFront
{
public:
    // STRIDE_TEST_NGINX, else nginx on PATH or in /usr/sbin; empty when there is none.
    static QString executable();

    NginxFront();
    ~NginxFront();
    NginxFront(const NginxFront &) = delete;
    NginxFront &operator=(const NginxFront &) = delete;

    // Writes the configuration for `upstreams` (loopback ports) and starts nginx on `port` (0: a
    // free one). Fails the test, with nginx's error log, if it does not listen.
    void start(quint16 port, const QList<quint16> &upstreams);
    void stop(); // SIGQUIT (finish what is in flight), then wait; SIGKILL if that takes too long
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    QString configuration() const; // the nginx.conf it runs with
    QString errorLog() const;

    // The store process (by port) that answered each request, in order, from the access log; a
    // request nginx passed from one to the next counts for the one that answered.
    QList<quint16> answeredBy() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Stride::E2e
