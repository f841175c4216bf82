// ReservationService tests' restaurant: open Fridays 11:30-14:30 and 17:00-22:00; T1 and T2 seat 2, T4 and T5
// seat 4 and push together, T8 seats 6. Shared by tst_reservationservice, tst_reservationbill, tst_checkout,
// tst_intake, tst_depositrefund and (openRestaurant) tst_reservationappliers.
#pragma once

#include "fakeclock.h"
#include "floor/tableservice.h"
#include "reservations/reservationservice.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

using namespace madang;
using namespace madang::test;

inline const QDate kFriday(2026, 12, 4);

/// Friday 17:30 in Seoul: the time the fixture's clock starts at.
QDateTime fridayEvening();
/// The restaurant on a set-up store: its hours, the hall and its tables (name → id into `tables`), T4 and T5 in
/// one combine group. Also what an ApplierPair prepares for the reservation appliers.
Status openRestaurant(Store &store, QHash<QString, QString> &tables);

class ReservationFixture
{
protected:
    void setUp();
    void tearDown();

    ReservationService &reservations() { return m_store->reservations(); }
    qint64 count(const QString &sql) const { return queryInt(m_store->database().connection(), sql); }
    ReservationRequest request(const QString &name, int party, int startMin, const QStringList &tables = {}) const;
    QString tableId(const QString &name) const { return m_tables.value(name); }
    /// A party of `party` booked at `table` and seated there.
    Result<Reservation> seatedAt(const QString &table, int party, int startMin);
    /// The table called `name` as the floor shows it.
    TableState stateOf(const QString &name) const;
    /// Bookings too: a set menu to book (COURSE, ₩90,000, an hour) and Ana, who serves it Fridays 9:00-22:00.
    void addBookableCourse();

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QHash<QString, QString> m_tables; // name → id
    QString m_courseId;               // after addBookableCourse()
    QString m_hostId;
};
