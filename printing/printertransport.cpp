#include "printertransport.h"

#include "printqueue/printqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSerialPort>
#include <QTcpSocket>
#include <QUuid>

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrinterTransport)
};

Error ioError(const QString &message)
{
    return makeError(ErrorCode::Io, message);
}

/// Why a network printer failed, in the counter's words rather than the socket's ("Connection refused").
QString reasonOf(const QTcpSocket &socket)
{
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return Text::tr("it refused the connection (wrong port, or its network printing is off)");
    case QAbstractSocket::RemoteHostClosedError:
        return Text::tr("it closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return Text::tr("no device has that address");
    case QAbstractSocket::SocketTimeoutError:
        return Text::tr("it did not answer in time");
    case QAbstractSocket::NetworkError:
        return Text::tr("the network cannot reach it");
    case QAbstractSocket::SocketAccessError:
        return Text::tr("this terminal may not open network connections");
    default:
        return socket.errorString();
    }
}

/// Why a serial printer failed, in the counter's words.
QString reasonOf(const QSerialPort &port)
{
    switch (port.error()) {
    case QSerialPort::DeviceNotFoundError:
        return Text::tr("there is no such port");
    case QSerialPort::PermissionError:
        return Text::tr("another program is using it, or this user may not");
    case QSerialPort::OpenError:
        return Text::tr("it is already open");
    case QSerialPort::ResourceError:
        return Text::tr("it was unplugged");
    case QSerialPort::TimeoutError:
        return Text::tr("it did not answer in time");
    case QSerialPort::WriteError:
        return Text::tr("it did not take the data");
    default:
        return port.errorString();
    }
}

/// A printer that cannot be reached as configured: every send reports why.
class BrokenTransport final : public PrinterTransport
{
public:
    explicit BrokenTransport(Error error) : m_error(std::move(error)) {}
    Status send(const QByteArray &) override { return m_error; }

private:
    Error m_error;
};

} // namespace

TcpPrinterTransport::TcpPrinterTransport(QString printerName, QString host, quint16 port, int timeoutMs)
    : m_name(std::move(printerName)), m_host(std::move(host)), m_port(port), m_timeoutMs(timeoutMs)
{}

Status TcpPrinterTransport::send(const QByteArray &bytes)
{
    const QString where = (m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
                              .arg(m_host)
                              .arg(m_port);
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs)) {
        return ioError(Text::tr("Printer %1 at %2 cannot be reached: %3. Is it on and connected to the network?")
                           .arg(m_name, where, reasonOf(socket)));
    }
    if (socket.write(bytes) != bytes.size()) {
        return ioError(Text::tr("Printer %1 at %2 did not take the receipt: %3.").arg(m_name, where, reasonOf(socket)));
    }
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(m_timeoutMs)) {
            return ioError(Text::tr("Printer %1 at %2 stopped taking data after %3 of %4 bytes: %5.")
                               .arg(m_name, where)
                               .arg(bytes.size() - socket.bytesToWrite())
                               .arg(bytes.size())
                               .arg(reasonOf(socket)));
        }
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState) {
        socket.waitForDisconnected(m_timeoutMs);
    }
    return Done{};
}

SerialPrinterTransport::SerialPrinterTransport(QString printerName, QString portName, qint32 baud, int timeoutMs)
    : m_name(std::move(printerName)), m_portName(std::move(portName)), m_baud(baud), m_timeoutMs(timeoutMs)
{}

Status SerialPrinterTransport::send(const QByteArray &bytes)
{
    QSerialPort port(m_portName);
    port.setBaudRate(m_baud);
    port.setDataBits(QSerialPort::Data8);
    port.setParity(QSerialPort::NoParity);
    port.setStopBits(QSerialPort::OneStop);
    port.setFlowControl(QSerialPort::NoFlowControl);
    if (!port.open(QIODevice::WriteOnly)) {
        return ioError(Text::tr("Printer %1 on %2 cannot be opened: %3. Is it plugged in, and may this user use it "
                                "(group dialout)?")
                           .arg(m_name, m_portName, reasonOf(port)));
    }
    if (port.write(bytes) != bytes.size()) {
        return ioError(
            Text::tr("Printer %1 on %2 did not take the receipt: %3.").arg(m_name, m_portName, reasonOf(port)));
    }
    while (port.bytesToWrite() > 0) {
        if (!port.waitForBytesWritten(m_timeoutMs)) {
            return ioError(Text::tr("Printer %1 on %2 stopped taking data after %3 of %4 bytes at %5 baud: %6.")
                               .arg(m_name, m_portName)
                               .arg(bytes.size() - port.bytesToWrite())
                               .arg(bytes.size())
                               .arg(m_baud)
                               .arg(reasonOf(port)));
        }
    }
    port.close();
    return Done{};
}

FolderPrinterTransport::FolderPrinterTransport(QString printerName, QString folder, QString suffix)
    : m_name(std::move(printerName)), m_folder(std::move(folder)), m_suffix(std::move(suffix))
{}

Status FolderPrinterTransport::send(const QByteArray &bytes)
{
    if (!QDir().mkpath(m_folder)) {
        return ioError(Text::tr("Printer %1 cannot create the folder %2.").arg(m_name, m_folder));
    }
    // A new name per job, written whole before it appears, so that a folder watcher never sees half a file.
    const QString name =
        QStringLiteral("receipt-%1%2").arg(QUuid::createUuid().toString(QUuid::Id128).left(12), m_suffix);
    QSaveFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return ioError(Text::tr("Printer %1 cannot write in %2: %3.").arg(m_name, m_folder, file.errorString()));
    }
    return Done{};
}

TransportFactory defaultTransportFactory(int timeoutMs)
{
    return [timeoutMs](const PrinterConfig &printer) -> std::unique_ptr<PrinterTransport> {
        if (printer.kind == QStringLiteral("tcp")) {
            auto address = TcpAddress::parse(printer.address);
            if (!address) {
                return std::make_unique<BrokenTransport>(address.error());
            }
            return std::make_unique<TcpPrinterTransport>(printer.name, address->host, address->port, timeoutMs);
        }
        if (printer.kind == QStringLiteral("serial")) {
            auto address = SerialAddress::parse(printer.address);
            if (!address) {
                return std::make_unique<BrokenTransport>(address.error());
            }
            return std::make_unique<SerialPrinterTransport>(printer.name, address->device, address->baud, timeoutMs);
        }
        if (printer.kind == QStringLiteral("pdf")) {
            return std::make_unique<FolderPrinterTransport>(printer.name, printer.address);
        }
        return std::make_unique<BrokenTransport>(ioError(
            Text::tr("Printer %1 has an unknown kind \"%2\" (tcp, serial or pdf).").arg(printer.name, printer.kind)));
    };
}

} // namespace madang
