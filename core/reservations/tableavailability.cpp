#include "reservations/tableavailability.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableAvailability)
};

Status validateAll(const QList<Interval> &intervals)
{
    for (const Interval &interval : intervals) {
        if (auto valid = Interval::validate(interval); !valid) {
            return valid;
        }
    }
    return Done{};
}

bool overlapsAny(const Interval &span, const QList<Interval> &busy)
{
    return std::any_of(busy.cbegin(), busy.cend(), [&](const Interval &b) { return span.overlaps(b); });
}

Status validateParty(int partySize, QDate date)
{
    if (partySize < 1 || partySize > kMaxPartySize) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A party of %1 is not between 1 and %2 guests.").arg(partySize).arg(kMaxPartySize));
    }
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The date is not valid."));
    }
    return Done{};
}

/// One possible seating: indices into the room's tables, in position order.
struct Seating
{
    QList<qsizetype> tables;
    QStringList ids;
    QStringList names;
    int seats = 0;
};

/// The fixed order of seatings: fewer seats (so fewer empty ones for any party), fewer tables, names, ids.
bool seatingBefore(const Seating &a, const Seating &b)
{
    if (a.seats != b.seats) {
        return a.seats < b.seats;
    }
    if (a.tables.size() != b.tables.size()) {
        return a.tables.size() < b.tables.size();
    }
    return a.names != b.names ? a.names < b.names : a.ids < b.ids;
}

/// The tables of one date, checked once, with every seating they allow in best-first order.
struct Room
{
    QList<QList<Interval>> busy; // per table, in input order
    QList<Seating> seatings;
    int largest = 0;

    static Result<Room> prepare(const QList<BookableTable> &tables, QDate date)
    {
        Room room;
        QSet<QString> ids;
        QMap<QString, QList<qsizetype>> groups; // a QMap so that groups come in a fixed order
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const BookableTable &table = tables.at(i);
            if (table.seats < 1) {
                return makeError(ErrorCode::InvalidInput, Text::tr("%1 has %2 seats; a table needs at least one.")
                                                              .arg(table.name, QString::number(table.seats)));
            }
            if (ids.contains(table.id)) {
                return makeError(ErrorCode::InvalidInput, Text::tr("Two tables have the id \"%1\".").arg(table.id));
            }
            ids.insert(table.id);
            room.busy.append(table.busy.value(date));
            if (auto valid = validateAll(room.busy.last()); !valid) {
                return valid.error();
            }
            room.seatings.append(Seating{{i}, {table.id}, {table.name}, table.seats});
            if (!table.combineGroup.isEmpty()) {
                groups[table.combineGroup].append(i);
            }
        }
        for (auto group = groups.begin(); group != groups.end(); ++group) {
            if (auto combined = room.combine(tables, group.key(), group.value()); !combined) {
                return combined.error();
            }
        }
        std::sort(room.seatings.begin(), room.seatings.end(), seatingBefore);
        for (const Seating &seating : std::as_const(room.seatings)) {
            room.largest = std::max(room.largest, seating.seats);
        }
        return room;
    }

    /// Adds the runs of 2..4 tables with consecutive positions inside one group.
    Status combine(const QList<BookableTable> &tables, const QString &group, QList<qsizetype> members)
    {
        std::sort(members.begin(), members.end(),
                  [&](qsizetype a, qsizetype b) { return tables.at(a).position < tables.at(b).position; });
        for (qsizetype i = 1; i < members.size(); ++i) {
            const BookableTable &a = tables.at(members.at(i - 1));
            const BookableTable &b = tables.at(members.at(i));
            if (a.position == b.position) {
                const bool nameOrder = a.name <= b.name;
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("%1 and %2 share position %3 in the group %4.")
                                     .arg(nameOrder ? a.name : b.name, nameOrder ? b.name : a.name,
                                          QString::number(a.position), group));
            }
        }
        for (qsizetype first = 0; first < members.size(); ++first) {
            const BookableTable &head = tables.at(members.at(first));
            Seating seating{{members.at(first)}, {head.id}, {head.name}, head.seats};
            for (qsizetype next = first + 1; next < members.size() && seating.tables.size() < kMaxTablesPerSeating;
                 ++next) {
                const BookableTable &table = tables.at(members.at(next));
                if (table.position != tables.at(members.at(next - 1)).position + 1) {
                    break;
                }
                seating.tables.append(members.at(next));
                seating.ids.append(table.id);
                seating.names.append(table.name);
                seating.seats += table.seats;
                seatings.append(seating);
            }
        }
        return Done{};
    }

    [[nodiscard]] bool isFree(const Seating &seating, const Interval &span) const
    {
        return std::none_of(seating.tables.cbegin(), seating.tables.cend(),
                            [&](qsizetype index) { return overlapsAny(span, busy.at(index)); });
    }

    /// Refuses a party no seating can hold, free or not.
    [[nodiscard]] Status seatsParty(int partySize) const
    {
        if (largest < partySize) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("No table or combination of tables seats a party of %1; the largest seats %2.")
                                 .arg(partySize)
                                 .arg(largest));
        }
        return Done{};
    }
};

TableChoice choiceOf(const Seating &seating)
{
    return TableChoice{seating.ids, seating.seats};
}
} // namespace

Result<QList<TableChoice>> tableChoices(const QList<BookableTable> &tables, int partySize, QDate date, Interval span)
{
    if (auto valid = validateParty(partySize, date); !valid) {
        return valid.error();
    }
    if (auto valid = Interval::validate(span); !valid) {
        return valid.error();
    }
    auto room = Room::prepare(tables, date);
    if (!room) {
        return room.error();
    }
    if (auto fits = room->seatsParty(partySize); !fits) {
        return fits.error();
    }
    QList<TableChoice> choices;
    for (const Seating &seating : room->seatings) {
        if (seating.seats >= partySize && room->isFree(seating, span)) {
            choices.append(choiceOf(seating));
        }
    }
    return choices;
}

Result<QList<TableSlot>> freeTableSlots(const QList<BookableTable> &tables, int partySize, QDate date, int durationMin,
                                        const QList<Interval> &openingHours, int stepMin)
{
    if (auto valid = validateParty(partySize, date); !valid) {
        return valid.error();
    }
    if (durationMin < 1 || durationMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The duration of %1 minutes is not between 1 and 1440.").arg(durationMin));
    }
    if (stepMin < 1 || stepMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The step of %1 minutes is not between 1 and 1440.").arg(stepMin));
    }
    if (auto valid = validateAll(openingHours); !valid) {
        return valid.error();
    }
    auto room = Room::prepare(tables, date);
    if (!room) {
        return room.error();
    }
    if (auto fits = room->seatsParty(partySize); !fits) {
        return fits.error();
    }
    QList<TableSlot> found;
    for (int start = 0; start + durationMin <= kMinutesPerDay; start += stepMin) {
        const Interval span{start, start + durationMin};
        if (std::none_of(openingHours.cbegin(), openingHours.cend(),
                         [&](const Interval &open) { return open.contains(span); })) {
            continue;
        }
        // Seatings are in best-first order: the first free one that seats the party is the best.
        for (const Seating &seating : room->seatings) {
            if (seating.seats >= partySize && room->isFree(seating, span)) {
                found.append(TableSlot{start, choiceOf(seating)});
                break;
            }
        }
    }
    return found;
}

bool reserveTables(QList<BookableTable> &tables, QDate date, const TableChoice &choice, Interval span)
{
    if (choice.tableIds.isEmpty() || !Interval::validate(span).ok()) {
        return false;
    }
    QList<BookableTable *> chosen;
    for (const QString &id : choice.tableIds) {
        auto table = std::find_if(tables.begin(), tables.end(), [&](const BookableTable &t) { return t.id == id; });
        if (table == tables.end()) {
            return false;
        }
        chosen.append(&*table);
    }
    for (BookableTable *table : std::as_const(chosen)) {
        table->busy[date].append(span);
    }
    return true;
}

} // namespace madang
