#include "base/digest.h"

#include <QCryptographicHash>
#include <atomic>

namespace madang::digest {

namespace {
std::atomic<Sha256> installed{nullptr};
}

QByteArray portableSha256(std::initializer_list<QByteArrayView> parts)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const QByteArrayView part : parts) {
        sha.addData(part);
    }
    return sha.result();
}

QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    if (const Sha256 fast = installed.load(std::memory_order_acquire)) {
        if (QByteArray hash = fast(parts); hash.size() == 32) {
            return hash;
        }
    }
    return portableSha256(parts);
}

void setSha256(Sha256 implementation)
{
    installed.store(implementation, std::memory_order_release);
}

} // namespace madang::digest
