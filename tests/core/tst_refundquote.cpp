// quoteRefund: what a refund would give back, per line, VAT, total and tender, without writing anything; for
// every row the quote equals what SaleService::refund then writes, and a refusal is the refund's refusal.
#include "fakeclock.h"
#include "fakesigner.h"
#include "sales/order.h"
#include "sales/orderrepository.h"
#include "sales/refundquote.h"
#include "saletickets.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestRefundQuote : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void quoteEqualsRefund_data();
    void quoteEqualsRefund();

private:
    /// "1:1,3:2" → lines 1 and 3; "all" → empty (everything left).
    static QList<RefundLine> linesOf(const QString &spec);
    qint64 count(const char *table) const
    {
        return queryInt(m_store->database().connection(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

void TestRefundQuote::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestRefundQuote::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<RefundLine> TestRefundQuote::linesOf(const QString &spec)
{
    QList<RefundLine> lines;
    if (spec == QLatin1String("all")) {
        return lines;
    }
    for (const QString &one : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList lineQty = one.split(QLatin1Char(':'));
        lines << RefundLine{lineQty.at(0).toInt(), lineQty.at(1).toLongLong()};
    }
    return lines;
}

void TestRefundQuote::quoteEqualsRefund_data()
{
    // The sale: a cut (₩25,000), two treatments (₩12,000 each), three waxes at ₩3,333 with ₩1,000 off, 7% off
    // the order and a ₩3,000 tip. tenders: "cash", "card+cash" or "three" (two cards and cash).
    // earlier: corrections made before ("1:1,2:1" refunds, "all", "void"); lines: the refund quoted, then made.
    QTest::addColumn<QString>("tenders");
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("lines");
    QTest::newRow("one unit, cash") << "cash"
                                    << ""
                                    << "1:1";
    QTest::newRow("two lines, card and cash") << "card+cash"
                                              << ""
                                              << "2:1,3:2";
    QTest::newRow("everything and the tip, three tenders") << "three"
                                                           << ""
                                                           << "all";
    QTest::newRow("a line refunded before, cumulative rounding") << "three"
                                                                 << "3:1"
                                                                 << "3:1";
    QTest::newRow("the same line twice in one refund") << "card+cash"
                                                       << ""
                                                       << "3:1,3:1";
    QTest::newRow("the rest after earlier refunds") << "card+cash"
                                                    << "3:1,2:1"
                                                    << "all";
    QTest::newRow("refused: more than is left") << "cash"
                                                << "2:1"
                                                << "2:2";
    QTest::newRow("refused: no such line") << "cash"
                                           << ""
                                           << "9:1";
    QTest::newRow("refused: a negative count") << "cash"
                                               << ""
                                               << "1:-1";
    QTest::newRow("refused: nothing left") << "cash"
                                           << "all"
                                           << "all";
    QTest::newRow("refused: nothing asked") << "cash"
                                            << ""
                                            << "1:0";
    QTest::newRow("refused: a voided sale") << "card+cash"
                                            << "void"
                                            << "1:1";
}

void TestRefundQuote::quoteEqualsRefund()
{
    QFETCH(QString, tenders);
    QFETCH(QString, earlier);
    QFETCH(QString, lines);
    Ticket ticket = salonTicket();
    TicketLine wax = line(QStringLiteral("WAX"), QStringLiteral("왁스"), 3333, 3);
    wax.discount = Discount::amount(1000);
    ticket.lines << wax;
    ticket.orderDiscount = Discount::percent(700);
    QList<PaymentInput> paid;
    if (tenders == QLatin1String("card+cash")) {
        paid << PaymentInput::card(20000, QStringLiteral("C-1"));
    } else if (tenders == QLatin1String("three")) {
        paid << PaymentInput::card(10001, QStringLiteral("C-1")) << PaymentInput::card(7777, QStringLiteral("C-2"));
    }
    paid << PaymentInput::cash(100000);
    auto sale = m_store->sales().finalize(ticket, paid, staff(), m_signer);
    MADANG_VERIFY_OK(sale);
    if (earlier == QLatin1String("void")) {
        MADANG_VERIFY_OK(m_store->sales().voidSale(sale->orderId, manager(), m_signer));
    } else if (!earlier.isEmpty()) {
        MADANG_VERIFY_OK(m_store->sales().refund(sale->orderId, linesOf(earlier), manager(), m_signer));
    }

    const QList<qint64> before{count("orders"), count("payments"), count("journal"), count("outbox")};
    auto quote = quoteRefund(m_store->orders(), sale->orderId, linesOf(lines));
    QCOMPARE((QList<qint64>{count("orders"), count("payments"), count("journal"), count("outbox")}), before);
    auto refund = m_store->sales().refund(sale->orderId, linesOf(lines), manager(), m_signer);
    if (!refund) {
        QVERIFY2(!quote.ok(), "quoted a refund that is refused");
        QCOMPARE(quote.error().code, refund.error().code);
        QCOMPARE(quote.error().message, refund.error().message);
        return;
    }
    MADANG_VERIFY_OK(quote);
    const Order written = *m_store->orders().find(refund->orderId).value();
    QCOMPARE(quote->totalMinor, -refund->totalMinor);
    QCOMPARE(quote->totalMinor, -written.totalMinor);
    QCOMPARE(quote->subtotalMinor, -written.subtotalMinor);
    QCOMPARE(quote->discountMinor, -written.discountMinor);
    QCOMPARE(quote->vatMinor, -written.vatMinor);
    QCOMPARE(quote->tipMinor, -written.tipMinor);
    QCOMPARE(quote->currency, written.currency);
    QCOMPARE(quote->lines.size(), written.lines.size());
    for (qsizetype i = 0; i < written.lines.size(); ++i) {
        const OrderLine &w = written.lines.at(i);
        const RefundQuoteLine expected{w.correctsLine, w.name, -w.qty, -w.discountMinor, -w.vatMinor, -w.totalMinor};
        QCOMPARE(quote->lines.at(i), expected);
    }
    QCOMPARE(quote->tenders.size(), refund->payments.size());
    for (qsizetype i = 0; i < refund->payments.size(); ++i) {
        const AppliedPayment &p = refund->payments.at(i);
        QCOMPARE(quote->tenders.at(i),
                 (AppliedPayment{p.method, -p.amountMinor, -p.tenderedMinor, p.changeMinor, p.reference}));
    }
}

QTEST_GUILESS_MAIN(TestRefundQuote)
#include "tst_refundquote.moc"
