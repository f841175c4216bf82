// Journal: shared set-up of the chain tests (tst_journal) and the export tests (tst_journalexport): a migrated
// store, the fake device key, entries of every shape, and a raw connection that tampers as a forger would.
#pragma once

#include "fakesigner.h"
#include "sales/journal.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

/// Entry i (1-based) as a caller would fill it: sales, a refund (negative total), a reprint and a closure
/// (no receipt, so JSON null), with Hangul, quotes and a backslash in the body.
JournalEntry draftEntry(int i);

/// Lowercase hex SHA-256 of the ASCII prev followed by canonical, worked out here with QCryptographicHash.
inline QString sha256Hex(const QString &prev, const QByteArray &canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(prev.toLatin1() + canonical, QCryptographicHash::Sha256).toHex());
}

class JournalFixture
{
protected:
    void setUp();
    void tearDown();

    QSqlDatabase conn() { return m_store->database().connection(); }
    Journal &journal() { return m_store->journal(); }
    qint64 rows() { return queryInt(conn(), QStringLiteral("SELECT count(*) FROM journal")); }
    /// Appends entry in a transaction of its own and commits it.
    Result<JournalEntry> appendOne(const JournalEntry &entry);
    /// draftEntry(1..n), each committed.
    void appendMany(int n);
    /// The whole export as JSON Lines.
    QByteArray exportAll();
    /// Runs statements through a second, raw connection after dropping the append-only triggers, as someone
    /// with the file and sqlite3 could. False (and the message in *error) if a statement fails.
    bool tamper(const QStringList &statements, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};
