#pragma once

// A network receipt printer on 127.0.0.1 for tests: it accepts raw TCP like port 9100 and keeps each
// connection's bytes as one job. Only loopback.

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace madang::test {

class LoopbackPrinter
{
public:
    /// Listens on port, or on a free one when 0.
    explicit LoopbackPrinter(quint16 port = 0)
    {
        m_server.listen(QHostAddress::LocalHost, port);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto data = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket, data] { *data += socket->readAll(); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket, data] {
                    *data += socket->readAll();
                    m_jobs << *data;
                    socket->deleteLater();
                });
            }
        });
    }

    [[nodiscard]] bool listening() const { return m_server.isListening(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /// "127.0.0.1:<port>", as a printer's address.
    [[nodiscard]] QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    /// Each finished connection's bytes, in the order they closed.
    [[nodiscard]] const QList<QByteArray> &jobs() const { return m_jobs; }

    /// A loopback port with nothing listening: connecting is refused at once.
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    QTcpServer m_server;
    QList<QByteArray> m_jobs;
};

} // namespace madang::test
