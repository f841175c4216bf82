#pragma once

#include <QString>
#include <QUuid>
#include <functional>

namespace madang {

class Clock;

/// Generates RFC 9562 version 7 UUIDs: 48-bit Unix milliseconds, then random bits.
/// Ids made by one generator are strictly increasing, even within one millisecond
/// or when the clock steps back (the 12-bit rand_a field carries a counter).
class Uuid7Generator
{
public:
    using RandomSource = std::function<quint64()>;

    explicit Uuid7Generator(const Clock &clock, RandomSource random = {});

    [[nodiscard]] QUuid next();
    /// Lowercase text form without braces, e.g. "01890a5d-ac96-774b-bcce-b302099a8057".
    [[nodiscard]] QString nextString();

    /// Milliseconds since the epoch encoded in a v7 id, or -1 if it is not a v7 id.
    [[nodiscard]] static qint64 timestampMs(const QUuid &id);

private:
    const Clock &m_clock;
    RandomSource m_random;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

} // namespace madang
