// AuditLog: append stamps seq, clock time, prev and hash; list filters; verify finds the first bad entry of a
// tampered chain; the triggers keep the table append-only; entries ride in the caller's transaction; golden chain.
#pragma once

#include "audit/auditlog.h"
#include "fakeclock.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

Q_DECLARE_METATYPE(madang::AuditVerdict::Problem)
Q_DECLARE_METATYPE(madang::AuditFilter)

const QString kDropTriggers = QStringLiteral("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; "
                                             "DROP TRIGGER audit_append_at_end");

inline AuditEntry draft(const QString &action, const QString &actorId = {}, const QString &record = {})
{
    AuditEntry e;
    e.action = action;
    e.actorId = actorId;
    e.actorName = actorId.isEmpty() ? QString() : QStringLiteral("Name of %1").arg(actorId);
    e.record = record;
    return e;
}

inline QList<qint64> seqs(const QList<AuditEntry> &entries)
{
    QList<qint64> list;
    for (const auto &e : entries) {
        list << e.seq;
    }
    return list;
}

/// Shared set-up and helpers of the TestAuditLog tests.
class AuditLogFixture
{
protected:
    void setUp();
    void tearDown();

    QSqlDatabase conn() { return m_store->database().connection(); }
    AuditLog &log() { return *m_log; }
    /// Five entries, one minute apart, from two actors.
    void appendFive();
    /// What a forger with the table open can do: recompute one entry's hash from its (edited) contents.
    void rehash(qint64 seq);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_log;
};
