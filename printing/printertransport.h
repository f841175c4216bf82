#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace madang {

struct PrinterConfig;

/// Sends a job's bytes to a printer. Blocking, bounded by a timeout: run it on a worker thread.
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;
    /// All the bytes, or an error that names the printer, where it is, and why (refused, timed out…).
    virtual Status send(const QByteArray &bytes) = 0;
};

/// Makes the transport for a printer; the spooler's seam (tests hand in their own).
using TransportFactory = std::function<std::unique_ptr<PrinterTransport>(const PrinterConfig &)>;

/// Raw TCP, as network receipt printers take it on port 9100 ("JetDirect"/"AppSocket").
class TcpPrinterTransport final : public PrinterTransport
{
public:
    TcpPrinterTransport(QString printerName, QString host, quint16 port = 9100, int timeoutMs = 5000);
    Status send(const QByteArray &bytes) override;

private:
    QString m_name;
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
};

/// A serial or USB-serial printer (8 data bits, no parity, 1 stop bit, no flow control).
class SerialPrinterTransport final : public PrinterTransport
{
public:
    SerialPrinterTransport(QString printerName, QString portName, qint32 baud = 19200, int timeoutMs = 5000);
    Status send(const QByteArray &bytes) override;

private:
    QString m_name;
    QString m_portName;
    qint32 m_baud;
    int m_timeoutMs;
};

/// Writes each job as a new file in a folder ("pdf" printers: receipts to e-mail or archive).
class FolderPrinterTransport final : public PrinterTransport
{
public:
    FolderPrinterTransport(QString printerName, QString folder, QString suffix = QStringLiteral(".pdf"));
    Status send(const QByteArray &bytes) override;

private:
    QString m_name;
    QString m_folder;
    QString m_suffix;
};

/// The real transports: tcp, serial and pdf printers by their address. A printer whose address or kind
/// is wrong gets a transport whose send() says so, so that the job fails visibly instead of vanishing.
TransportFactory defaultTransportFactory(int timeoutMs = 5000);

} // namespace madang
