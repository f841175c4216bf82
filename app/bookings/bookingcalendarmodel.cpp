#include "bookings/bookingcalendarmodel.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "bookings/calendarshading.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "common/clocktext.h"
#include "customers/customerrepository.h"
#include "shell/session.h"
#include "workflows/intake.h"
#include "workflows/store.h"

#include <QLocale>
#include <algorithm>

using namespace madang;

namespace {
constexpr int kSnapMin = 5;
constexpr int kDefaultStart = 9 * 60;
constexpr int kDefaultEnd = 20 * 60;

int snap(int minutes)
{
    return (minutes + kSnapMin / 2) / kSnapMin * kSnapMin;
}
} // namespace

BookingCalendarModel::BookingCalendarModel(QObject *parent) : QAbstractListModel(parent) {}

int BookingCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_bookings.size());
}

QVariant BookingCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_bookings.size()) {
        return {};
    }
    const Booking &b = m_bookings.at(index.row());
    const bool gap = b.phases.processingMin > 0;
    switch (role) {
    case BookingIdRole:
        return b.id;
    case ColumnRole:
        return m_bookingColumns.at(index.row());
    case StartMinRole:
        return b.startMin;
    case EndMinRole:
        return b.endMin();
    case ProcessingStartRole:
        return gap ? b.startMin + b.phases.workMin : -1;
    case ProcessingEndRole:
        return gap ? b.startMin + b.phases.workMin + b.phases.processingMin : -1;
    case TitleRole:
        return b.serviceName;
    case CustomerRole:
        return b.customerName.isEmpty() ? tr("Walk-in") : b.customerName;
    case StaffRole:
        return b.staffName;
    case TimeTextRole:
        return QStringLiteral("%1–%2").arg(madang::timetext::clock(b.startMin), madang::timetext::clock(b.endMin()));
    case StatusRole:
        return bookingStatusName(b.status);
    case StatusTextRole:
        return bookingStatusLabel(b.status);
    case SourceRole:
        return bookingSourceName(b.source);
    case SharedProfileRole:
        return m_sharing.contains(b.customerId);
    case NeedsReassignmentRole:
        return b.needsReassignment;
    case LaneRole:
        return m_lanes.value(index.row()).first;
    case LaneCountRole:
        return std::max(1, m_lanes.value(index.row()).second);
    default:
        return {};
    }
}

QHash<int, QByteArray> BookingCalendarModel::roleNames() const
{
    return {{BookingIdRole, "bookingId"},
            {ColumnRole, "column"},
            {StartMinRole, "startMin"},
            {EndMinRole, "endMin"},
            {ProcessingStartRole, "processingStart"},
            {ProcessingEndRole, "processingEnd"},
            {TitleRole, "title"},
            {CustomerRole, "customer"},
            {StaffRole, "staff"},
            {TimeTextRole, "timeText"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {SourceRole, "source"},
            {SharedProfileRole, "sharedProfile"},
            {NeedsReassignmentRole, "needsReassignment"},
            {LaneRole, "lane"},
            {LaneCountRole, "laneCount"}};
}

void BookingCalendarModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &BookingCalendarModel::refresh,
                         {&AppStore::bookingsChanged, &AppStore::staffChanged, &AppStore::catalogChanged,
                          &AppStore::setUpChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void BookingCalendarModel::setWeekMode(bool week)
{
    if (m_weekMode != week) {
        m_weekMode = week;
        refresh();
    }
}

QDate BookingCalendarModel::today() const
{
    return m_store ? m_store->store().clock().now().date() : QDate();
}

QString BookingCalendarModel::dateText() const
{
    const QLocale locale;
    if (!m_weekMode) {
        return dayText(m_date);
    }
    const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
    return tr("Week of %1").arg(locale.toString(monday, QLocale::ShortFormat));
}

bool BookingCalendarModel::isToday() const
{
    return m_date == today();
}

int BookingCalendarModel::nowMin() const
{
    if (!m_store || m_weekMode || !isToday()) {
        return -1;
    }
    const QTime now = m_store->store().clock().now().time();
    return now.hour() * 60 + now.minute();
}

QDate BookingCalendarModel::columnDay(int column) const
{
    return m_weekMode ? m_date.addDays(1 - m_date.dayOfWeek() + column) : m_date;
}

QString BookingCalendarModel::columnStaff(int column) const
{
    return m_weekMode ? QString() : m_columns.value(column).toMap().value(QStringLiteral("id")).toString();
}

void BookingCalendarModel::refresh()
{
    beginResetModel();
    m_bookings.clear();
    m_bookingColumns.clear();
    m_columns.clear();
    m_sharing.clear();
    m_services.clear();
    m_dayStartMin = kMinutesPerDay;
    m_dayEndMin = 0;
    if (m_store) {
        Store &store = m_store->store();
        if (!m_date.isValid()) {
            m_date = today();
        }
        const QLocale locale;
        QHash<QString, int> staffColumn;
        // Cleaning crews get a column each; their members are not listed on their own.
        QHash<QString, int> crewColumn;
        QHash<QString, QString> crewOfMember;
        auto loaded = store.crews().crews();
        const QList<Crew> crews = loaded ? loaded.value() : QList<Crew>{};
        for (const Crew &crew : m_weekMode ? QList<Crew>{} : crews) {
            crewColumn.insert(crew.id, static_cast<int>(m_columns.size()));
            for (const QString &member : crew.memberIds) {
                crewOfMember.insert(member, crew.id);
            }
            m_columns.append(QVariantMap{{QStringLiteral("id"), crew.id},
                                         {QStringLiteral("name"), crew.name},
                                         {QStringLiteral("crew"), true},
                                         {QStringLiteral("subtitle"), QString()}});
        }
        const int days = m_weekMode ? 7 : 1;
        for (int d = 0; d < days; ++d) {
            const QDate day = columnDay(d);
            auto resources = store.bookings().resourcesOn(day);
            auto booked = store.bookings().onDay(day);
            if (!resources || !booked) {
                setError((resources ? booked.error() : resources.error()).message);
                break;
            }
            if (!m_weekMode) {
                for (const Crew &crew : crews) {
                    auto &column = m_columns[crewColumn.value(crew.id)];
                    QVariantMap map = column.toMap();
                    map.insert(QStringLiteral("closed"),
                               CalendarShading::toVariant(CalendarShading::forCrew(resources.value(), crew, day)));
                    column = map;
                }
            }
            QList<BookableStaff> ownColumns; // bookable on their own, not as part of a crew
            for (const BookableStaff &member : std::as_const(resources->staff)) {
                const QList<Interval> hours = member.hoursOn(day);
                for (const Interval &h : hours) {
                    m_dayStartMin = std::min(m_dayStartMin, h.startMin);
                    m_dayEndMin = std::max(m_dayEndMin, h.endMin);
                }
                if (crewOfMember.contains(member.id)) {
                    auto &column = m_columns[crewColumn.value(crewOfMember.value(member.id))];
                    QVariantMap map = column.toMap();
                    const QString names = map.value(QStringLiteral("subtitle")).toString();
                    map.insert(QStringLiteral("subtitle"),
                               names.isEmpty() ? member.name : names + QStringLiteral(", ") + member.name);
                    column = map;
                    continue;
                }
                if (!member.skills.isEmpty()) {
                    ownColumns << member;
                }
                if (!m_weekMode && !member.skills.isEmpty()) {
                    staffColumn.insert(member.id, static_cast<int>(m_columns.size()));
                    m_columns.append(QVariantMap{
                        {QStringLiteral("id"), member.id},
                        {QStringLiteral("name"), member.name},
                        {QStringLiteral("subtitle"),
                         hours.isEmpty() ? tr("Day off")
                                         : QStringLiteral("%1–%2").arg(madang::timetext::clock(hours.first().startMin),
                                                                       madang::timetext::clock(hours.last().endMin))},
                        {QStringLiteral("closed"),
                         CalendarShading::toVariant(CalendarShading::forStaff(member, day))}});
                }
            }
            if (m_weekMode) {
                m_columns.append(
                    QVariantMap{{QStringLiteral("id"), day.toString(Qt::ISODate)},
                                {QStringLiteral("name"), locale.toString(day, QStringLiteral("ddd"))},
                                {QStringLiteral("subtitle"), locale.toString(day, QStringLiteral("M/d"))},
                                {QStringLiteral("closed"), CalendarShading::toVariant(CalendarShading::forAnyone(
                                                               resources.value(), ownColumns, crews, day))}});
            }
            for (const Booking &b : std::as_const(booked.value())) {
                const int column =
                    m_weekMode ? d
                    : !b.crewId.isEmpty()
                        ? crewColumn.value(b.crewId, -1)
                        : staffColumn.value(b.staffId, crewColumn.value(crewOfMember.value(b.staffId), -1));
                if (column < 0) {
                    continue; // a staff member who left: listed under "needs reassignment"
                }
                m_bookings << b;
                m_bookingColumns << column;
                m_dayStartMin = std::min(m_dayStartMin, b.startMin);
                m_dayEndMin = std::max(m_dayEndMin, b.endMin());
                if (!b.customerId.isEmpty() && !m_sharing.contains(b.customerId)) {
                    auto profile = store.customers().sharedProfile(b.customerId);
                    if (profile && !profile->isEmpty()) {
                        m_sharing.insert(b.customerId);
                    }
                }
            }
        }
        auto services = store.resources().services();
        for (const BookableService &s : services.ok() ? services.value() : QList<BookableService>{}) {
            m_services.append(QVariantMap{{QStringLiteral("id"), s.itemId},
                                          {QStringLiteral("name"), s.name},
                                          {QStringLiteral("minutes"), s.phases.spanMin()}});
        }
        auto flagged = store.bookings().needingReassignment();
        m_needingReassignment = flagged ? static_cast<int>(flagged->size()) : 0;
    }
    if (m_dayEndMin <= m_dayStartMin) {
        m_dayStartMin = kDefaultStart;
        m_dayEndMin = kDefaultEnd;
    }
    layOutLanes();
    m_dayStartMin = m_dayStartMin / 60 * 60; // whole hours on the time axis
    m_dayEndMin = std::min(kMinutesPerDay, (m_dayEndMin + 59) / 60 * 60);
    endResetModel();
    Q_EMIT refreshed();
}

void BookingCalendarModel::previous()
{
    setError({}); // it was about the day left
    m_date = m_date.addDays(m_weekMode ? -7 : -1);
    refresh();
}

void BookingCalendarModel::next()
{
    setError({}); // it was about the day left
    m_date = m_date.addDays(m_weekMode ? 7 : 1);
    refresh();
}

void BookingCalendarModel::goToday()
{
    setError({}); // it was about the day left
    m_date = today();
    refresh();
}

void BookingCalendarModel::showDay(const QString &date)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (day.isValid()) {
        m_date = day;
        m_weekMode = false;
        refresh();
    }
}

void BookingCalendarModel::openDay(int column)
{
    m_date = columnDay(column);
    m_weekMode = false;
    refresh();
}

bool BookingCalendarModel::fail(const QString &message)
{
    setError(message);
    refresh(); // a refused drop snaps back
    return false;
}

bool BookingCalendarModel::done()
{
    setError({});
    return true;
}

void BookingCalendarModel::clearError()
{
    setError({});
}

bool BookingCalendarModel::canBookAt(int column, int minute)
{
    if (m_weekMode || column < 0 || column >= m_columns.size()) {
        return true;
    }
    const QVariantMap chosen = m_columns.at(column).toMap();
    const QString refusal = CalendarShading::refusalAt(chosen.value(QStringLiteral("closed")).toList(),
                                                       chosen.value(QStringLiteral("name")).toString(), minute);
    if (refusal.isEmpty()) {
        return done();
    }
    setError(refusal);
    return false;
}

bool BookingCalendarModel::move(const QString &bookingId, int column, int startMin)
{
    if (!m_store || column < 0 || column >= m_columns.size()) {
        return fail(tr("Drop the booking on a column."));
    }
    const QString actor = m_store->session() ? m_store->session()->staffId() : QString();
    auto moved =
        m_store->store().bookings().move(bookingId, columnDay(column), snap(startMin), columnStaff(column), actor);
    return moved ? done() : fail(moved.error().message);
}

bool BookingCalendarModel::resize(const QString &bookingId, int spanMin)
{
    if (!m_store) {
        return false;
    }
    auto found = m_store->store().bookings().find(bookingId);
    if (!found || !found.value()) {
        return fail(found ? tr("That booking no longer exists.") : found.error().message);
    }
    const Booking &b = *found.value();
    const QString actor = m_store->session() ? m_store->session()->staffId() : QString();
    auto resized = m_store->store().bookings().move(bookingId, b.day, b.startMin, b.staffId, actor, snap(spanMin));
    return resized ? done() : fail(resized.error().message);
}

bool BookingCalendarModel::create(BookingRequest request, const QString &phone, const QString &name)
{
    request.actorId = m_store->session() ? m_store->session()->staffId() : QString();
    auto made = Intake(m_store->store()).book(request, phone, name);
    return made ? done() : fail(made.error().message);
}

bool BookingCalendarModel::walkIn(const QString &serviceId, const QString &phone, const QString &name)
{
    if (!m_store) {
        return false;
    }
    const QDateTime now = m_store->store().clock().now();
    BookingRequest request;
    request.itemId = serviceId;
    request.day = now.date();
    request.startMin = (now.time().hour() * 60 + now.time().minute() + kSnapMin - 1) / kSnapMin * kSnapMin;
    request.source = BookingSource::WalkIn;
    if (request.startMin >= kMinutesPerDay) {
        return fail(tr("The day is over; book the walk-in for tomorrow."));
    }
    const bool made = create(request, phone, name);
    if (made) {
        goToday();
    }
    return made;
}
