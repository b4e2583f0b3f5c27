#pragma once

#include <memory>
#include <thread>
#include <type_traits>
#include <vector>

namespace Stride::Server {

// What a push no longer needs once its rows are written (the body as parsed, the batch, the
// records and rows it held), freed on a thread of its own while the commit waits for the disk.
// Freeing them was a tenth of the handler's time in a push of 1,000 changes, all of it before the
// answer; the commit's wait for the disk had nothing to do beside it (docs/benchmarks.md).
//
// Only plain values go in: nothing that touches the database connection when destroyed (no
// QSqlQuery), since the commit is using it meanwhile. Implicitly shared values (QString,
// QJsonObject) may still be shared with what the caller keeps: their counts are atomic.
class Disposal
{
public:
    Disposal() = default;
    Disposal(Disposal &&) = default;
    Disposal &operator=(Disposal &&) = delete;
    // Waits for the freeing thread, if started; frees here whatever it was not given.
    ~Disposal();

    template <class T> void add(T &&value)
    {
        m_values.push_back(std::make_unique<Held<std::decay_t<T>>>(std::forward<T>(value)));
    }
    // Frees what was added so far on a thread of its own.
    void start();

private:
    struct Value
    {
        virtual ~Value() = default;
    };
    template <class T> struct Held : Value
    {
        template <class U> explicit Held(U &&v) : value(std::forward<U>(v)) {}
        T value;
    };

    std::vector<std::unique_ptr<Value>> m_values;
    std::thread m_thread;
};

} // namespace Stride::Server
