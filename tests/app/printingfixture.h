#pragma once

// A set-up restaurant store with demo data, an AppStore signed in as the owner, and a PrintService whose
// printers are fakes: one that records what it was sent, or one that always fails. Time is a FakeClock.

#include "fakeclock.h"
#include "fakesigner.h"
#include "printertransport.h"
#include "printing/printservice.h"
#include "printqueue/printqueue.h"
#include "shell/appstore.h"

#include <QByteArrayList>
#include <QMutex>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace madang {
class Store;
}

/// What the fake printers were sent; the spooler sends from worker threads, so it is locked.
struct PrinterLog
{
    QMutex mutex;
    QByteArrayList sent;
    QStringList printers;
    int attempts = 0;
    [[nodiscard]] QByteArrayList sentBytes()
    {
        QMutexLocker lock(&mutex);
        return sent;
    }
};

class PrintingFixture
{
public:
    /// Record and Fail are fakes; Real uses the real transports (TCP 9100, serial, folder).
    enum class Printers { Record, Fail, Real };

    explicit PrintingFixture(Printers printers = Printers::Record);
    ~PrintingFixture();

    [[nodiscard]] bool ok() const { return m_app != nullptr; }
    madang::Store &store() { return *m_store; }
    AppStore &app() { return *m_app; }
    PrintService &printing() { return *m_printing; }
    madang::PrintQueue &queue() { return m_printing->queue(); }
    madang::test::FakeClock &clock() { return m_clock; }
    PrinterLog &log() { return *m_log; }

    /// Adds a printer (and makes it the receipt printer when asked); empty id on failure.
    QString addPrinter(const QString &name, const QString &kind, const QString &address, int widthMm,
                       bool receiptPrinter);
    /// Rings up one cola paid in exact cash through the counter's PaymentModel, like the screen does.
    /// Returns the PaymentModel's print message; receipt gets the sale's number.
    QString sellAtCounter(QString *receipt = nullptr, bool *printProblem = nullptr);
    /// Jobs of this kind in any state.
    qint64 jobCount(const QString &kind = QStringLiteral("receipt"));
    /// Reprints journaled so far.
    qint64 reprintCount();
    [[nodiscard]] QString folder() const { return m_dir.filePath(QStringLiteral("receipts")); }

private:
    QTemporaryDir m_dir;
    madang::test::FakeClock m_clock;
    madang::test::FakeSigner m_signer;
    std::shared_ptr<PrinterLog> m_log = std::make_shared<PrinterLog>();
    std::unique_ptr<madang::Store> m_store;
    std::unique_ptr<AppStore> m_app;
    std::unique_ptr<PrintService> m_printing;
};
