#pragma once

#include "sales/ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace madang {

/// What the kitchen already has of one ticket line.
struct SentLine
{
    QString name;
    qint64 qty = 0;
    QString details; ///< options and note as printed, to notice a change
    QString station; ///< where it went, so that a cancellation goes there too
    int course = 1;

    bool operator==(const SentLine &other) const = default;
};

/// By TicketLine::lineId.
using KitchenSent = QHash<QString, SentLine>;

QJsonObject kitchenSentToJson(const KitchenSent &sent);
KitchenSent kitchenSentFromJson(const QJsonObject &json);

/// Where a line is cooked and in which course.
struct KitchenRoute
{
    QString station = QStringLiteral("kitchen");
    int course = 1;
};

struct KitchenItem
{
    enum class Change { New, More, Fewer, Changed, Cancelled };
    Change change = Change::New;
    QString name;
    qint64 qty = 0;  ///< units to make (New, More, Changed) or to stop (Fewer, Cancelled)
    QString details; ///< options and note
};

/// One slip for one station and course.
struct KitchenTicket
{
    QString station;
    int course = 1;
    QString table;
    QList<KitchenItem> items;

    /// Plain text for a kitchen printer, columns wide: table, course, then each item with its mark
    /// ("NEW", "+1", "-1", "CHANGED", "CANCEL") in the language of the labels given.
    [[nodiscard]] QString render(int columns, const QString &time) const;
};

/// A line's options and note as one text ("매운맛, 공기밥 · 덜 짜게").
QString lineDetails(const TicketLine &line);

/// What to send so that the kitchen matches ticket, given what it already has: new lines, changed
/// quantities, changed options or notes, and removed lines, grouped by station and course (in that order).
QList<KitchenTicket> kitchenChanges(const Ticket &ticket, const KitchenSent &sent,
                                    const std::function<KitchenRoute(const TicketLine &)> &route);
/// What the kitchen has once ticket was sent.
KitchenSent kitchenState(const Ticket &ticket, const std::function<KitchenRoute(const TicketLine &)> &route);

} // namespace madang
