#pragma once

// Table availability: which tables (or combinations of tables) seat a party at a time on one day. A pure
// engine like availability.h: it reads the tables it is given and never touches storage or the clock.
// Times are local wall-clock minutes on one QDate, half-open, as there.
//
// A seating is one table, or 2 to 4 tables of the same non-empty combine group whose positions are
// consecutive numbers (positions 4 and 5 combine; 4 and 6 do not, even with nothing at 5 in between).
// Tables without a group are never combined. A seating seats the sum of its tables' seats and is free
// when none of its tables is busy during the span.
//
// Best first: fewest empty seats, then fewest tables, then by table names (ordinal), then by ids.

#include "bookings/availability.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace madang {

/// The largest party the engine accepts.
inline constexpr int kMaxPartySize = 99;
/// The most tables one seating may join.
inline constexpr int kMaxTablesPerSeating = 4;

/// A table in the room.
struct BookableTable
{
    QString id;
    QString name;
    int seats = 0;        // at least 1
    QString combineGroup; // empty: never combined
    int position = 0;     // order inside its group: only neighbours by position combine; unique per group
    QHash<QDate, QList<Interval>> busy;
};

/// One seating: its tables in position order and the seats they give together.
struct TableChoice
{
    QStringList tableIds;
    int seats = 0;

    bool operator==(const TableChoice &other) const = default;
};

/// A free start for a party with the best seating at that start.
struct TableSlot
{
    int startMin = 0;
    TableChoice best;

    bool operator==(const TableSlot &other) const = default;
};

/// Every free seating for `partySize` (1..99) during `span` on `date`, best first. An empty list when
/// the party fits some seating but none is free. Errors (InvalidInput): the party size, the date or
/// span, a table with no seats, two tables with one id or one position in a group, invalid bookings,
/// and a party larger than every seating.
Result<QList<TableChoice>> tableChoices(const QList<BookableTable> &tables, int partySize, QDate date, Interval span);

/// Every start on `date` at multiples of `stepMin` (1..1440) from midnight at which the whole
/// [start, start + durationMin) lies inside one of `openingHours` and some seating is free, with the best
/// seating. Ordered by start. Errors as tableChoices, and an invalid duration, step or opening interval.
Result<QList<TableSlot>> freeTableSlots(const QList<BookableTable> &tables, int partySize, QDate date, int durationMin,
                                        const QList<Interval> &openingHours, int stepMin = 15);

/// Records `span` on `date` as busy for every table of `choice`. Returns false (and changes nothing)
/// when the choice has no tables, names an unknown table or the span is invalid.
bool reserveTables(QList<BookableTable> &tables, QDate date, const TableChoice &choice, Interval span);

} // namespace madang
