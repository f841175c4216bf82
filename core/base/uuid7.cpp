#include "base/uuid7.h"

#include "base/clock.h"

#include <QRandomGenerator>
#include <memory>

namespace madang {

Uuid7Generator::Uuid7Generator(const Clock &clock, RandomSource random) : m_clock(clock), m_random(std::move(random))
{
    if (!m_random) {
        // A generator seeded once from the system's entropy: asking the system (RDRAND or getrandom) for
        // every id costs more than the rest of making one, and a bulk import makes one per item.
        m_random = [generator = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded())] {
            return generator->generate64();
        };
    }
}

QUuid Uuid7Generator::next()
{
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond, or the clock went back: keep the last timestamp and count up.
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) {
            ++ms; // counter exhausted: borrow the next millisecond rather than repeat
            m_counter = static_cast<quint16>(m_random() & 0x01FF);
        }
    } else {
        // Start low in the 12-bit space so that many ids fit in one millisecond.
        m_counter = static_cast<quint16>(m_random() & 0x01FF);
    }
    m_lastMs = ms;

    const auto ums = static_cast<quint64>(ms) & 0xFFFFFFFFFFFFULL;
    const quint64 randB = m_random();

    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i) {
        bytes[i] = static_cast<char>((ums >> (8 * (5 - i))) & 0xFF);
    }
    bytes[6] = static_cast<char>(0x70 | ((m_counter >> 8) & 0x0F));
    bytes[7] = static_cast<char>(m_counter & 0xFF);
    bytes[8] = static_cast<char>(0x80 | ((randB >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i) {
        bytes[i] = static_cast<char>((randB >> (8 * (15 - i))) & 0xFF);
    }
    return QUuid::fromRfc4122(bytes);
}

QString Uuid7Generator::nextString()
{
    return next().toString(QUuid::WithoutBraces);
}

qint64 Uuid7Generator::timestampMs(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    if (bytes.size() != 16 || (static_cast<quint8>(bytes[6]) >> 4) != 7 || (static_cast<quint8>(bytes[8]) >> 6) != 2) {
        return -1;
    }
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i) {
        ms = (ms << 8) | static_cast<quint8>(bytes[i]);
    }
    return ms;
}

} // namespace madang
