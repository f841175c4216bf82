#include "base/timetext.h"

#include <QTime>
#include <cstdlib>

namespace madang::timetext {

QString clock(int minutes)
{
    if (minutes == kMinutesPerDay) {
        return QStringLiteral("24:00");
    }
    const int inDay = ((minutes % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    return QStringLiteral("%1:%2").arg(inDay / 60, 2, 10, QLatin1Char('0')).arg(inDay % 60, 2, 10, QLatin1Char('0'));
}

int minutesFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("24:00")) {
        return kMinutesPerDay;
    }
    const QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : -1;
}

namespace {
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

/// Writes value as `width` decimal digits (value >= 0 and fits) at out, and returns the position after them.
char16_t *digits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}
} // namespace

QString wire(const QDateTime &time)
{
    // Written by hand: QDateTime::toString with a format costs microseconds, and a sale writes two of these.
    const int offset = time.offsetFromUtc();
    const qint64 local = time.toMSecsSinceEpoch() + qint64{offset} * 1000;
    const qint64 day = local >= 0 ? local / kMsPerDay : -((-local - 1) / kMsPerDay) - 1; // floor
    const int msOfDay = static_cast<int>(local - day * kMsPerDay);
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    QDate::fromJulianDay(kUnixEpochJulianDay + day).getDate(&year, &month, &dayOfMonth);
    if (!time.isValid() || year < 0 || year > 9999) {
        return {}; // outside what the four-digit year of the format can hold
    }
    const int offsetMinutes = std::abs(offset) / 60;
    QString text(29, Qt::Uninitialized); // yyyy-MM-ddTHH:mm:ss.zzz+hh:mm
    auto *out = reinterpret_cast<char16_t *>(text.data());
    out = digits(out, year, 4);
    *out++ = u'-';
    out = digits(out, month, 2);
    *out++ = u'-';
    out = digits(out, dayOfMonth, 2);
    *out++ = u'T';
    out = digits(out, msOfDay / 3'600'000, 2);
    *out++ = u':';
    out = digits(out, msOfDay / 60'000 % 60, 2);
    *out++ = u':';
    out = digits(out, msOfDay / 1000 % 60, 2);
    *out++ = u'.';
    out = digits(out, msOfDay % 1000, 3);
    *out++ = offset < 0 ? u'-' : u'+';
    out = digits(out, offsetMinutes / 60, 2);
    *out++ = u':';
    digits(out, offsetMinutes % 60, 2);
    return text;
}

QDateTime fromWire(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace madang::timetext
