#include "storagespace.h"

#include "wording.h"

#include "capture/evidencecapture.h"

namespace Stride {

bool StorageSpace::refresh()
{
    const qint64 bytes = m_probe ? m_probe() : -1;
    if (bytes == m_bytesAvailable)
        return false;
    m_bytesAvailable = bytes;
    return true;
}

QString StorageSpace::freeSpaceText() const
{
    return Wording::freeSpace(m_bytesAvailable);
}

bool StorageSpace::lowOnSpace() const
{
    return m_bytesAvailable >= 0 && m_bytesAvailable < EvidenceCapture::kLowSpaceBytes;
}

} // namespace Stride
