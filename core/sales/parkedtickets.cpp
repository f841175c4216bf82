#include "sales/parkedtickets.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParkedTickets)
};

Status run(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &context)
{
    q.prepare(sql);
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    return q.exec() ? Status(Done{}) : Status(Database::storageError(q.lastError(), context));
}
} // namespace

Result<QString> ParkedTickets::park(const Ticket &ticket, const QString &label, const QString &staffId)
{
    if (ticket.lines.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("An empty ticket cannot be put on hold."));
    }
    if (auto clean = checkText(label.trimmed(), TextKind::Name, Text::tr("label")); !clean) {
        return clean.error();
    }
    QSqlQuery q(m_db.connection());
    const QString id = m_ids.nextString();
    const QString text = QString::fromUtf8(QJsonDocument(ticket.toJson()).toJson(QJsonDocument::Compact));
    if (auto done =
            run(q,
                QStringLiteral("INSERT INTO parked_tickets (id, label, staff_id, ticket, parked_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {id, label.trimmed(), staffId.isEmpty() ? QVariant() : QVariant(staffId), text, m_clock.nowWire()},
                Text::tr("Putting the ticket on hold"));
        !done) {
        return done.error();
    }
    return id;
}

Result<QList<ParkedTicket>> ParkedTickets::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, label, staff_id, parked_at, ticket FROM parked_tickets ORDER BY parked_at"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading tickets on hold"));
    }
    QList<ParkedTicket> out;
    while (q.next()) {
        auto ticket = Ticket::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        out << ParkedTicket{q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            ticket ? ticket.value() : Ticket{},
                            ticket ? QString() : ticket.error().message};
    }
    return out;
}

Result<Ticket> ParkedTickets::resume(const QString &id)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(db);
    if (auto done = run(q, QStringLiteral("DELETE FROM parked_tickets WHERE id = ? RETURNING ticket"), {id},
                        Text::tr("Resuming the ticket"));
        !done) {
        return done.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, Text::tr("That ticket is no longer on hold."));
    }
    auto ticket = Ticket::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!ticket) {
        return ticket.error(); // the transaction rolls back: a damaged ticket stays on hold, for support to see
    }
    q.finish();
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return ticket.value();
}

} // namespace madang
