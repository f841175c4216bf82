// Payments: tenders applied to what is due, change for cash, references for cards, and what is refused.
#include "sales/payment.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

Q_DECLARE_METATYPE(madang::PaymentInput)
Q_DECLARE_METATYPE(madang::AppliedPayment)

namespace {
using Tenders = QList<PaymentInput>;
using Applied = QList<AppliedPayment>;

PaymentInput other(QLatin1String method, qint64 amount, const QString &reference = {})
{
    return {QString(method), amount, amount, reference};
}

AppliedPayment applied(QLatin1String method, qint64 amount, qint64 tendered, qint64 change,
                       const QString &reference = {})
{
    return {QString(method), amount, tendered, change, reference};
}
} // namespace

class TestPayment : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void methods_data();
    void methods();
    void inputShortcuts();
};

void TestPayment::accepted_data()
{
    QTest::addColumn<qint64>("due");
    QTest::addColumn<Tenders>("tenders");
    QTest::addColumn<Applied>("expected");
    const QString ref = QStringLiteral("A1234");
    using namespace payment;

    QTest::newRow("cash exact") << qint64(12000) << Tenders{PaymentInput::cash(12000)}
                                << Applied{applied(Cash, 12000, 12000, 0)};
    QTest::newRow("cash with change") << qint64(12000) << Tenders{PaymentInput::cash(50000)}
                                      << Applied{applied(Cash, 12000, 50000, 38000)};
    QTest::newRow("cash: 1 won over") << qint64(12000) << Tenders{PaymentInput::cash(12001)}
                                      << Applied{applied(Cash, 12000, 12001, 1)};
    QTest::newRow("card exact with reference")
        << qint64(12000) << Tenders{PaymentInput::card(12000, ref)} << Applied{applied(Card, 12000, 12000, 0, ref)};
    QTest::newRow("card reference trimmed")
        << qint64(12000) << Tenders{PaymentInput::card(12000, QStringLiteral(" 77 \n"))}
        << Applied{applied(Card, 12000, 12000, 0, QStringLiteral("77"))};
    QTest::newRow("card then cash with change")
        << qint64(12000) << Tenders{PaymentInput::card(7000, ref), PaymentInput::cash(10000)}
        << Applied{applied(Card, 7000, 7000, 0, ref), applied(Cash, 5000, 10000, 5000)};
    QTest::newRow("cash then card") << qint64(12000) << Tenders{PaymentInput::cash(5000), PaymentInput::card(7000, ref)}
                                    << Applied{applied(Cash, 5000, 5000, 0), applied(Card, 7000, 7000, 0, ref)};
    QTest::newRow("two cards") << qint64(30000)
                               << Tenders{PaymentInput::card(10000, QStringLiteral("1")),
                                          PaymentInput::card(20000, QStringLiteral("2"))}
                               << Applied{applied(Card, 10000, 10000, 0, QStringLiteral("1")),
                                          applied(Card, 20000, 20000, 0, QStringLiteral("2"))};
    QTest::newRow("two cash tenders") << qint64(12000) << Tenders{PaymentInput::cash(10000), PaymentInput::cash(5000)}
                                      << Applied{applied(Cash, 10000, 10000, 0), applied(Cash, 2000, 5000, 3000)};
    QTest::newRow("zero due, no tenders") << qint64(0) << Tenders{} << Applied{};
    QTest::newRow("platform QR without reference")
        << qint64(8900) << Tenders{other(PlatformQr, 8900)} << Applied{applied(PlatformQr, 8900, 8900, 0)};
    QTest::newRow("platform token with reference")
        << qint64(8900) << Tenders{other(PlatformToken, 8900, QStringLiteral("tok-1"))}
        << Applied{applied(PlatformToken, 8900, 8900, 0, QStringLiteral("tok-1"))};
    QTest::newRow("platform autopay then cash")
        << qint64(8900) << Tenders{other(PlatformAutoPay, 3900), PaymentInput::cash(10000)}
        << Applied{applied(PlatformAutoPay, 3900, 3900, 0), applied(Cash, 5000, 10000, 5000)};
    // A platform tender's amount counts even when the cashier typed a different "tendered".
    QTest::newRow("platform tendered ignored")
        << qint64(5000) << Tenders{{QString(PlatformQr), 5000, 9999, QStringLiteral("q")}}
        << Applied{applied(PlatformQr, 5000, 5000, 0, QStringLiteral("q"))};
    // A booking's deposit, credited at checkout, then the rest in cash.
    QTest::newRow("deposit then cash") << qint64(90000)
                                       << Tenders{PaymentInput::deposit(20000, QStringLiteral("bk-1")),
                                                  PaymentInput::cash(70000)}
                                       << Applied{applied(Deposit, 20000, 20000, 0, QStringLiteral("bk-1")),
                                                  applied(Cash, 70000, 70000, 0)};
    // For cash only what was handed over counts; an amount typed with it does not.
    QTest::newRow("cash amount ignored") << qint64(5000) << Tenders{{QString(Cash), 1, 6000, {}}}
                                         << Applied{applied(Cash, 5000, 6000, 1000)};
}

void TestPayment::accepted()
{
    QFETCH(qint64, due);
    QFETCH(Tenders, tenders);
    QFETCH(Applied, expected);
    const auto r = applyPayments(due, tenders, QStringLiteral("KRW"));
    QVERIFY2(r.ok(), test::describe(r).constData());
    QCOMPARE(r->size(), expected.size());
    qint64 counted = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const AppliedPayment &got = r->at(i);
        const AppliedPayment &want = expected.at(i);
        QCOMPARE(got.method, want.method);
        QCOMPARE(got.amountMinor, want.amountMinor);
        QCOMPARE(got.tenderedMinor, want.tenderedMinor);
        QCOMPARE(got.changeMinor, want.changeMinor);
        QCOMPARE(got.reference, want.reference);
        QVERIFY(got == want);
        QCOMPARE(got.tenderedMinor - got.amountMinor, got.changeMinor);
        counted += got.amountMinor;
    }
    QCOMPARE(counted, due); // the applied amounts add up to what is due, exactly
}

void TestPayment::refused_data()
{
    QTest::addColumn<qint64>("due");
    QTest::addColumn<Tenders>("tenders");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("mentions");
    const QString krw = QStringLiteral("KRW");
    const QString ref = QStringLiteral("A1234");
    using namespace payment;

    QTest::newRow("cash short") << qint64(12000) << Tenders{PaymentInput::cash(9000)} << krw
                                << QStringLiteral("₩3,000 is still due");
    QTest::newRow("card short") << qint64(12000) << Tenders{PaymentInput::card(11000, ref)} << krw
                                << QStringLiteral("₩1,000 is still due");
    QTest::newRow("nothing tendered") << qint64(12000) << Tenders{} << krw << QStringLiteral("₩12,000 is still due");
    QTest::newRow("card and cash short") << qint64(1250000)
                                         << Tenders{PaymentInput::card(1000000, ref), PaymentInput::cash(200000)} << krw
                                         << QStringLiteral("₩50,000 is still due");
    QTest::newRow("USD short") << qint64(1050) << Tenders{PaymentInput::cash(1000)} << QStringLiteral("USD")
                               << QStringLiteral("$0.50 is still due");
    QTest::newRow("unknown currency shows the number")
        << qint64(3000) << Tenders{} << QStringLiteral("XYZ") << QStringLiteral("3000 is still due");
    QTest::newRow("card without reference")
        << qint64(12000) << Tenders{PaymentInput::card(12000, {})} << krw << QStringLiteral("approval number");
    QTest::newRow("card with a blank reference")
        << qint64(12000) << Tenders{PaymentInput::card(12000, QStringLiteral("  "))} << krw
        << QStringLiteral("approval number");
    QTest::newRow("deposit without its booking")
        << qint64(12000) << Tenders{PaymentInput::deposit(5000, {}), PaymentInput::cash(7000)} << krw
        << QStringLiteral("booking it was paid for");
    QTest::newRow("deposit above due") << qint64(12000) << Tenders{PaymentInput::deposit(20000, QStringLiteral("bk-1"))}
                                       << krw << QStringLiteral("deposit payment of ₩20,000 is more than");
    QTest::newRow("card above due") << qint64(12000) << Tenders{PaymentInput::card(15000, ref)} << krw
                                    << QStringLiteral("card payment of ₩15,000 is more than the ₩12,000 still due");
    QTest::newRow("card above what cash left")
        << qint64(12000) << Tenders{PaymentInput::cash(10000), PaymentInput::card(3000, ref)} << krw
        << QStringLiteral("₩3,000 is more than the ₩2,000 still due");
    QTest::newRow("platform above due") << qint64(5000) << Tenders{other(PlatformQr, 5001)} << krw
                                        << QStringLiteral("platform_qr payment of ₩5,001");
    QTest::newRow("card of 0") << qint64(12000) << Tenders{PaymentInput::card(0, ref)} << krw
                               << QStringLiteral("needs an amount");
    QTest::newRow("negative platform amount")
        << qint64(12000) << Tenders{other(PlatformToken, -1)} << krw << QStringLiteral("needs an amount");
    QTest::newRow("cash of 0") << qint64(12000) << Tenders{PaymentInput::cash(0)} << krw
                               << QStringLiteral("cash handed over");
    QTest::newRow("negative cash") << qint64(12000) << Tenders{PaymentInput::cash(-500)} << krw
                                   << QStringLiteral("cash handed over");
    QTest::newRow("unknown method") << qint64(12000) << Tenders{{QStringLiteral("bitcoin"), 12000, 12000, ref}} << krw
                                    << QStringLiteral("\"bitcoin\"");
    QTest::newRow("method in capitals") << qint64(12000) << Tenders{{QStringLiteral("CASH"), 0, 12000, {}}} << krw
                                        << QStringLiteral("\"CASH\"");
    QTest::newRow("empty method") << qint64(12000) << Tenders{{QString(), 0, 12000, {}}} << krw
                                  << QStringLiteral("Unknown payment method");
    QTest::newRow("unknown method after a good one")
        << qint64(12000) << Tenders{PaymentInput::cash(5000), {QStringLiteral("voucher"), 7000, 7000, {}}} << krw
        << QStringLiteral("\"voucher\"");
    QTest::newRow("zero due, card") << qint64(0) << Tenders{PaymentInput::card(1, ref)} << krw
                                    << QStringLiteral("Nothing is left to pay");
    QTest::newRow("cash after the bill is paid")
        << qint64(12000) << Tenders{PaymentInput::cash(12000), PaymentInput::cash(1000)} << krw
        << QStringLiteral("Nothing is left to pay");
}

void TestPayment::refused()
{
    QFETCH(qint64, due);
    QFETCH(Tenders, tenders);
    QFETCH(QString, currency);
    QFETCH(QString, mentions);
    const auto r = applyPayments(due, tenders, currency);
    MADANG_VERIFY_ERROR(r, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void TestPayment::methods_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("change");
    QTest::newRow("cash") << "cash" << true << true;
    QTest::newRow("card") << "card" << true << false;
    QTest::newRow("platform_qr") << "platform_qr" << true << false;
    QTest::newRow("platform_token") << "platform_token" << true << false;
    QTest::newRow("platform_autopay") << "platform_autopay" << true << false;
    QTest::newRow("capitals") << "Cash" << false << false;
    QTest::newRow("padded") << " cash" << false << false;
    QTest::newRow("empty") << "" << false << false;
    QTest::newRow("voucher") << "voucher" << false << false;
}

void TestPayment::methods()
{
    QFETCH(QString, method);
    QFETCH(bool, known);
    QFETCH(bool, change);
    QCOMPARE(payment::isKnownMethod(method), known);
    QCOMPARE(payment::givesChange(method), change);
}

void TestPayment::inputShortcuts()
{
    const PaymentInput cash = PaymentInput::cash(50000);
    QCOMPARE(cash.method, QStringLiteral("cash"));
    QCOMPARE(cash.amountMinor, qint64(0));
    QCOMPARE(cash.tenderedMinor, qint64(50000));
    QVERIFY(cash.reference.isEmpty());
    const PaymentInput card = PaymentInput::card(12000, QStringLiteral("A1"));
    QCOMPARE(card.method, QStringLiteral("card"));
    QCOMPARE(card.amountMinor, qint64(12000));
    QCOMPARE(card.tenderedMinor, qint64(12000));
    QCOMPARE(card.reference, QStringLiteral("A1"));
}

QTEST_GUILESS_MAIN(TestPayment)
#include "tst_payment.moc"
