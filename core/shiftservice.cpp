#include "shiftservice.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "journal.h"
#include "outbox.h"
#include "transaction.h"
#include "uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShiftService)
};

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

QJsonObject ShiftReport::toJson() const
{
    QJsonArray methods;
    for (const MethodTotal &m : byMethod) {
        methods.append(QJsonObject{{QStringLiteral("method"), m.method},
                                   {QStringLiteral("count"), m.count},
                                   {QStringLiteral("amount_minor"), m.amountMinor}});
    }
    QJsonArray vat;
    for (const VatBucket &b : byVat) {
        vat.append(QJsonObject{{QStringLiteral("rate_bp"), b.vatBp},
                               {QStringLiteral("gross_minor"), b.grossMinor},
                               {QStringLiteral("net_minor"), b.netMinor},
                               {QStringLiteral("vat_minor"), b.vatMinor}});
    }
    QJsonArray staff;
    for (const StaffTotal &s : byStaff) {
        staff.append(QJsonObject{{QStringLiteral("staff"), s.staff},
                                 {QStringLiteral("orders"), s.orders},
                                 {QStringLiteral("total_minor"), s.totalMinor}});
    }
    return {{QStringLiteral("shift_id"), shiftId},
            {QStringLiteral("z_number"), zNumber},
            {QStringLiteral("opened_at"), openedAt},
            {QStringLiteral("closed_at"), closedAt},
            {QStringLiteral("sales"),
             QJsonObject{{QStringLiteral("count"), salesCount}, {QStringLiteral("total_minor"), salesMinor}}},
            {QStringLiteral("refunds"),
             QJsonObject{{QStringLiteral("count"), refundsCount}, {QStringLiteral("total_minor"), refundsMinor}}},
            {QStringLiteral("voids"),
             QJsonObject{{QStringLiteral("count"), voidsCount}, {QStringLiteral("total_minor"), voidsMinor}}},
            {QStringLiteral("tips_minor"), tipsMinor},
            {QStringLiteral("discounts_minor"), discountsMinor},
            {QStringLiteral("net_minor"), netMinor},
            {QStringLiteral("by_method"), methods},
            {QStringLiteral("by_vat"), vat},
            {QStringLiteral("by_staff"), staff},
            {QStringLiteral("cash"), QJsonObject{{QStringLiteral("float_minor"), floatMinor},
                                                 {QStringLiteral("in_minor"), cashInMinor},
                                                 {QStringLiteral("out_minor"), cashOutMinor},
                                                 {QStringLiteral("no_sale_count"), noSaleCount},
                                                 {QStringLiteral("expected_minor"), expectedCashMinor},
                                                 {QStringLiteral("counted_minor"), countedCashMinor},
                                                 {QStringLiteral("difference_minor"), differenceMinor}}}};
}

ShiftService::ShiftService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, Journal &journal)
    : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox), m_journal(journal)
{}

Result<std::optional<Shift>> ShiftService::current(const QString &terminal) const
{
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("SELECT id, terminal, opened_at, opened_by_name, float_minor, currency, opened_after_seq "
                       "FROM shifts s WHERE terminal = ? AND NOT EXISTS "
                       "(SELECT 1 FROM shift_closures c WHERE c.shift_id = s.id) ORDER BY opened_at DESC LIMIT 1"),
        {terminal}, Text::tr("Reading the shift"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Shift>();
    }
    const QSqlQuery &r = q.value();
    return std::optional<Shift>(Shift{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                      r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toString(),
                                      r.value(6).toLongLong()});
}

Result<Shift> ShiftService::open(qint64 floatMinor, const QString &currency, const SaleContext &who,
                                 const Signer &signer)
{
    if (floatMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The opening float cannot be negative."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto open = current(signer.terminalId());
    if (!open) {
        return open.error();
    }
    if (open.value()) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("A shift is already open since %1.").arg(open.value()->openedAt));
    }
    auto last = Database::run(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"), {},
                              Text::tr("Reading the journal"));
    if (!last || !last.value().next()) {
        return last ? makeError(ErrorCode::Storage, Text::tr("Reading the journal")) : last.error();
    }
    Shift shift{m_ids.nextString(),
                signer.terminalId(),
                AuditLog::formatTime(m_clock.now()),
                who.staffName,
                floatMinor,
                currency,
                last.value().value(0).toLongLong()};
    auto inserted =
        Database::run(db,
                      QStringLiteral("INSERT INTO shifts (id, terminal, opened_at, opened_by, opened_by_name, "
                                     "float_minor, currency, opened_after_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {shift.id, shift.terminal, shift.openedAt, orNull(who.staffId), orNull(who.staffName), floatMinor,
                       currency, shift.openedAfterSeq},
                      Text::tr("Opening the shift"));
    if (!inserted) {
        return inserted.error();
    }
    if (auto op = m_outbox.enqueue(db, QStringLiteral("shift.opened"), 1, shift.id,
                                   QJsonObject{{QStringLiteral("terminal"), shift.terminal},
                                               {QStringLiteral("opened_at"), shift.openedAt},
                                               {QStringLiteral("float_minor"), floatMinor}});
        !op) {
        return op.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return shift;
}

Status ShiftService::moveCash(const QString &kind, qint64 amountMinor, const SaleContext &who, const Signer &signer)
{
    if (kind != QLatin1String("in") && kind != QLatin1String("out") && kind != QLatin1String("no_sale")) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Unknown cash movement \"%1\".").arg(kind));
    }
    if (who.reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Give a reason for opening the drawer."));
    }
    if (kind == QLatin1String("no_sale") ? amountMinor != 0 : amountMinor <= 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Enter an amount above zero (none for a no-sale)."));
    }
    if (kind == QLatin1String("no_sale") && who.approverId.isEmpty()) {
        return makeError(ErrorCode::Forbidden,
                         Text::tr("Opening the drawer without a sale needs a manager's approval."));
    }
    auto shift = current(signer.terminalId());
    if (!shift) {
        return shift.error();
    }
    if (!shift.value()) {
        return makeError(ErrorCode::Conflict, Text::tr("Open a shift first."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    const QString id = m_ids.nextString();
    const QString at = AuditLog::formatTime(m_clock.now());
    auto inserted =
        Database::run(db,
                      QStringLiteral("INSERT INTO cash_movements (id, shift_id, kind, amount_minor, reason, staff_id, "
                                     "approver_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, shift.value()->id, kind, amountMinor, who.reason.trimmed(), orNull(who.staffId),
                       orNull(who.approverId), at},
                      Text::tr("Recording the cash movement"));
    if (!inserted) {
        return inserted.error();
    }
    if (auto op = m_outbox.enqueue(db, QStringLiteral("shift.cash_moved"), 1, id,
                                   QJsonObject{{QStringLiteral("shift_id"), shift.value()->id},
                                               {QStringLiteral("kind"), kind},
                                               {QStringLiteral("amount_minor"), amountMinor},
                                               {QStringLiteral("reason"), who.reason.trimmed()},
                                               {QStringLiteral("at"), at}});
        !op) {
        return op.error();
    }
    return tx.commit();
}

Result<ShiftReport> ShiftService::report(const QString &terminal) const
{
    auto shift = current(terminal);
    if (!shift) {
        return shift.error();
    }
    if (!shift.value()) {
        return makeError(ErrorCode::Conflict, Text::tr("No shift is open."));
    }
    return figures(*shift.value());
}

Result<ShiftReport> ShiftService::figures(const Shift &shift) const
{
    const QSqlDatabase db = m_db.connection();
    const QVariantList range{shift.terminal, shift.openedAfterSeq};
    const QString where = QStringLiteral("o.terminal = ? AND o.journal_seq > ?");
    const QString context = Text::tr("Adding up the shift");
    ShiftReport r;
    r.shiftId = shift.id;
    r.terminal = shift.terminal;
    r.currency = shift.currency;
    r.openedAt = shift.openedAt;
    r.floatMinor = shift.floatMinor;

    auto kinds =
        Database::run(db,
                      QStringLiteral("SELECT kind, count(*), sum(total_minor), sum(tip_minor), sum(discount_minor) "
                                     "FROM orders o WHERE %1 GROUP BY kind")
                          .arg(where),
                      range, context);
    if (!kinds) {
        return kinds.error();
    }
    while (kinds.value().next()) {
        const QSqlQuery &q = kinds.value();
        const QString kind = q.value(0).toString();
        const qint64 count = q.value(1).toLongLong();
        const qint64 total = q.value(2).toLongLong();
        (kind == QLatin1String("sale")     ? r.salesCount
         : kind == QLatin1String("refund") ? r.refundsCount
                                           : r.voidsCount) = count;
        (kind == QLatin1String("sale")     ? r.salesMinor
         : kind == QLatin1String("refund") ? r.refundsMinor
                                           : r.voidsMinor) = total;
        r.tipsMinor += q.value(3).toLongLong();
        r.discountsMinor += q.value(4).toLongLong();
    }
    r.netMinor = r.salesMinor + r.refundsMinor + r.voidsMinor;

    auto methods =
        Database::run(db,
                      QStringLiteral("SELECT p.method, count(*), sum(p.amount_minor) FROM payments p "
                                     "JOIN orders o ON o.id = p.order_id WHERE %1 GROUP BY p.method ORDER BY p.method")
                          .arg(where),
                      range, context);
    if (!methods) {
        return methods.error();
    }
    qint64 cashPaid = 0;
    while (methods.value().next()) {
        const QSqlQuery &q = methods.value();
        r.byMethod << ShiftReport::MethodTotal{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        if (r.byMethod.constLast().method == QLatin1String("cash")) {
            cashPaid = r.byMethod.constLast().amountMinor;
        }
    }
    auto vat =
        Database::run(db,
                      QStringLiteral("SELECT l.vat_bp, sum(l.total_minor), sum(l.vat_minor) FROM order_lines l "
                                     "JOIN orders o ON o.id = l.order_id WHERE %1 GROUP BY l.vat_bp ORDER BY l.vat_bp")
                          .arg(where),
                      range, context);
    if (!vat) {
        return vat.error();
    }
    while (vat.value().next()) {
        const QSqlQuery &q = vat.value();
        const qint64 gross = q.value(1).toLongLong();
        const qint64 tax = q.value(2).toLongLong();
        r.byVat << VatBucket{q.value(0).toInt(), gross, gross - tax, tax};
    }
    auto staff =
        Database::run(db,
                      QStringLiteral("SELECT coalesce(staff_name, ''), count(*), sum(total_minor) FROM orders o "
                                     "WHERE %1 AND kind = 'sale' GROUP BY 1 ORDER BY 3 DESC")
                          .arg(where),
                      range, context);
    if (!staff) {
        return staff.error();
    }
    while (staff.value().next()) {
        const QSqlQuery &q = staff.value();
        r.byStaff << ShiftReport::StaffTotal{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    }
    auto cash =
        Database::run(db,
                      QStringLiteral("SELECT kind, count(*), sum(amount_minor) FROM cash_movements WHERE shift_id = ? "
                                     "GROUP BY kind"),
                      {shift.id}, context);
    if (!cash) {
        return cash.error();
    }
    while (cash.value().next()) {
        const QSqlQuery &q = cash.value();
        const QString kind = q.value(0).toString();
        if (kind == QLatin1String("in")) {
            r.cashInMinor = q.value(2).toLongLong();
        } else if (kind == QLatin1String("out")) {
            r.cashOutMinor = q.value(2).toLongLong();
        } else {
            r.noSaleCount = q.value(1).toLongLong();
        }
    }
    r.expectedCashMinor = r.floatMinor + cashPaid + r.cashInMinor - r.cashOutMinor;
    return r;
}

Result<ShiftReport> ShiftService::close(qint64 countedCashMinor, const SaleContext &who, const Signer &signer)
{
    if (countedCashMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The counted cash cannot be negative."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto shift = current(signer.terminalId());
    if (!shift) {
        return shift.error();
    }
    if (!shift.value()) {
        return makeError(ErrorCode::Conflict, Text::tr("No shift is open."));
    }
    auto report = figures(*shift.value());
    if (!report) {
        return report.error();
    }
    ShiftReport r = report.value();
    auto z = Database::run(
        db, QStringLiteral("SELECT coalesce(max(z_number), 0) + 1 FROM shift_closures WHERE terminal = ?"),
        {r.terminal}, Text::tr("Numbering the Z-report"));
    if (!z || !z.value().next()) {
        return z ? makeError(ErrorCode::Storage, Text::tr("Numbering the Z-report")) : z.error();
    }
    r.zNumber = z.value().value(0).toLongLong();
    r.closedAt = AuditLog::formatTime(m_clock.now());
    r.countedCashMinor = countedCashMinor;
    r.differenceMinor = countedCashMinor - r.expectedCashMinor;

    JournalEntry entry;
    entry.type = QString(journal::Closure);
    entry.at = r.closedAt;
    entry.totalMinor = r.netMinor;
    entry.currency = r.currency;
    entry.body = r.toJson();
    entry.body.insert(QStringLiteral("closed_by"), who.staffName);
    auto journaled = m_journal.append(db, entry, signer);
    if (!journaled) {
        return journaled.error();
    }
    auto inserted = Database::run(
        db,
        QStringLiteral("INSERT INTO shift_closures (shift_id, z_number, terminal, closed_at, closed_by, "
                       "counted_cash_minor, expected_cash_minor, report, journal_seq) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.shiftId, r.zNumber, r.terminal, r.closedAt, orNull(who.staffId), countedCashMinor, r.expectedCashMinor,
         QString::fromUtf8(QJsonDocument(entry.body).toJson(QJsonDocument::Compact)), journaled.value().seq},
        Text::tr("Closing the shift"));
    if (!inserted) {
        return inserted.error();
    }
    if (auto op = m_outbox.enqueue(db, QStringLiteral("shift.closed"), 1, r.shiftId, entry.body); !op) {
        return op.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return r;
}

} // namespace madang
