#include "navigator.h"

namespace Stride {

Navigator::Navigator(QObject *parent) : QObject(parent) {}

void Navigator::setPageName(const QString &name)
{
    if (name == m_pageName)
        return;
    m_pageName = name;
    emit pageChanged();
}

void Navigator::setPageReady(bool ready)
{
    if (ready == m_pageReady)
        return;
    m_pageReady = ready;
    emit pageChanged();
}

void Navigator::setPageSummary(const QString &summary)
{
    if (summary == m_pageSummary)
        return;
    m_pageSummary = summary;
    emit pageChanged();
}

void Navigator::setPage(QObject *page)
{
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
}

} // namespace Stride
