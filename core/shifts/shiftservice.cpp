#include "shifts/shiftservice.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/money.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>
#include <sqlite3.h>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShiftService)
};

/// Who is at the drawer and why, as they are written into the shift's rows: clean text of sane length.
Status checkWho(const SaleContext &who)
{
    if (auto name = checkText(who.staffName, TextKind::Name, Text::tr("staff member's name")); !name) {
        return name;
    }
    return checkText(who.reason, TextKind::Reason, Text::tr("reason"));
}

/// The shift's currency for messages; an unknown code shows plain numbers.
Currency shownIn(const QString &code)
{
    auto currency = Currency::fromCode(code);
    return currency ? currency.value() : Currency{code, 0, {}};
}
} // namespace

ShiftService::ShiftService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, Journal &journal)
    : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox), m_journal(journal)
{}

Result<std::optional<Shift>> ShiftService::current(const QString &terminal) const
{
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("SELECT id, terminal, opened_at, opened_by_name, float_minor, currency, opened_after_seq, "
                       "opened_automatically FROM shifts s WHERE terminal = ? AND NOT EXISTS "
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
                                      r.value(6).toLongLong(), r.value(7).toInt() != 0});
}

Result<Shift> ShiftService::open(qint64 floatMinor, const QString &currency, const SaleContext &who,
                                 const Signer &signer)
{
    return open(floatMinor, currency, who, signer, false);
}

ShiftService::~ShiftService() = default;

Result<bool> ShiftService::ensureOpen(const QString &currency, const SaleContext &who, const Signer &signer)
{
    // A terminal's open shift is its latest one (a second cannot open beside it): one row read backwards on
    // shifts_terminal and one key looked up in shift_closures, however many days the terminal has closed.
    QSqlDatabase db = m_db.connection();
    if (!m_openCheck || m_openCheckConnection != db.connectionName()) {
        m_openCheck = std::make_unique<SqliteStatement>(
            sqliteHandle(db), "SELECT NOT EXISTS (SELECT 1 FROM shift_closures c WHERE c.shift_id = s.id) "
                              "FROM shifts s WHERE terminal = ? ORDER BY opened_at DESC LIMIT 1");
        m_openCheckConnection = db.connectionName();
    }
    if (!m_openCheck->valid()) {
        const QSqlError error = m_openCheck->error();
        m_openCheck.reset();
        return Database::storageError(error, Text::tr("Reading the shift"));
    }
    m_openCheck->bind(1, signer.terminalId());
    qint64 isOpen = 0;
    const int step = m_openCheck->run(&isOpen);
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        return Database::storageError(m_openCheck->execError(), Text::tr("Reading the shift"));
    }
    if (step == SQLITE_ROW && isOpen != 0) {
        return false;
    }
    // The latest shift by time is closed; one opened after a clock was set back may still be open: use it.
    auto older = current(signer.terminalId());
    if (!older) {
        return older.error();
    }
    if (older.value()) {
        return false;
    }
    auto opened = this->open(0, currency, who, signer, true);
    if (!opened) {
        return opened.error();
    }
    return true;
}

Result<Shift> ShiftService::open(qint64 floatMinor, const QString &currency, const SaleContext &who,
                                 const Signer &signer, bool automatic)
{
    if (floatMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The opening float cannot be negative."));
    }
    if (auto clean = checkWho(who); !clean) {
        return clean.error();
    }
    if (auto checked = Money::checkAmount(floatMinor, Text::tr("opening float"), shownIn(currency)); !checked) {
        return checked.error();
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
                m_clock.nowWire(),
                who.staffName,
                floatMinor,
                currency,
                last.value().value(0).toLongLong(),
                automatic};
    auto inserted =
        Database::run(db,
                      QStringLiteral("INSERT INTO shifts (id, terminal, opened_at, opened_by, opened_by_name, "
                                     "float_minor, currency, opened_after_seq, opened_automatically) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {shift.id, shift.terminal, shift.openedAt, orNull(who.staffId), orNull(who.staffName), floatMinor,
                       currency, shift.openedAfterSeq, automatic ? 1 : 0},
                      Text::tr("Opening the shift"));
    if (!inserted) {
        return inserted.error();
    }
    QJsonObject payload{{QStringLiteral("terminal"), shift.terminal},
                        {QStringLiteral("opened_at"), shift.openedAt},
                        {QStringLiteral("float_minor"), floatMinor}};
    if (automatic) {
        payload.insert(QStringLiteral("automatic"), true);
    }
    if (auto op = m_outbox.enqueue(db, ops::ShiftOpened, shift.id, payload); !op) {
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
    if (auto clean = checkWho(who); !clean) {
        return clean;
    }
    if (kind == QLatin1String("no_sale") ? amountMinor != 0 : amountMinor <= 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Enter an amount above zero (none for a no-sale)."));
    }
    if (kind == QLatin1String("no_sale") && who.approverId.isEmpty()) {
        return makeError(ErrorCode::Forbidden,
                         Text::tr("Opening the drawer without a sale needs a manager's approval."));
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
        return makeError(ErrorCode::Conflict, Text::tr("Open a shift first."));
    }
    const Currency currency = shownIn(shift.value()->currency);
    if (auto checked = Money::checkAmount(
            amountMinor, kind == QLatin1String("in") ? Text::tr("cash in") : Text::tr("cash out"), currency);
        !checked) {
        return checked;
    }
    if (kind == QLatin1String("out") && who.approverId.isEmpty()) {
        auto sofar = figures(*shift.value());
        if (!sofar) {
            return sofar.error();
        }
        if (amountMinor > sofar->expectedCashMinor) {
            return makeError(
                ErrorCode::Forbidden,
                Text::tr("Taking %1 out is more than the %2 the drawer holds; that needs a manager's "
                         "approval.")
                    .arg(Money(amountMinor, currency).display(), Money(sofar->expectedCashMinor, currency).display()));
        }
    }
    const QString id = m_ids.nextString();
    const QString at = m_clock.nowWire();
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
    if (auto op = m_outbox.enqueue(db, ops::ShiftCashMoved, id,
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

Result<ShiftReport> ShiftService::close(qint64 countedCashMinor, const SaleContext &who, const Signer &signer)
{
    if (countedCashMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The counted cash cannot be negative."));
    }
    if (auto clean = checkWho(who); !clean) {
        return clean.error();
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
    // The drawer can hold more than one amount (a float and cash-ins), so its count has a ticket's limit.
    if (auto checked = Money::checkAmount(countedCashMinor, Text::tr("counted cash"), shownIn(shift.value()->currency),
                                          Money::kMaxTotalMinor);
        !checked) {
        return checked.error();
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
    r.closedAt = m_clock.nowWire();
    r.countedCashMinor = countedCashMinor;
    if (__builtin_sub_overflow(countedCashMinor, r.expectedCashMinor, &r.differenceMinor)) {
        // Only after an expected figure that saturated: stop at the largest figure rather than wrap.
        r.differenceMinor = std::numeric_limits<qint64>::max();
        ++r.outOfRangeCount;
    }

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
    if (auto op = m_outbox.enqueue(db, ops::ShiftClosed, r.shiftId, entry.body); !op) {
        return op.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return r;
}

} // namespace madang
