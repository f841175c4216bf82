#include "printingfixture.h"

#include "catalog/catalogrepository.h"
#include "checkout/checkoutmodel.h"
#include "checkout/paymentmodel.h"
#include "demo/demodata.h"
#include "fixture.h"
#include "shell/session.h"
#include "testsupport.h"
#include "workflows/store.h"

using namespace madang;

namespace {
class RecordingTransport final : public PrinterTransport
{
public:
    RecordingTransport(std::shared_ptr<PrinterLog> log, QString printer, bool fail)
        : m_log(std::move(log)), m_printer(std::move(printer)), m_fail(fail)
    {}
    Status send(const QByteArray &bytes) override
    {
        QMutexLocker lock(&m_log->mutex);
        ++m_log->attempts;
        if (m_fail) {
            return makeError(ErrorCode::Io, QStringLiteral("Printer %1: connection refused").arg(m_printer));
        }
        m_log->sent << bytes;
        m_log->printers << m_printer;
        return Done{};
    }

private:
    std::shared_ptr<PrinterLog> m_log;
    QString m_printer;
    bool m_fail;
};
} // namespace

PrintingFixture::PrintingFixture(Printers printers)
{
    auto opened = test::openStore(m_dir, m_clock);
    if (!opened) {
        qWarning("PrintingFixture: %s", qPrintable(opened.error().message));
        return;
    }
    m_store = std::move(opened).value();
    if (auto done =
            DemoData::setUpTerminal(*m_store, test::sampleProfile(Vertical::Restaurant), QStringLiteral("Owner"), true,
                                    Fixture::testHasher().hash(Fixture::ownerPin()).value());
        !done) {
        qWarning("PrintingFixture: %s", qPrintable(done.error().message));
        return;
    }
    const bool fail = printers == Printers::Fail;
    std::shared_ptr<PrinterLog> log = m_log;
    m_printing = printers == Printers::Real
                     ? std::make_unique<PrintService>(*m_store)
                     : std::make_unique<PrintService>(*m_store, [log, fail](const PrinterConfig &p) {
                           return std::make_unique<RecordingTransport>(log, p.name, fail);
                       });
    m_app = std::make_unique<AppStore>(*m_store, Fixture::testHasher(), m_signer);
    m_app->setPrintService(m_printing.get());
    const QString owner = test::queryString(m_store->database().connection(),
                                            QStringLiteral("SELECT id FROM staff WHERE role = 'owner' LIMIT 1"));
    if (!m_app->session()->signIn(owner, Fixture::ownerPin())) {
        qWarning("PrintingFixture: %s", qPrintable(m_app->session()->error()));
    }
}

PrintingFixture::~PrintingFixture()
{
    m_app.reset();
    m_printing.reset(); // joins the spooler's workers before the store closes
    m_store.reset();
}

QString PrintingFixture::addPrinter(const QString &name, const QString &kind, const QString &address, int widthMm,
                                    bool receiptPrinter)
{
    PrinterConfig p;
    p.name = name;
    p.kind = kind;
    p.address = address;
    p.widthMm = widthMm;
    auto id = queue().addPrinter(p);
    if (!id) {
        qWarning("addPrinter: %s", qPrintable(id.error().message));
        return {};
    }
    if (receiptPrinter && !m_printing->setReceiptPrinterId(id.value())) {
        return {};
    }
    return id.value();
}

QString PrintingFixture::sellAtCounter(QString *receipt, bool *printProblem)
{
    CheckoutModel checkout;
    checkout.setStore(m_app.get());
    auto item = m_store->catalog().findBySku(QStringLiteral("D-COLA"));
    if (!item || !item.value() || !checkout.addItem(item.value()->id)) {
        qWarning("sellAtCounter: no cola");
        return {};
    }
    PaymentModel payment;
    payment.setStore(m_app.get());
    payment.setCheckout(&checkout);
    payment.start();
    if (!payment.payCash(payment.remainingMinor()) || !payment.done()) {
        qWarning("sellAtCounter: %s", qPrintable(payment.error()));
        return {};
    }
    if (receipt != nullptr) {
        *receipt = payment.receipt();
    }
    if (printProblem != nullptr) {
        *printProblem = payment.printProblem();
    }
    return payment.printMessage();
}

qint64 PrintingFixture::jobCount(const QString &kind)
{
    return test::queryInt(m_store->database().connection(),
                          QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = '%1'").arg(kind));
}

qint64 PrintingFixture::reprintCount()
{
    return test::queryInt(m_store->database().connection(),
                          QStringLiteral("SELECT count(*) FROM journal WHERE type = 'reprint'"));
}
