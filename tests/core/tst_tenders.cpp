// TenderRegistry: what each built-in tender kind is, how a kind is added, the one sum of what is still due, and
// how a refund's money goes back by each kind's route.
#include "base/money.h"
#include "sales/payment.h"
#include "sales/tenders.h"
#include "testsupport.h"

#include <QTest>
#include <limits>

Q_DECLARE_METATYPE(madang::RefundRoute)
Q_DECLARE_METATYPE(madang::PaymentInput)

using namespace madang;

namespace {
using Tenders = QList<PaymentInput>;
using Applied = QList<AppliedPayment>;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

PaymentInput other(QLatin1String method, qint64 amount)
{
    return {QString(method), amount, amount, {}};
}
} // namespace

class TestTenders : public QObject
{
    Q_OBJECT

private slots:
    void builtinKinds_data();
    void builtinKinds();
    void builtinHasExactlyTheseKinds();
    void unknownCodes_data();
    void unknownCodes();
    void addingAKind();
    void addRefusesEmptyAndTakenCodes();
    void setVerify();
    void missingReferenceOfAnAddedKind();
    void remaining_data();
    void remaining();
    void quickCash_data();
    void quickCash();
    void refundRoutes_data();
    void refundRoutes();
};

void TestTenders::builtinKinds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("change");
    QTest::addColumn<bool>("reference");
    QTest::addColumn<QString>("referenceLabel");
    QTest::addColumn<RefundRoute>("refund");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    const auto row = [](const char *code, const char *label, bool change, bool reference, const char *referenceLabel,
                        const char *korean, const char *english) {
        // Every built-in kind gives a refund back the way it came, as refunds did before the registry.
        QTest::newRow(code) << QString::fromUtf8(code) << QString::fromUtf8(label) << change << reference
                            << QString::fromUtf8(referenceLabel) << RefundRoute::SameTender << QString::fromUtf8(korean)
                            << QString::fromUtf8(english);
    };
    row("cash", "Cash", true, false, "", "현금", "Cash");
    row("card", "Card", false, true, "Approval number", "카드", "Card");
    row("platform_qr", "Platform QR", false, false, "Payment reference", "간편결제", "Mobile pay");
    row("platform_token", "Platform token", false, false, "Payment reference", "간편결제", "Mobile pay");
    row("platform_autopay", "Platform auto-pay", false, false, "Payment reference", "간편결제", "Mobile pay");
    row("deposit", "Booking deposit", false, true, "Booking", "예약금", "Booking deposit");
}

void TestTenders::builtinKinds()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(bool, change);
    QFETCH(bool, reference);
    QFETCH(QString, referenceLabel);
    QFETCH(RefundRoute, refund);
    QFETCH(QString, korean);
    QFETCH(QString, english);
    const TenderKind *kind = TenderRegistry::builtin().find(code);
    QVERIFY(kind);
    QCOMPARE(kind->code, code);
    QCOMPARE(kind->label(), label); // no translator installed: the source text
    QCOMPARE(TenderRegistry::labelOf(code), label);
    QCOMPARE(kind->givesChange, change);
    QCOMPARE(payment::givesChange(code), change);
    QVERIFY(payment::isKnownMethod(code));
    QCOMPARE(kind->needsReference, reference);
    QCOMPARE(kind->referenceLabel(), referenceLabel);
    QCOMPARE(kind->refund, refund);
    QVERIFY(!kind->verify); // the built-in kinds verify nothing themselves
    QCOMPARE(kind->printedLabel(QStringLiteral("ko")), korean);
    QCOMPARE(kind->printedLabel(QStringLiteral("ko-KR")), korean);
    QCOMPARE(kind->printedLabel(QStringLiteral("en")), english);
    QCOMPARE(kind->printedLabel(QString()), english);
    QCOMPARE(TenderRegistry::printedLabelOf(code, QStringLiteral("ko")), korean);
    if (reference) {
        QVERIFY(!kind->missingReference().isEmpty());
        QVERIFY(!kind->missingReference().contains(QStringLiteral("%1")));
    }
}

void TestTenders::builtinHasExactlyTheseKinds()
{
    QStringList codes;
    for (const TenderKind &k : TenderRegistry::builtin().kinds()) {
        codes << k.code;
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("platform_qr"),
                                 QStringLiteral("platform_token"), QStringLiteral("platform_autopay"),
                                 QStringLiteral("deposit")}));
}

void TestTenders::unknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("capitals") << QStringLiteral("Cash");
    QTest::newRow("padded") << QStringLiteral(" cash");
    QTest::newRow("empty") << QString();
    QTest::newRow("old receipt code platform") << QStringLiteral("platform");
    QTest::newRow("old receipt code qr") << QStringLiteral("qr");
    QTest::newRow("voucher") << QStringLiteral("voucher");
}

void TestTenders::unknownCodes()
{
    QFETCH(QString, code);
    QVERIFY(!TenderRegistry::builtin().find(code));
    QVERIFY(!payment::isKnownMethod(code));
    QVERIFY(!payment::givesChange(code));
    QCOMPARE(TenderRegistry::labelOf(code), code);
    QCOMPARE(TenderRegistry::printedLabelOf(code, QStringLiteral("ko")), code);
}

void TestTenders::addingAKind()
{
    // A gift voucher: one entry, and payments take it; the built-in registry does not change.
    TenderRegistry registry = TenderRegistry::builtin();
    TenderKind voucher;
    voucher.code = QStringLiteral("voucher");
    voucher.labelText = "Gift voucher";
    voucher.needsReference = true;
    voucher.refund = RefundRoute::Cash;
    MADANG_VERIFY_OK(registry.add(voucher));
    QVERIFY(registry.find(QStringLiteral("voucher")));
    QCOMPARE(registry.find(QStringLiteral("voucher"))->label(), QStringLiteral("Gift voucher"));
    QVERIFY(!TenderRegistry::builtin().find(QStringLiteral("voucher")));

    const Tenders tenders{{QStringLiteral("voucher"), 5000, 5000, QStringLiteral("V-1")}, PaymentInput::cash(10000)};
    auto applied = applyPayments(12000, tenders, QStringLiteral("KRW"), registry);
    MADANG_VERIFY_OK(applied);
    QCOMPARE(applied->size(), 2);
    QCOMPARE(applied->at(0), (AppliedPayment{QStringLiteral("voucher"), 5000, 5000, 0, QStringLiteral("V-1")}));
    QCOMPARE(applied->at(1), (AppliedPayment{QStringLiteral("cash"), 7000, 10000, 3000, {}}));
    QCOMPARE(payment::remainingMinor(12000, {tenders.at(0)}, registry), 7000);
    // Without the entry the same tender is an unknown method.
    MADANG_VERIFY_ERROR(applyPayments(12000, tenders, QStringLiteral("KRW")), ErrorCode::InvalidInput);

    // A kind without its own labels shows its code.
    TenderKind bare;
    bare.code = QStringLiteral("barter");
    MADANG_VERIFY_OK(registry.add(bare));
    QCOMPARE(registry.find(QStringLiteral("barter"))->label(), QStringLiteral("barter"));
    QCOMPARE(registry.find(QStringLiteral("barter"))->printedLabel(QStringLiteral("ko")), QStringLiteral("barter"));
    QCOMPARE(registry.find(QStringLiteral("barter"))->referenceLabel(), QString());
}

void TestTenders::addRefusesEmptyAndTakenCodes()
{
    TenderRegistry registry = TenderRegistry::builtin();
    const qsizetype before = registry.kinds().size();
    TenderKind again;
    again.code = QStringLiteral("cash");
    again.labelText = "Another cash";
    MADANG_VERIFY_ERROR(registry.add(again), ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(registry.add(TenderKind{}), ErrorCode::InvalidInput);
    QCOMPARE(registry.kinds().size(), before);
    QCOMPARE(registry.find(QStringLiteral("cash"))->label(), QStringLiteral("Cash"));
}

void TestTenders::setVerify()
{
    TenderRegistry registry = TenderRegistry::builtin();
    QVERIFY(!registry.setVerify(QStringLiteral("voucher"), {}));
    QVERIFY(registry.setVerify(QString(payment::Deposit), [](QSqlDatabase &, const PaymentInput &,
                                                             const TenderCheck &) { return Status(Done{}); }));
    QVERIFY(registry.find(QString(payment::Deposit))->verify);
    QVERIFY(!registry.find(QString(payment::Cash))->verify);
    QVERIFY(!TenderRegistry::builtin().find(QString(payment::Deposit))->verify); // a copy was changed
}

void TestTenders::missingReferenceOfAnAddedKind()
{
    TenderRegistry registry;
    TenderKind voucher;
    voucher.code = QStringLiteral("voucher");
    voucher.needsReference = true;
    MADANG_VERIFY_OK(registry.add(voucher));
    auto r = applyPayments(5000, {{QStringLiteral("voucher"), 5000, 5000, QStringLiteral("  ")}}, QStringLiteral("KRW"),
                           registry);
    MADANG_VERIFY_ERROR(r, ErrorCode::InvalidInput);
    QCOMPARE(r.error().message, QStringLiteral("A voucher payment needs a reference."));
}

void TestTenders::remaining_data()
{
    QTest::addColumn<qint64>("due");
    QTest::addColumn<Tenders>("tenders");
    QTest::addColumn<qint64>("expected");
    using namespace payment;
    QTest::newRow("nothing tendered") << qint64(12000) << Tenders{} << qint64(12000);
    QTest::newRow("card part") << qint64(12000) << Tenders{PaymentInput::card(5000, QStringLiteral("A"))}
                               << qint64(7000);
    QTest::newRow("cash counts up to what is left") << qint64(12000) << Tenders{PaymentInput::cash(50000)} << qint64(0);
    QTest::newRow("cash then card") << qint64(12000)
                                    << Tenders{PaymentInput::cash(2000), PaymentInput::card(3000, QStringLiteral("A"))}
                                    << qint64(7000);
    QTest::newRow("deposit then platform")
        << qint64(12000) << Tenders{PaymentInput::deposit(4000, QStringLiteral("bk")), other(PlatformQr, 1000)}
        << qint64(7000);
    QTest::newRow("cash amount ignored") << qint64(12000) << Tenders{{QString(Cash), 9000, 1000, {}}} << qint64(11000);
    QTest::newRow("card tendered ignored")
        << qint64(12000) << Tenders{{QString(Card), 1000, 9000, QStringLiteral("A")}} << qint64(11000);
    QTest::newRow("unknown method counts its amount")
        << qint64(12000) << Tenders{{QStringLiteral("voucher"), 2000, 0, {}}} << qint64(10000);
    QTest::newRow("card above due") << qint64(12000) << Tenders{PaymentInput::card(15000, QStringLiteral("A"))}
                                    << qint64(0);
    QTest::newRow("negative amount counts nothing")
        << qint64(12000) << Tenders{other(PlatformToken, -5000)} << qint64(12000);
    QTest::newRow("negative cash counts nothing") << qint64(12000) << Tenders{PaymentInput::cash(-1)} << qint64(12000);
    QTest::newRow("negative due") << qint64(-500) << Tenders{} << qint64(0);
    // Figures at the ends of qint64 neither overflow nor wrap around.
    QTest::newRow("largest due, smallest amount") << kMax << Tenders{other(Card, kMin)} << kMax;
    QTest::newRow("largest due, largest amount") << kMax << Tenders{other(Card, kMax)} << qint64(0);
    QTest::newRow("largest due, largest cash") << kMax << Tenders{PaymentInput::cash(kMax)} << qint64(0);
    QTest::newRow("smallest due, largest amount") << kMin << Tenders{other(Card, kMax)} << qint64(0);
    QTest::newRow("largest due, two halves")
        << kMax << Tenders{other(Card, kMax / 2), other(Card, kMax / 2)} << qint64(1);
}

void TestTenders::remaining()
{
    QFETCH(qint64, due);
    QFETCH(Tenders, tenders);
    QFETCH(qint64, expected);
    QCOMPARE(payment::remainingMinor(due, tenders), expected);
    qint64 left = due;
    for (const PaymentInput &t : tenders) {
        left = payment::remainingAfter(left, t);
    }
    QCOMPARE(tenders.isEmpty() ? std::max<qint64>(due, 0) : left, expected);
}

void TestTenders::quickCash_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qint64>>("expected");
    const QString krw = QStringLiteral("KRW");
    QTest::newRow("₩9,000: exact, then ₩10,000 and ₩50,000")
        << qint64(9000) << krw << QList<qint64>{9000, 10000, 50000};
    QTest::newRow("₩4,000: exact, then ₩5,000, ₩10,000, ₩50,000")
        << qint64(4000) << krw << QList<qint64>{4000, 5000, 10000, 50000};
    QTest::newRow("₩70,000 after a deposit: exact, then ₩100,000")
        << qint64(70000) << krw << QList<qint64>{70000, 100000};
    QTest::newRow("₩132,160: at most three round figures")
        << qint64(132160) << krw << QList<qint64>{132160, 133000, 135000, 140000};
    QTest::newRow("₩50,000: a note already, exact only") << qint64(50000) << krw << QList<qint64>{50000};
    QTest::newRow("nothing left") << qint64(0) << krw << QList<qint64>{};
    QTest::newRow("negative") << qint64(-100) << krw << QList<qint64>{};
    QTest::newRow("$12.34 in cents") << qint64(1234) << QStringLiteral("USD") << QList<qint64>{1234, 1300, 1500, 2000};
    QTest::newRow("beyond any ticket") << Money::kMaxTotalMinor + 1 << krw << QList<qint64>{};
}

void TestTenders::quickCash()
{
    QFETCH(qint64, left);
    QFETCH(QString, currency);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(payment::quickCash(left, currency), expected);
}

void TestTenders::refundRoutes_data()
{
    QTest::addColumn<RefundRoute>("cardRoute");
    QTest::addColumn<Applied>("paid");
    QTest::addColumn<qint64>("money");
    QTest::addColumn<Applied>("expected");
    QTest::addColumn<QString>("refusal");
    const QString a1 = QStringLiteral("A1");
    const Applied cardAndCash{{QStringLiteral("card"), 3000, 3000, 0, a1},
                              {QStringLiteral("cash"), 1000, 5000, 4000, {}}};
    QTest::newRow("same tender, in proportion")
        << RefundRoute::SameTender << cardAndCash << qint64(2000)
        << Applied{{QStringLiteral("card"), -1500, -1500, 0, a1}, {QStringLiteral("cash"), -500, -500, 0, {}}}
        << QString();
    QTest::newRow("card back in cash") << RefundRoute::Cash << cardAndCash << qint64(2000)
                                       << Applied{{QStringLiteral("cash"), -1500, -1500, 0, {}},
                                                  {QStringLiteral("cash"), -500, -500, 0, {}}}
                                       << QString();
    QTest::newRow("card not at the counter")
        << RefundRoute::NotAtCounter << cardAndCash << qint64(2000) << Applied{}
        << QStringLiteral("The Card payment of sale T1-000007 cannot be given back");
    QTest::newRow("a share of nothing is left out")
        << RefundRoute::NotAtCounter
        << Applied{{QStringLiteral("card"), 0, 0, 0, a1}, {QStringLiteral("cash"), 1000, 1000, 0, {}}} << qint64(400)
        << Applied{{QStringLiteral("cash"), -400, -400, 0, {}}} << QString();
    QTest::newRow("a method no longer registered goes back as it came")
        << RefundRoute::Cash << Applied{{QStringLiteral("voucher"), 1000, 1000, 0, QStringLiteral("V")}} << qint64(1000)
        << Applied{{QStringLiteral("voucher"), -1000, -1000, 0, QStringLiteral("V")}} << QString();
    QTest::newRow("deposit back to its booking")
        << RefundRoute::Cash << Applied{{QStringLiteral("deposit"), 1000, 1000, 0, QStringLiteral("bk-1")}}
        << qint64(1000) << Applied{{QStringLiteral("deposit"), -1000, -1000, 0, QStringLiteral("bk-1")}} << QString();
}

void TestTenders::refundRoutes()
{
    QFETCH(RefundRoute, cardRoute);
    QFETCH(Applied, paid);
    QFETCH(qint64, money);
    QFETCH(Applied, expected);
    QFETCH(QString, refusal);
    TenderRegistry registry;
    for (TenderKind k : TenderRegistry::builtin().kinds()) {
        if (k.code == payment::Card) {
            k.refund = cardRoute;
        }
        MADANG_VERIFY_OK(registry.add(k));
    }
    auto back = refundPayments(paid, money, QStringLiteral("T1-000007"), registry);
    if (!refusal.isEmpty()) {
        MADANG_VERIFY_ERROR(back, ErrorCode::Conflict);
        QVERIFY2(back.error().message.startsWith(refusal), qPrintable(back.error().message));
        return;
    }
    MADANG_VERIFY_OK(back);
    QCOMPARE(back.value(), expected);
}

QTEST_GUILESS_MAIN(TestTenders)
#include "tst_tenders.moc"
