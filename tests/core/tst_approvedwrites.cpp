// ApprovedWrites: a manager's approval and the write it approves (cash out, no sale, refund, void) in one
// transaction: the write carries the approver; a refused approval writes nothing, and a refused write keeps
// the approval unused.
#include "audit/auditlog.h"
#include "fakeclock.h"
#include "fakesigner.h"
#include "saletickets.h"
#include "shifts/shiftservice.h"
#include "testsupport.h"
#include "workflows/approvedwrites.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestApprovedWrites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void approvalAndWriteTogether_data();
    void approvalAndWriteTogether();

private:
    qint64 count(const QString &sql) const { return queryInt(m_store->database().connection(), sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
    QString m_saleId;
};

void TestApprovedWrites::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    MADANG_VERIFY_OK(m_store->shifts().open(50000, QStringLiteral("KRW"), staff(), m_signer));
    auto sale = m_store->sales().finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), m_signer);
    MADANG_VERIFY_OK(sale);
    m_saleId = sale->orderId;
}

void TestApprovedWrites::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestApprovedWrites::approvalAndWriteTogether_data()
{
    QTest::addColumn<QString>("what"); // "cash out", "no sale", "refund" or "void"
    QTest::addColumn<bool>("approved");
    QTest::addColumn<bool>("writeRefused"); // a zero cash out, a no-sale without a reason, an unknown sale
    for (const char *what : {"cash out", "no sale", "refund", "void"}) {
        QTest::addRow("%s: approved and written", what) << QString::fromLatin1(what) << true << false;
        QTest::addRow("%s: approval refused", what) << QString::fromLatin1(what) << false << false;
        QTest::addRow("%s: write refused, approval kept", what) << QString::fromLatin1(what) << true << true;
    }
}

void TestApprovedWrites::approvalAndWriteTogether()
{
    QFETCH(QString, what);
    QFETCH(bool, approved);
    QFETCH(bool, writeRefused);
    // The approval's own write (StaffAuth marks the token used) stands in as an audit entry.
    int asked = 0;
    const ConsumeApproval approve = [&]() -> Result<QString> {
        ++asked;
        if (!approved) {
            return makeError(ErrorCode::Expired, QStringLiteral("The approval has expired."));
        }
        AuditEntry used;
        used.action = audit::Approval;
        used.approverId = QStringLiteral("mgr-1");
        if (auto appended = m_store->audit().append(used); !appended) {
            return appended.error();
        }
        return QStringLiteral("mgr-1");
    };
    const QString approvals = QStringLiteral("SELECT count(*) FROM audit WHERE action = 'manager.approval'");
    const QString moves = QStringLiteral("SELECT count(*) FROM cash_movements WHERE approver_id = 'mgr-1'");
    const QString corrections = QStringLiteral("SELECT count(*) FROM orders WHERE approver_id = 'mgr-1'");
    const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 journal = count(QStringLiteral("SELECT count(*) FROM journal"));

    ApprovedWrites writes(*m_store);
    SaleContext who = staff();
    who.reason = writeRefused && what == QLatin1String("no sale") ? QString() : QStringLiteral("change for the till");
    const QString saleId = writeRefused ? QStringLiteral("no-such-sale") : m_saleId;
    Error error;
    if (what == QLatin1String("cash out") || what == QLatin1String("no sale")) {
        const bool out = what == QLatin1String("cash out");
        auto moved = writes.moveCash(out ? QStringLiteral("out") : QStringLiteral("no_sale"),
                                     out && !writeRefused ? 30000 : 0, who, approve, m_signer);
        error = moved ? Error{} : moved.error();
    } else {
        auto done = what == QLatin1String("refund") ? writes.refund(saleId, {{1, 1}}, who, approve, m_signer)
                                                    : writes.voidSale(saleId, who, approve, m_signer);
        error = done ? Error{} : done.error();
    }
    QCOMPARE(asked, 1);
    const bool written = approved && !writeRefused;
    QCOMPARE(error.message.isEmpty(), written);
    if (!approved) {
        QCOMPARE(error.code, ErrorCode::Expired);
    }
    QCOMPARE(count(approvals), written ? 1 : 0);
    QCOMPARE(count(moves) + count(corrections), written ? 1 : 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")) > outbox, written);
    if (what == QLatin1String("refund") || what == QLatin1String("void")) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal")) > journal, written);
    }
}

QTEST_GUILESS_MAIN(TestApprovedWrites)
#include "tst_approvedwrites.moc"
