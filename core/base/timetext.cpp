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

QString wire(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDateTime fromWire(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace madang::timetext
