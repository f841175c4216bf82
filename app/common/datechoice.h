#pragma once

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The date picker's state (qml/Components/DatePicker.qml): the chosen date in words, the days before and
/// after it, and a month of days to tap. Dates go in and out as "yyyy-MM-dd", never typed. A user action does
/// not change `date` itself: it emits picked(), and the screen's model takes the date and hands it back.
class DateChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY changed)
    /// The first and last dates that may be picked ("" for no limit).
    Q_PROPERTY(QString minimum READ minimum WRITE setMinimum NOTIFY changed)
    Q_PROPERTY(QString maximum READ maximum WRITE setMaximum NOTIFY changed)
    /// The date as the counter reads it, with its weekday and year: "2026년 12월 8일 (화)", "Tue 8 Dec 2026".
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY changed)
    /// The month shown in the month grid: "2026년 12월", "December 2026".
    Q_PROPERTY(QString monthText READ monthText NOTIFY changed)
    /// The weekdays' short names, Monday first.
    Q_PROPERTY(QStringList weekdays READ weekdays NOTIFY changed)
    /// Six weeks from the Monday on or before the month's first day:
    /// [{date, day, inMonth, enabled, selected}].
    Q_PROPERTY(QVariantList cells READ cells NOTIFY changed)

public:
    explicit DateChoice(QObject *parent = nullptr) : QObject(parent) {}

    [[nodiscard]] QString date() const;
    void setDate(const QString &date);
    [[nodiscard]] QString minimum() const;
    void setMinimum(const QString &date);
    [[nodiscard]] QString maximum() const;
    void setMaximum(const QString &date);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] bool canGoForward() const;
    [[nodiscard]] QString monthText() const;
    [[nodiscard]] QStringList weekdays() const;
    [[nodiscard]] QVariantList cells() const;

    /// The day before or after the date (picked, when allowed); from a date outside the allowed ones, the
    /// nearest allowed one.
    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    /// The month grid shows the month before or after; it starts on the date's month.
    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    /// The month grid goes back to the date's month (when it opens again).
    Q_INVOKABLE void showDateMonth();
    /// A tapped day of the grid (picked, when allowed).
    Q_INVOKABLE void pick(const QString &date);

Q_SIGNALS:
    void changed();
    void picked(const QString &date);

private:
    [[nodiscard]] bool allowed(QDate day) const;
    [[nodiscard]] QDate dayBefore() const;
    [[nodiscard]] QDate dayAfter() const;
    void offer(QDate day);

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    QDate m_month; // the first of the month shown in the grid
};
