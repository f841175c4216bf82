#pragma once

#include "base/timetext.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

/// Times of day as the counter types them: "9:00", "09:00" or "24:00" -> minutes since midnight, -1 otherwise.
inline int minutesFromText(const QString &text)
{
    return madang::timetext::minutesFrom(text);
}

/// Minutes since midnight as "HH:mm" ("24:00" for the end of the day).
inline QString textFromMinutes(int minutes)
{
    return madang::timetext::clock(minutes);
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
