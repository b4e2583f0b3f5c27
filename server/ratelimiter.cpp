#include "ratelimiter.h"

#include "sqlconnection.h"

#include <QSqlDriver>
#include <QSqlField>

#include <algorithm>
#include <cmath>

namespace Stride::Server {

namespace {

// The database's clock, in seconds: the same for every store process.
const char *const kNow = "EXTRACT(EPOCH FROM clock_timestamp())::DOUBLE PRECISION";

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

// A key (a device id, a client's address) as a quoted SQL text literal, escaped by the driver.
QString bucketLiteral(const std::string &key)
{
    QSqlField field(QStringLiteral("bucket"), QMetaType(QMetaType::QString));
    field.setValue(QString::fromStdString(key));
    return SqlConnection::forThisThread().driver()->formatValue(field);
}

} // namespace

RateLimiter::RateLimiter(const std::string &name, double ratePerSecond, double burst, Buckets buckets)
    : m_name(name + ":"), m_where(buckets), m_rate(std::max(ratePerSecond, 0.001)),
      m_burst(std::max(burst, 1.0)), m_lastPrune(std::chrono::steady_clock::now())
{}

RateLimiter::Bucket &RateLimiter::refilled(const std::string &key)
{
    const auto now = std::chrono::steady_clock::now();
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{m_burst, now});
    Bucket &b = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - b.updated).count();
        b.tokens = std::min(m_burst, b.tokens + elapsed * m_rate);
        b.updated = now;
    }
    return b;
}

int RateLimiter::waitSeconds(double tokens) const
{
    return std::max(1, int(std::ceil((1.0 - tokens) / m_rate)));
}

void RateLimiter::prune()
{
    // Full buckets carry no information: drop them now and then, so memory stays bounded by the
    // number of recently active keys.
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastPrune < std::chrono::minutes(1))
        return;
    m_lastPrune = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = std::chrono::duration<double>(now - it->second.updated).count();
        if (it->second.tokens + elapsed * m_rate >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

int RateLimiter::take(const std::string &key)
{
    if (m_where == Buckets::InDatabase)
        return takeShared(key);
    std::lock_guard lock(m_mutex);
    prune();
    Bucket &b = refilled(key);
    if (b.tokens < 1.0)
        return waitSeconds(b.tokens);
    b.tokens -= 1.0;
    return 0;
}

int RateLimiter::check(const std::string &key)
{
    if (m_where == Buckets::InDatabase)
        return checkShared(key);
    std::lock_guard lock(m_mutex);
    prune();
    Bucket &b = refilled(key);
    return b.tokens < 1.0 ? waitSeconds(b.tokens) : 0;
}

int RateLimiter::takeShared(const std::string &key)
{
    pruneShared();
    // One round trip: a new bucket starts full less this request; an old one is refilled for the
    // time since its last request, and gives a token if it has one. The row lock the upsert takes
    // makes two processes' requests for one tablet count one after the other. The values are
    // written into the text as literals (by the driver, quoted): a statement with binds would cost
    // a prepare and a deallocate, three round trips for every request.
    const QString refilled =
        QStringLiteral("LEAST(%1, b.tokens + GREATEST(excluded.updated_at - b.updated_at, 0) * %2)")
            .arg(number(m_burst), number(m_rate));
    QSqlQuery q = Sql::exec(
        SqlConnection::forThisThread(),
        QStringLiteral(
            "INSERT INTO rate_bucket AS b (bucket, tokens, updated_at, granted) VALUES (%1, %2, %3, TRUE)"
            " ON CONFLICT (bucket) DO UPDATE SET"
            " tokens = %4 - CASE WHEN %4 >= 1 THEN 1 ELSE 0 END,"
            " granted = %4 >= 1, updated_at = excluded.updated_at"
            " RETURNING tokens, granted")
            .arg(bucketLiteral(m_name + key), number(m_burst - 1.0), QLatin1String(kNow), refilled));
    if (!q.next())
        throw StoreError(QStringLiteral("The request allowance could not be read."));
    return q.value(1).toBool() ? 0 : waitSeconds(q.value(0).toDouble());
}

int RateLimiter::checkShared(const std::string &key)
{
    QSqlQuery q = Sql::exec(
        SqlConnection::forThisThread(),
        QStringLiteral("SELECT LEAST(%1, tokens + GREATEST(%2 - updated_at, 0) * %3)"
                       " FROM rate_bucket WHERE bucket = %4")
            .arg(number(m_burst), QLatin1String(kNow), number(m_rate), bucketLiteral(m_name + key)));
    if (!q.next())
        return 0; // no bucket: a full one
    const double tokens = q.value(0).toDouble();
    return tokens < 1.0 ? waitSeconds(tokens) : 0;
}

void RateLimiter::pruneShared()
{
    // As in memory: full buckets say nothing, so each process drops this limiter's now and then.
    {
        std::lock_guard lock(m_mutex);
        const auto now = std::chrono::steady_clock::now();
        if (now - m_lastPrune < std::chrono::minutes(1))
            return;
        m_lastPrune = now;
    }
    Sql::exec(SqlConnection::forThisThread(),
              QStringLiteral("DELETE FROM rate_bucket WHERE starts_with(bucket, %1)"
                             " AND tokens + GREATEST(%2 - updated_at, 0) * %3 >= %4")
                  .arg(bucketLiteral(m_name), QLatin1String(kNow), number(m_rate), number(m_burst)));
}

} // namespace Stride::Server
