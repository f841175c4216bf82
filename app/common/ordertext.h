#pragma once

#include <QDateTime>
#include <QString>

namespace madang {
struct Order;
}

/// How the Orders screen words and formats orders, shared by its list and detail view-models.
namespace ordertext {

/// "Sale", "Refund", "Void" in the UI language; unknown kinds as they are.
QString kindLabel(const QString &kind);
/// "Cash", "Card", "Platform QR", … (the tender registry's label); unknown methods as they are.
QString methodLabel(const QString &method);
/// The stored ISO 8601 time, in the offset it was written with (invalid if unreadable).
QDateTime parseTime(const QString &iso);
/// "14:05" for a time on today's date, "03-13 14:05" for another day.
QString shortTime(const QDateTime &time, const QDate &today);
/// "2025-03-14 14:05".
QString longTime(const QDateTime &time);

} // namespace ordertext
