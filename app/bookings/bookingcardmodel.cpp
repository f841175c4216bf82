#include "bookings/bookingcardmodel.h"

#include "base/clock.h"
#include "base/phonetext.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "common/moneytext.h"
#include "customers/customerrepository.h"
#include "shell/session.h"
#include "workflows/store.h"

#include <QLocale>
#include <algorithm>
#include <tuple>

using namespace madang;

namespace {} // namespace

BookingCardModel::BookingCardModel(QObject *parent) : QObject(parent) {}

void BookingCardModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &BookingCardModel::reload, {&AppStore::bookingsChanged})) {
        Q_EMIT storeChanged();
        reload();
    }
}

void BookingCardModel::setBookingId(const QString &id)
{
    if (m_bookingId != id) {
        m_bookingId = id;
        reload();
    }
}

/// What the customer lets the shop see, with a label people understand for the fields the platform knows.
static QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("preferred_staff")) {
        return BookingCardModel::tr("Prefers");
    }
    if (field == QLatin1String("allergies")) {
        return BookingCardModel::tr("Allergies");
    }
    if (field == QLatin1String("playlist")) {
        return BookingCardModel::tr("Playlist");
    }
    if (field == QLatin1String("preferences")) {
        return BookingCardModel::tr("Wishes");
    }
    QString label = field;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label;
}

/// What the customer let the shop use a field for, in words (the platform's consent scopes).
static QString scopeLabel(const QString &scope)
{
    if (scope == QLatin1String("bookings")) {
        return BookingCardModel::tr("for bookings");
    }
    if (scope == QLatin1String("visit")) {
        return BookingCardModel::tr("during visits");
    }
    return scope;
}

void BookingCardModel::reload()
{
    m_booking.reset();
    m_seriesText.clear();
    m_profile.clear();
    m_visits.clear();
    if (m_store && !m_bookingId.isEmpty()) {
        Store &store = m_store->store();
        auto found = store.bookings().find(m_bookingId);
        if (found && found.value()) {
            m_booking = found.value();
            m_doneBy = m_booking->staffName;
            if (auto crew = m_booking->crewId.isEmpty() ? Result<Crew>(Crew{}) : store.crews().find(m_booking->crewId);
                crew && !crew->name.isEmpty()) {
                m_doneBy = crew->name; // the lead alone would hide the others who come
            }
            const QString customer = m_booking->customerId;
            if (!m_booking->seriesId.isEmpty()) {
                auto series = store.bookings().inSeries(m_booking->seriesId, QDate(1, 1, 1));
                const QList<Booking> all = series.ok() ? series.value() : QList<Booking>{};
                const auto at =
                    std::find_if(all.cbegin(), all.cend(), [&](const Booking &b) { return b.id == m_bookingId; });
                m_seriesText = tr("Visit %1 of %2 in a repeating series").arg(at - all.cbegin() + 1).arg(all.size());
            }
            auto profile = customer.isEmpty() ? Result<QList<SharedField>>(QList<SharedField>{})
                                              : store.customers().sharedProfile(customer);
            const QLocale locale;
            for (const SharedField &f : profile.ok() ? profile.value() : QList<SharedField>{}) {
                const QDateTime consented = QDateTime::fromString(f.consentedAt, Qt::ISODate);
                m_profile.append(QVariantMap{
                    {QStringLiteral("field"), f.field},
                    {QStringLiteral("label"), fieldLabel(f.field)},
                    {QStringLiteral("value"), f.value},
                    {QStringLiteral("scope"), scopeLabel(f.scope)},
                    {QStringLiteral("consentedAt"), locale.toString(consented.date(), QLocale::ShortFormat)},
                    {QStringLiteral("link"), f.value.startsWith(QLatin1String("https://"))}});
            }
            auto history =
                customer.isEmpty() ? Result<QList<Booking>>(QList<Booking>{}) : store.bookings().forCustomer(customer);
            for (const Booking &b : history.ok() ? history.value() : QList<Booking>{}) {
                // Earlier visits only: not this one, and not the later visits of a series.
                if (std::tie(b.day, b.startMin) >= std::tie(m_booking->day, m_booking->startMin)) {
                    continue;
                }
                m_visits.append(QVariantMap{
                    {QStringLiteral("when"), QStringLiteral("%1 %2").arg(locale.toString(b.day, QLocale::ShortFormat),
                                                                         madang::timetext::clock(b.startMin))},
                    {QStringLiteral("service"), b.serviceName},
                    {QStringLiteral("staff"), b.staffName},
                    {QStringLiteral("status"), bookingStatusLabel(b.status)}});
            }
        } else if (!found) {
            setError(found.error().message);
        }
    }
    Q_EMIT loaded();
}

QString BookingCardModel::phone() const
{
    return valid() ? phonetext::display(m_booking->customerPhone) : QString();
}

QString BookingCardModel::customerName() const
{
    if (!valid()) {
        return {};
    }
    return m_booking->customerName.isEmpty() ? tr("Walk-in") : m_booking->customerName;
}

QString BookingCardModel::timeText() const
{
    if (!valid()) {
        return {};
    }
    return QStringLiteral("%1 %2–%3")
        .arg(QLocale().toString(m_booking->day, QLocale::ShortFormat), madang::timetext::clock(m_booking->startMin),
             madang::timetext::clock(m_booking->endMin()));
}

QString BookingCardModel::status() const
{
    return valid() ? bookingStatusName(m_booking->status) : QString();
}

QString BookingCardModel::statusText() const
{
    return valid() ? bookingStatusLabel(m_booking->status) : QString();
}

QString BookingCardModel::sourceText() const
{
    if (!valid()) {
        return {};
    }
    switch (m_booking->source) {
    case BookingSource::Counter:
        return tr("At the counter");
    case BookingSource::WalkIn:
        return tr("Walk-in");
    case BookingSource::Phone:
        return tr("By phone");
    case BookingSource::Platform:
        return tr("Through the app");
    }
    return {};
}

QString BookingCardModel::money(qint64 minor) const
{
    return m_store ? moneyText(minor, m_store->currency()) : QString::number(minor);
}

QString BookingCardModel::priceText() const
{
    return valid() ? money(m_booking->priceMinor) : QString();
}

QString BookingCardModel::depositText() const
{
    return valid() && m_booking->depositMinor > 0 ? money(m_booking->depositMinor) : QString();
}

bool BookingCardModel::canCheckIn() const
{
    return valid() && bookingTransitionAllowed(m_booking->status, BookingStatus::CheckedIn);
}

bool BookingCardModel::canStart() const
{
    return valid() && bookingTransitionAllowed(m_booking->status, BookingStatus::InService);
}

bool BookingCardModel::canComplete() const
{
    return valid() && bookingTransitionAllowed(m_booking->status, BookingStatus::Completed);
}

bool BookingCardModel::canCancel() const
{
    return valid() && bookingTransitionAllowed(m_booking->status, BookingStatus::Cancelled);
}

bool BookingCardModel::canNoShow() const
{
    // Only once the customer is late: not for a booking that has not started yet.
    return valid() && m_store && bookingTransitionAllowed(m_booking->status, BookingStatus::NoShow) &&
           QDateTime::fromString(m_booking->startsAt, Qt::ISODate) <= m_store->store().clock().now();
}

QString BookingCardModel::actor() const
{
    return m_store && m_store->session() ? m_store->session()->staffId() : QString();
}

bool BookingCardModel::apply(const Result<Booking> &result)
{
    if (!result) {
        setError(result.error().message);
        return false;
    }
    setError({});
    return true;
}

bool BookingCardModel::checkIn()
{
    return m_store && apply(m_store->store().bookings().setStatus(m_bookingId, BookingStatus::CheckedIn, actor()));
}

bool BookingCardModel::start()
{
    return m_store && apply(m_store->store().bookings().setStatus(m_bookingId, BookingStatus::InService, actor()));
}

bool BookingCardModel::cancel(const QString &reason)
{
    return m_store && apply(m_store->store().bookings().cancel(m_bookingId, reason, actor()));
}

bool BookingCardModel::noShow(const QString &fee)
{
    if (!m_store) {
        return false;
    }
    qint64 feeMinor = 0;
    if (!fee.trimmed().isEmpty()) {
        auto currency = Currency::fromCode(m_store->currency());
        auto amount = currency ? Money::parseMajor(fee.trimmed(), currency.value()) : Result<Money>(currency.error());
        if (!amount) {
            setError(amount.error().message);
            return false;
        }
        feeMinor = amount->minor();
    }
    return apply(m_store->store().bookings().markNoShow(m_bookingId, feeMinor, actor()));
}

bool BookingCardModel::applyToFollowing()
{
    if (!m_store || !valid()) {
        return false;
    }
    auto moved =
        m_store->store().bookings().moveFollowing(m_bookingId, m_booking->startMin, m_booking->staffId, actor());
    if (!moved) {
        setError(moved.error().message);
        return false;
    }
    setError({});
    return true;
}

bool BookingCardModel::cancelFollowing(const QString &reason)
{
    if (!m_store) {
        return false;
    }
    auto cancelled = m_store->store().bookings().cancelFollowing(m_bookingId, reason, actor());
    if (!cancelled) {
        setError(cancelled.error().message);
        return false;
    }
    setError({});
    return true;
}
