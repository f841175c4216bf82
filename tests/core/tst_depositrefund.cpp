// DepositRefund: the deposit of a cancelled or missed reservation given back once, with its reservation event,
// outbox op and audit entry together; every refusal writes nothing.
#include "reservationfixture.h"
#include "workflows/depositrefund.h"

#include <QTest>

class TestDepositRefund : public QObject, protected ReservationFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void refund_data();
    void refund();
};

void TestDepositRefund::refund_data()
{
    QTest::addColumn<QString>("state"); // what happened to the reservation first
    QTest::addColumn<qint64>("deposit");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("error"); // -1: given back
    QTest::newRow("cancelled") << "cancelled" << qint64(80000) << "plans changed" << -1;
    QTest::newRow("no-show") << "no_show" << qint64(80000) << "called the next day" << -1;
    QTest::newRow("given back twice") << "refunded" << qint64(80000) << "again" << int(ErrorCode::Conflict);
    QTest::newRow("still booked") << "confirmed" << qint64(80000) << "asked" << int(ErrorCode::Conflict);
    QTest::newRow("seated: credited on the bill") << "seated" << qint64(80000) << "asked" << int(ErrorCode::Conflict);
    QTest::newRow("no deposit taken") << "cancelled" << qint64(0) << "plans changed" << int(ErrorCode::Conflict);
    QTest::newRow("no reason") << "cancelled" << qint64(80000) << " " << int(ErrorCode::InvalidInput);
    QTest::newRow("reason over 500 characters")
        << "cancelled" << qint64(80000) << QString(501, QLatin1Char('x')) << int(ErrorCode::InvalidInput);
    QTest::newRow("reason with an escape")
        << "cancelled" << qint64(80000) << QStringLiteral("ok\x1b[31m") << int(ErrorCode::InvalidInput);
    QTest::newRow("no such reservation") << "unknown" << qint64(80000) << "asked" << int(ErrorCode::NotFound);
}

void TestDepositRefund::refund()
{
    QFETCH(QString, state);
    QFETCH(qint64, deposit);
    QFETCH(QString, reason);
    QFETCH(int, error);
    ReservationRequest r = request(QStringLiteral("이도윤"), 8, 19 * 60);
    r.depositMinor = deposit;
    auto made = reservations().create(r);
    MADANG_VERIFY_OK(made);
    if (state == QLatin1String("cancelled") || state == QLatin1String("refunded")) {
        MADANG_VERIFY_OK(reservations().cancel(made->id, QStringLiteral("plans changed"), {}));
    } else if (state == QLatin1String("no_show")) {
        MADANG_VERIFY_OK(reservations().markNoShow(made->id, {}));
    } else if (state == QLatin1String("seated")) {
        MADANG_VERIFY_OK(reservations().seat(made->id, Ticket{}, {}));
    }
    DepositRefund refunds(*m_store);
    if (state == QLatin1String("refunded")) {
        MADANG_VERIFY_OK(refunds.refund(made->id, QStringLiteral("first time"), {}, QStringLiteral("Owner")));
    }
    const QString events = QStringLiteral("SELECT count(*) FROM reservation_events WHERE kind = 'deposit_refunded'");
    const QString ops = QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.deposit_refunded'");
    const QString audited = QStringLiteral("SELECT count(*) FROM audit WHERE action = 'deposit.refunded'");
    const QList<qint64> before{count(events), count(ops), count(audited)};

    const QString id = state == QLatin1String("unknown") ? QStringLiteral("no-such-reservation") : made->id;
    auto refunded = refunds.refund(id, reason, QStringLiteral("staff-1"), QStringLiteral("김민지"));
    if (error >= 0) {
        MADANG_VERIFY_ERROR(refunded, static_cast<ErrorCode>(error));
        QCOMPARE((QList<qint64>{count(events), count(ops), count(audited)}), before);
        return;
    }
    MADANG_VERIFY_OK(refunded);
    QCOMPARE(refunded.value(), deposit);
    QCOMPARE((QList<qint64>{count(events), count(ops), count(audited)}), (QList<qint64>{1, 1, 1}));
    QCOMPARE(count(QStringLiteral("SELECT json_extract(payload, '$.event.amount_minor') FROM outbox WHERE op = "
                                  "'reservation.deposit_refunded'")),
             deposit);
    QCOMPARE(count(QStringLiteral("SELECT json_extract(detail, '$.amount_minor') FROM audit WHERE action = "
                                  "'deposit.refunded' AND actor_id = 'staff-1' AND reason = '%1'")
                       .arg(reason)),
             deposit);
    // Once: a second try is refused and writes nothing.
    MADANG_VERIFY_ERROR(refunds.refund(id, reason, {}, {}), ErrorCode::Conflict);
    QCOMPARE(count(events), 1);
}

QTEST_GUILESS_MAIN(TestDepositRefund)
#include "tst_depositrefund.moc"
