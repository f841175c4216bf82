#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

/// Times of day as the counter types them: "9:00", "09:00" or "24:00" → minutes since midnight, -1 otherwise.
inline int minutesFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("24:00")) {
        return 24 * 60;
    }
    const QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : -1;
}

/// Minutes since midnight as "HH:mm" ("24:00" for the end of the day).
inline QString textFromMinutes(int minutes)
{
    return minutes >= 24 * 60 ? QStringLiteral("24:00")
                              : QTime(0, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

/// A day as the counter's screens title it: "12월 3일 (목)" in Korean, "Thu 3 Dec" otherwise (with the year
/// when asked: "Thu 3 Dec 2026").
inline QString dayText(QDate day, bool withYear = false)
{
    const QLocale locale;
    if (locale.language() == QLocale::Korean) {
        return locale.toString(day,
                               withYear ? QStringLiteral("yyyy년 M월 d일 (ddd)") : QStringLiteral("M월 d일 (ddd)"));
    }
    return locale.toString(day, withYear ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("ddd d MMM"));
}
