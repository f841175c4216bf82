#include "bookings/newbookingmodel.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "bookings/recurrence.h"
#include "bookings/resourcerepository.h"
#include "common/clocktext.h"
#include "shell/session.h"
#include "workflows/intake.h"
#include "workflows/store.h"

using namespace madang;

namespace {
/// How far ahead "the next free day" is looked for.
constexpr int kLookAheadDays = 62;
} // namespace

void NewBookingModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &NewBookingModel::refresh,
                         {&AppStore::bookingsChanged, &AppStore::staffChanged, &AppStore::catalogChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void NewBookingModel::setServiceId(const QString &id)
{
    if (m_serviceId != id) {
        m_serviceId = id;
        setError({});
        refresh();
    }
}

void NewBookingModel::setResourceId(const QString &id)
{
    if (m_resourceId != id) {
        m_resourceId = id;
        setError({});
        refresh();
    }
}

void NewBookingModel::setDate(const QString &date)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    // The picker offers nothing else; a caller that asks for more is told so and the day stays as it was.
    const QDate last = today().addYears(BookingService::kHorizonYears);
    if (!day.isValid() || day > last) {
        setError(tr("Pick a day from the calendar, up to %1.").arg(dayText(last, true)));
        return;
    }
    if (day != m_date) {
        m_date = day;
        setError({});
        refresh();
    }
}

void NewBookingModel::setAddress(const QString &address)
{
    if (m_address != address) {
        m_address = address;
        setError({});
        refresh();
    }
}

void NewBookingModel::setStartMin(int minute)
{
    if (m_startMin != minute) {
        m_startMin = minute;
        m_wantedMin = minute;
        setError({});
        Q_EMIT changed();
    }
}

QDate NewBookingModel::today() const
{
    return m_store ? m_store->store().clock().now().date() : QDate();
}

QString NewBookingModel::firstDay() const
{
    return today().toString(Qt::ISODate);
}

QString NewBookingModel::lastDay() const
{
    return today().addYears(BookingService::kHorizonYears).toString(Qt::ISODate);
}

void NewBookingModel::openAt(const QString &date, int startMin, const QString &resourceId)
{
    m_serviceId.clear();
    m_address.clear();
    m_resourceId = resourceId;
    const QDate day = QDate::fromString(date, Qt::ISODate);
    m_date = day.isValid() ? day : today();
    m_wantedMin = startMin;
    m_startMin = -1;
    setError({});
    refresh();
}

void NewBookingModel::goToNextFree()
{
    if (m_nextFree.isValid()) {
        setDate(m_nextFree.toString(Qt::ISODate));
    }
}

QList<std::pair<int, QString>> NewBookingModel::freeOn(QDate day, QString *why) const
{
    QList<std::pair<int, QString>> starts;
    Store &store = m_store->store();
    // A booking is made ahead: no start before now is offered (a walk-in that already began is the Walk-in
    // button's), and nothing on a day gone by.
    const QDateTime now = store.clock().now();
    const int earliest = day < now.date()    ? kMinutesPerDay
                         : day == now.date() ? now.time().msecsSinceStartOfDay() / 60000
                                             : 0;
    const auto offer = [&](int start, const QString &who) {
        if (start >= earliest && (starts.isEmpty() || starts.last().first != start)) {
            starts << std::pair(start, who);
        }
    };
    if (m_crews) {
        auto free = store.bookings().availableCrewSlots(m_serviceId, day, m_address, m_resourceId);
        if (!free) {
            *why = free.error().message;
            return starts;
        }
        for (const CrewSlot &slot : free.value()) {
            offer(slot.startMin, slot.crewId); // the first crew by name takes it
        }
        return starts;
    }
    auto free = store.bookings().availableSlots(m_serviceId, day, m_resourceId);
    if (!free) {
        *why = free.error().message;
        return starts;
    }
    for (const Slot &slot : free.value()) {
        offer(slot.startMin, slot.staffId);
    }
    return starts;
}

void NewBookingModel::refresh()
{
    m_people.clear();
    m_times.clear();
    m_crewAt.clear();
    m_timesNote.clear();
    m_nextFree = QDate();
    m_nextFreeText.clear();
    m_startMin = -1;
    if (!m_store) {
        Q_EMIT changed();
        return;
    }
    Store &store = m_store->store();
    if (!m_date.isValid()) {
        m_date = today();
    }
    auto crews = store.crews().crews();
    m_crews = crews && !crews->isEmpty();
    std::optional<BookableService> service;
    if (!m_serviceId.isEmpty()) {
        auto found = store.resources().service(m_serviceId);
        if (found) {
            service = found.value();
        }
    }
    if (m_crews) {
        m_people << QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), tr("Any crew")}};
        for (const Crew &crew : crews.value()) {
            if (!crew.memberIds.isEmpty()) {
                m_people << QVariantMap{{QStringLiteral("id"), crew.id}, {QStringLiteral("name"), crew.name}};
            }
        }
    } else {
        m_people << QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), tr("Anyone")}};
        auto resources = store.resources().load(m_date);
        for (const BookableStaff &member : resources ? resources->staff : QList<BookableStaff>{}) {
            const bool does = service ? member.skills.contains(service->phases.skill) : !member.skills.isEmpty();
            if (does || member.id == m_resourceId) {
                m_people << QVariantMap{{QStringLiteral("id"), member.id}, {QStringLiteral("name"), member.name}};
            }
            if (member.id == m_resourceId && service && !does) {
                m_timesNote =
                    tr("%1 does not do %2: choose someone who does, or anyone.").arg(member.name, service->name);
            }
        }
    }
    if (m_serviceId.isEmpty()) {
        m_timesNote = tr("Choose a service to see its free times.");
    } else if (m_crews && m_address.trimmed().isEmpty()) {
        m_timesNote = tr("Type the address: the free times count the driving between jobs.");
    }
    if (m_timesNote.isEmpty()) {
        QString why;
        const QList<std::pair<int, QString>> starts = freeOn(m_date, &why);
        for (const auto &[start, who] : starts) {
            m_times << QVariantMap{{QStringLiteral("startMin"), start},
                                   {QStringLiteral("text"), timetext::clock(start)}};
            m_crewAt.insert(start, who);
            if (start == m_wantedMin) {
                m_startMin = start;
            }
        }
        if (!why.isEmpty()) {
            m_timesNote = why; // an error's message: its particles were chosen where it was made
        } else if (starts.isEmpty()) {
            m_timesNote = tr("Nothing is free on %1.").arg(dayText(m_date, true));
            const QDate from = std::max(m_date.addDays(1), today());
            for (int d = 0; d < kLookAheadDays && !m_nextFree.isValid(); ++d) {
                QString ignored;
                const auto later = freeOn(from.addDays(d), &ignored);
                if (!later.isEmpty()) {
                    m_nextFree = from.addDays(d);
                    m_nextFreeText = tr("Next free: %1, from %2")
                                         .arg(dayText(m_nextFree, true), timetext::clock(later.first().first));
                }
            }
            if (!m_nextFree.isValid()) {
                m_timesNote = tr("Nothing is free on %1, nor in the %2 days after.")
                                  .arg(dayText(m_date, true))
                                  .arg(kLookAheadDays);
            }
        }
    }
    Q_EMIT changed();
}

bool NewBookingModel::book(const QString &phone, const QString &name, const QString &repeat, int visits,
                           const QString &accessNotes)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (m_serviceId.isEmpty()) {
        return fail(tr("Choose a service."));
    }
    if (m_startMin < 0) {
        return fail(tr("Pick one of the free times."));
    }
    BookingRequest request;
    request.itemId = m_serviceId;
    request.day = m_date;
    request.startMin = m_startMin;
    if (m_crews) {
        request.crewId = m_resourceId.isEmpty() ? m_crewAt.value(m_startMin) : m_resourceId;
    } else {
        request.staffId = m_resourceId; // empty: the first free qualified staff member, as the list said
    }
    request.source = BookingSource::Counter;
    request.address = m_address;
    request.accessNotes = accessNotes;
    request.actorId = m_store->session() ? m_store->session()->staffId() : QString();
    Status made = Done{};
    if (repeat.isEmpty()) {
        auto one = Intake(m_store->store()).book(request, phone, name);
        made = one ? Status(Done{}) : Status(one.error());
    } else {
        const auto rule = repeatFromName(repeat);
        if (!rule) {
            return fail(tr("\"%1\" is not a way to repeat.").arg(repeat));
        }
        auto series = Intake(m_store->store()).bookSeries(request, phone, name, *rule, visits);
        made = series ? Status(Done{}) : Status(series.error());
    }
    if (!made) {
        // Someone may have taken the time meanwhile: the list drops it, the reason stays beside it.
        const QString reason = made.error().message;
        refresh();
        return fail(reason);
    }
    setError({});
    refresh(); // the time just booked is no longer free
    return true;
}
