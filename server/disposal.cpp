#include "disposal.h"

namespace Stride::Server {

Disposal::~Disposal()
{
    if (m_thread.joinable())
        m_thread.join();
}

void Disposal::start()
{
    if (m_values.empty())
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_thread = std::thread([values = std::move(m_values)]() mutable { values.clear(); });
    m_values.clear();
}

} // namespace Stride::Server
