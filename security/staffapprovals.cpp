// StaffAuth, part 3: single-use manager approvals and the discount threshold. Split from staffauth.cpp to keep
// files short.
#include "audit/auditlog.h"
#include "base/clock.h"
#include "crypto.h"
#include "merchant/merchantrepository.h"
#include "staffauth.h"
#include "staffauth_p.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "workflows/store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace madang {

using namespace staffauth_detail;

Result<QString> StaffAuth::approve(const QString &approverId, const QString &approverPin, const QString &action,
                                   const QString &record, const QString &reason)
{
    if (action.trimmed().isEmpty() || record.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("An approval needs an action and a record."));
    }
    const Attempt attempt{audit::ApprovalDenied, record, {{QStringLiteral("approval_action"), action}}, true};
    auto approver = checkPin(approverId, approverPin, attempt);
    if (!approver) {
        return approver.error();
    }
    auto random = crypto::randomBytes(kTokenBytes);
    if (!random) {
        return random.error();
    }
    const QString token = QString::fromLatin1(random->toHex());
    const QDateTime now = m_store.clock().now();
    QSqlDatabase db = m_store.database().connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto cleared = clearFailures(approverId); !cleared) {
        return cleared.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO approvals (token_hash, action, record, approver_id, reason, issued_at, "
                             "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(action);
    q.addBindValue(record);
    q.addBindValue(approverId);
    q.addBindValue(reason.isEmpty() ? QString() : reason);
    q.addBindValue(timeText(now));
    q.addBindValue(timeText(now.addSecs(kApprovalValiditySecs)));
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Saving an approval"));
    }
    AuditEntry e;
    e.actorId = approver->member.id;
    e.actorName = approver->member.name;
    e.action = audit::Approval;
    e.record = record;
    e.approverId = approver->member.id;
    e.reason = reason;
    e.detail = {{QStringLiteral("approval_action"), action}, {QStringLiteral("valid_secs"), kApprovalValiditySecs}};
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return token;
}

Result<QString> StaffAuth::consumeApproval(const QString &token, const QString &action, const QString &record)
{
    const Error unknown =
        makeError(ErrorCode::NotFound, Text::tr("This approval is not known. Ask a manager to approve again."));
    if (!isTokenShaped(token)) {
        return unknown;
    }
    QSqlDatabase db = m_store.database().connection();
    Transaction tx(db); // a savepoint inside the caller's transaction, if there is one
    if (!tx.active()) {
        return tx.beginError();
    }
    const QString hash = tokenHash(token);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT action, record, approver_id, expires_at, used_at FROM approvals "
                             "WHERE token_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading an approval"));
    }
    if (!q.next()) {
        return unknown;
    }
    const QString approverId = q.value(2).toString();
    if (!q.value(4).isNull()) {
        return makeError(ErrorCode::AlreadyUsed, Text::tr("This approval was already used. Ask a manager to approve "
                                                          "again."));
    }
    if (q.value(0).toString() != action || q.value(1).toString() != record) {
        return makeError(ErrorCode::Conflict, Text::tr("This approval was given for another action or record."));
    }
    const QDateTime now = m_store.clock().now();
    if (now > parseTime(q.value(3))) {
        return makeError(ErrorCode::Expired, Text::tr("This approval has expired (approvals last %n minute(s)). Ask "
                                                      "a manager to approve again.",
                                                      nullptr, kApprovalValiditySecs / 60));
    }
    q.finish();
    QSqlQuery use(db);
    use.prepare(QStringLiteral("UPDATE approvals SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"));
    use.addBindValue(timeText(now));
    use.addBindValue(hash);
    if (!use.exec()) {
        return Database::storageError(use.lastError(), Text::tr("Using an approval"));
    }
    if (use.numRowsAffected() != 1) {
        return makeError(ErrorCode::AlreadyUsed, Text::tr("This approval was already used. Ask a manager to approve "
                                                          "again."));
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return approverId;
}

int StaffAuth::discountApprovalPercent() const
{
    bool ok = false;
    const int percent = m_store.merchant().setting(kDiscountKey).toInt(&ok);
    return ok && percent >= 0 && percent <= 100 ? percent : kDefaultDiscountPercent;
}

Status StaffAuth::setDiscountApprovalPercent(const QString &actorId, int percent)
{
    auto actor = activeManager(actorId);
    if (!actor) {
        return actor.error();
    }
    if (percent < 0 || percent > 100) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The discount limit must be between 0 and 100 percent."));
    }
    const int previous = discountApprovalPercent();
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto saved = m_store.merchant().setSetting(kDiscountKey, QString::number(percent)); !saved) {
        return saved;
    }
    AuditEntry e;
    e.actorId = actor->member.id;
    e.actorName = actor->member.name;
    e.action = audit::SettingChanged;
    e.record = QStringLiteral("setting:") + kDiscountKey;
    e.detail = {{QStringLiteral("from"), previous}, {QStringLiteral("to"), percent}};
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    return tx.commit();
}

} // namespace madang
