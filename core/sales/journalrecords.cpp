// Journal, part 2: does the journal agree with the records it covers? The chain alone cannot show an entry
// removed from its end, nor an order whose entry was never written; the orders, the Z-reports and the receipt
// counters can.
#include "sales/journal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

/// The first disagreement one query finds: the entry it concerns and what is wrong.
struct Finding
{
    qint64 seq = 0;
    QString reason;
};

/// Runs sql, which yields at most one row; describe turns that row into a finding.
Result<std::optional<Finding>> first(const QSqlDatabase &db, const QString &sql,
                                     const std::function<Finding(const QSqlQuery &)> &describe)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        return Database::storageError(q.lastError(), Text::tr("Comparing the journal with the orders"));
    }
    if (!q.next()) {
        return std::optional<Finding>();
    }
    return std::optional<Finding>(describe(q));
}

QString kindLabel(const QString &kind)
{
    if (kind == journal::Refund) {
        return Text::tr("refund");
    }
    if (kind == journal::Void) {
        return Text::tr("void");
    }
    return Text::tr("sale");
}
} // namespace

Result<JournalVerdict> Journal::verifyRecords() const
{
    const QSqlDatabase db = m_db.connection();
    QList<Finding> findings;
    const auto collect = [&findings](Result<std::optional<Finding>> found) -> Status {
        if (!found) {
            return found.error();
        }
        if (found->has_value()) {
            findings << **found;
        }
        return Done{};
    };
    // 1. Every order (sale, refund, void) of this terminal has its entry: the same seq, type and receipt. An
    //    order pulled from another terminal has its entry in that terminal's journal (journal_seq NULL); one
    //    that carries a receipt number of this terminal's counters is not pulled, whatever it says.
    if (auto s = collect(first(
            db,
            QStringLiteral("SELECT o.journal_seq, o.kind, o.receipt, j.seq, "
                           "(SELECT coalesce(max(seq), 0) + 1 FROM journal) FROM orders o "
                           "LEFT JOIN journal j ON j.seq = o.journal_seq "
                           "WHERE CASE WHEN o.journal_seq IS NULL "
                           "THEN o.terminal IN (SELECT terminal FROM receipt_counters) "
                           "ELSE j.seq IS NULL OR j.type IS NOT o.kind OR j.receipt IS NOT o.receipt END "
                           "ORDER BY o.journal_seq LIMIT 1"),
            [](const QSqlQuery &q) {
                const qint64 seq = q.value(0).toLongLong();
                const QString what = kindLabel(q.value(1).toString());
                const QString receipt = q.value(2).toString();
                if (q.value(0).isNull()) {
                    return Finding{q.value(4).toLongLong(),
                                   Text::tr("the %1 %2 carries this terminal's receipt number but no journal "
                                            "entry, as if another terminal had sold it")
                                       .arg(what, receipt)};
                }
                return Finding{
                    seq,
                    q.value(3).isNull()
                        ? Text::tr("the %1 %2 has no journal entry (entry %3 is missing)").arg(what, receipt).arg(seq)
                        : Text::tr("the %1 %2 names entry %3, which records something else")
                              .arg(what, receipt)
                              .arg(seq)};
            }));
        !s) {
        return s.error();
    }
    // 2. Every Z-report has its closure entry.
    if (auto s = collect(first(db,
                               QStringLiteral("SELECT c.journal_seq, c.z_number, j.seq FROM shift_closures c "
                                              "LEFT JOIN journal j ON j.seq = c.journal_seq "
                                              "WHERE j.seq IS NULL OR j.type IS NOT 'closure' "
                                              "ORDER BY c.journal_seq LIMIT 1"),
                               [](const QSqlQuery &q) {
                                   const qint64 seq = q.value(0).toLongLong();
                                   return Finding{
                                       seq, q.value(2).isNull()
                                                ? Text::tr("the Z-report %1 has no journal entry (entry %2 is missing)")
                                                      .arg(q.value(1).toLongLong())
                                                      .arg(seq)
                                                : Text::tr("the Z-report %1 names entry %2, which records something "
                                                           "else")
                                                      .arg(q.value(1).toLongLong())
                                                      .arg(seq)};
                               }));
        !s) {
        return s.error();
    }
    // 3. Every entry has its record: the order, the Z-report, or for a reprint the order it reprints.
    if (auto s = collect(first(
            db,
            QStringLiteral(
                "SELECT j.seq, j.type, j.receipt FROM journal j WHERE "
                "(j.type IN ('sale', 'refund', 'void') AND NOT EXISTS "
                "(SELECT 1 FROM orders o WHERE o.journal_seq = j.seq)) OR "
                "(j.type = 'closure' AND NOT EXISTS (SELECT 1 FROM shift_closures c WHERE c.journal_seq = j.seq)) OR "
                "(j.type = 'reprint' AND NOT EXISTS "
                "(SELECT 1 FROM orders o WHERE o.id = json_extract(j.body, '$.order_id'))) "
                "ORDER BY j.seq LIMIT 1"),
            [](const QSqlQuery &q) {
                const qint64 seq = q.value(0).toLongLong();
                const QString type = q.value(1).toString();
                const QString receipt = q.value(2).toString();
                if (type == journal::Closure) {
                    return Finding{seq, Text::tr("entry %1 (a closure) has no Z-report (it was removed)").arg(seq)};
                }
                if (type == journal::Reprint) {
                    return Finding{seq, Text::tr("entry %1 (a reprint of %2) names an order that does not exist")
                                            .arg(seq)
                                            .arg(receipt)};
                }
                return Finding{seq, Text::tr("entry %1 (the %2 %3) has no order (it was removed)")
                                        .arg(seq)
                                        .arg(kindLabel(type), receipt)};
            }));
        !s) {
        return s.error();
    }
    // 4. Receipt numbers are gapless and only orders take them: a counter ahead of its orders means the newest
    //    orders were removed together with their entries, which leaves a valid, shorter chain.
    if (auto s = collect(first(
            db,
            QStringLiteral("SELECT c.terminal, c.last, (SELECT count(*) FROM orders o WHERE o.terminal = c.terminal) "
                           "AS n, (SELECT coalesce(max(seq), 0) FROM journal) FROM receipt_counters c "
                           "WHERE c.last <> n ORDER BY c.terminal LIMIT 1"),
            [](const QSqlQuery &q) {
                return Finding{q.value(3).toLongLong() + 1,
                               Text::tr("the receipt counter of %1 is at %2 but %3 orders carry its numbers (orders "
                                        "and their entries were removed)")
                                   .arg(q.value(0).toString())
                                   .arg(q.value(1).toLongLong())
                                   .arg(q.value(2).toLongLong())};
            }));
        !s) {
        return s.error();
    }
    JournalVerdict verdict;
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM journal")) || !count.next()) {
        return Database::storageError(count.lastError(), Text::tr("Comparing the journal with the orders"));
    }
    verdict.entries = count.value(0).toLongLong();
    if (findings.isEmpty()) {
        return verdict;
    }
    const auto earliest = std::min_element(findings.cbegin(), findings.cend(),
                                           [](const Finding &a, const Finding &b) { return a.seq < b.seq; });
    verdict.ok = false;
    verdict.firstBadSeq = earliest->seq;
    verdict.reason = earliest->reason;
    return verdict;
}

} // namespace madang
