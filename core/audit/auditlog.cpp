#include "audit/auditlog.h"

#include "base/canonicaljson.h"
#include "base/clock.h"
#include "base/particles.h"
#include "base/timetext.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstdlib>
#include <utility>

Q_LOGGING_CATEGORY(lcAudit, "madang.core.audit", QtWarningMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

const QString kColumns = QStringLiteral("seq, at, actor_id, actor_name, action, record, approver_id, reason, detail, "
                                        "prev, hash");

/// One field of the canonical form: a JSON key and its value (null, whole number or text).
using Field = std::pair<QLatin1String, QVariant>;

/// The detail column: canonical JSON of the object, or a null string when there is nothing to say.
Result<QString> detailText(const QJsonObject &detail)
{
    if (detail.isEmpty()) {
        return QString();
    }
    QByteArray out;
    if (!canonical::appendValue(out, detail)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Audit details may hold text, whole numbers, true/false, lists and objects, "
                                  "but not fractions."));
    }
    return QString::fromUtf8(out);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Fields in key order. Returns the key of a value that has no place in the canonical form, or an empty key.
QLatin1String writeFields(QByteArray &out, QList<Field> fields)
{
    std::sort(fields.begin(), fields.end(), [](const Field &a, const Field &b) { return a.first < b.first; });
    out += '{';
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto &[key, value] = fields.at(i);
        if (i > 0) {
            out += ',';
        }
        canonical::appendString(out, key);
        out += ':';
        if (value.isNull()) {
            out += "null";
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            out += QByteArray::number(value.toLongLong());
        } else if (value.typeId() == QMetaType::QString) {
            canonical::appendString(out, value.toString());
        } else {
            return key;
        }
    }
    out += '}';
    return {};
}

QList<Field> fieldsOf(qint64 seq, const QVariant &at, const QVariant &actorId, const QVariant &actorName,
                      const QVariant &action, const QVariant &record, const QVariant &approverId,
                      const QVariant &reason, const QVariant &detail, const QVariant &prev)
{
    return {{QLatin1String("seq"), QVariant(seq)},      {QLatin1String("at"), at},
            {QLatin1String("actor_id"), actorId},       {QLatin1String("actor_name"), actorName},
            {QLatin1String("action"), action},          {QLatin1String("record"), record},
            {QLatin1String("approver_id"), approverId}, {QLatin1String("reason"), reason},
            {QLatin1String("detail"), detail},          {QLatin1String("prev"), prev}};
}

/// A column as stored: SQL NULL stays null, so that '' and NULL hash differently.
QVariant raw(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QVariant() : q.value(column);
}

AuditEntry entryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actorId = q.value(2).toString();
    e.actorName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.record = q.value(5).toString();
    e.approverId = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.detail = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.prev = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

AuditVerdict badEntry(AuditVerdict verdict, qint64 seq, AuditVerdict::Problem problem, const QString &reason)
{
    verdict.ok = false;
    verdict.firstBadSeq = seq;
    verdict.problem = problem;
    verdict.reason = particles::resolve(reason);
    return verdict;
}
} // namespace

namespace audit {
QStringList knownActions()
{
    return {SignIn,         SignInFailed,   Lockout,   Unlock,           SignOut,      Approval,
            ApprovalDenied, SettingChanged, KioskExit, PrivilegedAction, TerminalSetUp};
}

QString genesisHash()
{
    return canonical::genesisHash();
}
} // namespace audit

Result<QByteArray> AuditLog::canonicalJson(const AuditEntry &e)
{
    auto detail = detailText(e.detail);
    if (!detail) {
        return detail.error();
    }
    QByteArray out;
    [[maybe_unused]] const QLatin1String badKey =
        writeFields(out, fieldsOf(e.seq, textOrNull(e.at), textOrNull(e.actorId), textOrNull(e.actorName),
                                  textOrNull(e.action), textOrNull(e.record), textOrNull(e.approverId),
                                  textOrNull(e.reason), textOrNull(detail.value()), QVariant(e.prev)));
    Q_ASSERT(badKey.isEmpty()); // an entry built in code holds only text and numbers
    return out;
}

QString AuditLog::chainHash(const QString &prev, const QByteArray &canonical)
{
    return canonical::chainHash(prev, canonical);
}

Result<AuditEntry> AuditLog::append(const AuditEntry &draft)
{
    AuditEntry e = draft;
    e.action = e.action.trimmed();
    if (e.action.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("An audit entry needs an action."));
    }
    const QDateTime now = m_clock.now();
    if (!now.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The clock gave no valid time for the audit entry."));
    }
    auto detail = detailText(e.detail);
    if (!detail) {
        return detail.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    {
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))) {
            return Database::storageError(last.lastError(), Text::tr("Reading the audit trail"));
        }
        e.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
        e.prev = e.seq > 1 ? last.value(1).toString() : audit::genesisHash();
    }
    e.at = timetext::wire(now);
    auto canonical = canonicalJson(e);
    if (!canonical) {
        return canonical.error();
    }
    e.hash = chainHash(e.prev, canonical.value());

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    for (const QVariant &value :
         {QVariant(e.seq), QVariant(e.at), textOrNull(e.actorId), textOrNull(e.actorName), QVariant(e.action),
          textOrNull(e.record), textOrNull(e.approverId), textOrNull(e.reason), textOrNull(detail.value()),
          QVariant(e.prev), QVariant(e.hash)}) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Writing audit entry %1").arg(e.action));
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return e;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.actions.isEmpty()) {
        where
            << QStringLiteral("action IN (%1)").arg(QStringList(filter.actions.size(), QStringLiteral("?")).join(u','));
        for (const QString &action : filter.actions) {
            values << action;
        }
    }
    if (!filter.actorId.isEmpty()) {
        where << QStringLiteral("actor_id = ?");
        values << filter.actorId;
    }
    if (!filter.record.isEmpty()) {
        where << QStringLiteral("record = ?");
        values << filter.record;
    }
    // julianday() reads the offset, so entries written in different time zones compare as instants.
    if (filter.from.isValid()) {
        where << QStringLiteral("julianday(at) >= julianday(?)");
        values << timetext::wire(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("julianday(at) < julianday(?)");
        values << timetext::wire(filter.to);
    }
    if (filter.beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        values << filter.beforeSeq;
    }
    values << (filter.limit > 0 ? filter.limit : -1);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit %2 ORDER BY seq DESC LIMIT ?")
                  .arg(kColumns,
                       where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values)) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the audit trail"));
    }
    QList<AuditEntry> entries;
    while (q.next()) {
        entries << entryFromRow(q);
    }
    return entries;
}

Result<AuditVerdict> AuditLog::verify(const QSqlDatabase &db)
{
    QSqlQuery exists(db);
    if (!exists.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit'")) ||
        !exists.next()) {
        return Database::storageError(exists.lastError(), Text::tr("Reading the audit trail"));
    }
    if (exists.value(0).toInt() == 0) {
        return makeError(ErrorCode::NotFound, Text::tr("%1 has no audit trail: it was written by a Madang older than "
                                                       "the audit trail.")
                                                  .arg(db.databaseName()));
    }

    // One statement reads one consistent snapshot, even while the app appends.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(kColumns))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the audit trail"));
    }
    AuditVerdict verdict;
    QString prev = audit::genesisHash();
    qint64 expected = 1;
    while (q.next()) {
        ++verdict.entries;
        if (!verdict.ok) {
            continue; // only counting now
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString storedPrev = q.value(9).toString();
        const QString storedHash = q.value(10).toString();
        if (seq != expected) {
            QString why;
            if (seq < expected) {
                why = Text::tr("Entry %1 is out of sequence: entries are numbered from 1.").arg(seq);
            } else if (expected == 1) {
                why = Text::tr("The trail starts at entry %1 instead of 1: the first entries were deleted.").arg(seq);
            } else {
                why = Text::tr("Entry %1 follows entry %2: the entries between them were deleted.")
                          .arg(seq)
                          .arg(expected - 1);
            }
            verdict = badEntry(verdict, seq, AuditVerdict::Problem::Gap, why);
            continue;
        }
        if (storedPrev != prev) {
            verdict =
                badEntry(verdict, seq, AuditVerdict::Problem::ChainBroken,
                         seq == 1 ? Text::tr("Entry 1 does not start the chain: its previous hash is not 64 zeros.")
                                  : Text::tr("Entry %1 does not link to entry %2: the chain is broken, so an entry "
                                             "was deleted, inserted or replaced before it.")
                                        .arg(seq)
                                        .arg(seq - 1));
            continue;
        }
        QByteArray canonical;
        const QLatin1String badKey =
            writeFields(canonical, fieldsOf(seq, raw(q, 1), raw(q, 2), raw(q, 3), raw(q, 4), raw(q, 5), raw(q, 6),
                                            raw(q, 7), raw(q, 8), raw(q, 9)));
        if (!badKey.isEmpty()) {
            verdict = badEntry(
                verdict, seq, AuditVerdict::Problem::BadValue,
                Text::tr("Entry %1 holds binary data in %2: it was not written by Madang.").arg(seq).arg(badKey));
            continue;
        }
        if (chainHash(storedPrev, canonical) != storedHash) {
            verdict = badEntry(verdict, seq, AuditVerdict::Problem::Altered,
                               Text::tr("Entry %1 was altered: its hash does not match its contents.").arg(seq));
            continue;
        }
        prev = storedHash;
        expected = seq + 1;
    }
    if (q.lastError().isValid()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the audit trail"));
    }
    if (verdict.ok) {
        verdict.lastHash = prev;
    } else {
        qCWarning(lcAudit) << "audit trail not intact:" << verdict.reason;
    }
    return verdict;
}

} // namespace madang
