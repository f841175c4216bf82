#pragma once

#include <QDateTime>
#include <QString>

namespace madang {

/// The one way times are written as text: times of day for people ("09:30") and timestamps on the wire and in
/// the database. Every stored `*_at` column, outbox op and audit entry uses wire(); parsing accepts what older
/// versions wrote (without an offset, or in UTC with "Z").
namespace timetext {

inline constexpr int kMinutesPerDay = 24 * 60;

/// Minutes since midnight as "HH:mm": "09:05", and "24:00" for the end of the day. Other values wrap to the day.
[[nodiscard]] QString clock(int minutes);
/// "9:00", "09:00" or "24:00" as typed at the counter -> minutes since midnight; -1 for anything else.
[[nodiscard]] int minutesFrom(const QString &text);

/// ISO 8601 with milliseconds and the explicit offset of the given time: "2026-12-07T09:30:00.000+09:00".
[[nodiscard]] QString wire(const QDateTime &time);
/// Reads wire() text back (also "Z" and offset-less text from older versions); invalid when it is not a time.
[[nodiscard]] QDateTime fromWire(const QString &text);

} // namespace timetext
} // namespace madang
