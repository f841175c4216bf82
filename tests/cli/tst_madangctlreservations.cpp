// madangctl reservation deposit-refund: a cancelled party's deposit given back once, audited; refusals exit 2
// and write nothing, a missing reason is a usage error.
#include "fakeclock.h"
#include "floor/tableservice.h"
#include "madangctlfixture.h"
#include "reservations/reservationservice.h"
#include "storage/database.h"
#include "workflows/store.h"

#include <QTimeZone>

namespace {
qint64 queryIntAt(const QString &path, const QString &sql)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    return opened ? queryInt(opened.value()->connection(), sql) : -1;
}
} // namespace

class TestMadangctlReservations : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void depositRefund();
};

void TestMadangctlReservations::depositRefund()
{
    QVERIFY(initRestaurant());
    QString id;
    {
        FakeClock clock;
        clock.set(QDateTime(QDate(2026, 12, 4), QTime(12, 0), QTimeZone("Asia/Seoul")));
        auto store = openStore(*m_dir, clock, QStringLiteral("terminal.db"));
        MADANG_VERIFY_OK(store);
        ReservationService &reservations = store.value()->reservations();
        MADANG_VERIFY_OK(reservations.setHours(Qt::Friday, {{17 * 60, 22 * 60}}));
        auto area = store.value()->tables().saveArea({{}, QStringLiteral("홀"), 0});
        MADANG_VERIFY_OK(area);
        auto table = store.value()->tables().saveTable(
            DiningTable{{}, area->id, QStringLiteral("T8"), 8, 0, 0, 100, 100, false, true});
        MADANG_VERIFY_OK(table);
        ReservationRequest r;
        r.guestName = QStringLiteral("이도윤");
        r.partySize = 8;
        r.day = QDate(2026, 12, 4);
        r.startMin = 19 * 60;
        r.depositMinor = 80000;
        auto made = reservations.create(r);
        MADANG_VERIFY_OK(made);
        id = made->id;
    }
    const auto refund = [&](const QStringList &more) {
        return ctl(withDb(QStringList{QStringLiteral("reservation"), QStringLiteral("deposit-refund")} + more));
    };
    const auto audited = [&] {
        return queryIntAt(db(), QStringLiteral("SELECT count(*) FROM audit WHERE action = 'deposit.refunded'"));
    };

    // Not cancelled yet: refused, nothing written.
    const Run booked = refund({id, QStringLiteral("--reason"), QStringLiteral("asked")});
    QCOMPARE(booked.exitCode, 2);
    QVERIFY2(booked.err.contains(QStringLiteral("cancelled or missed")), qPrintable(booked.err));
    QCOMPARE(audited(), 0);
    QCOMPARE(refund({id}).exitCode, 64);

    {
        FakeClock clock;
        auto store = openStore(*m_dir, clock, QStringLiteral("terminal.db"));
        MADANG_VERIFY_OK(store);
        MADANG_VERIFY_OK(store.value()->reservations().cancel(id, QStringLiteral("plans changed"), {}));
    }
    const Run given = refund({id, QStringLiteral("--reason"), QStringLiteral("plans changed")});
    QCOMPARE(given.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(given.out.toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("reservation_id")).toString(), id);
    QCOMPARE(out.value(QStringLiteral("refunded_minor")).toInteger(), 80000);
    QCOMPARE(audited(), 1);
    QCOMPARE(queryIntAt(db(), QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.deposit_refunded'")),
             1);

    // Once.
    const Run again = refund({id, QStringLiteral("--reason"), QStringLiteral("twice")});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(audited(), 1);
}

QTEST_GUILESS_MAIN(TestMadangctlReservations)
#include "tst_madangctlreservations.moc"
