#include "applierpair.h"

#include "catalog/catalogrepository.h"
#include "replication/outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace madang::test {

QString snapshot(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return QStringLiteral("failed: ") + sql;
    }
    QStringList rows;
    while (q.next()) {
        QStringList columns;
        for (int n = 0; n < q.record().count(); ++n) {
            columns << (q.value(n).isNull() ? QStringLiteral("NULL") : q.value(n).toString());
        }
        rows << columns.join(u'|');
    }
    return rows.join(u'\n');
}

QStringList searchIds(Store &store, const QString &text)
{
    auto hits = store.catalog().search(text);
    if (!hits) {
        return {QStringLiteral("failed: ") + hits.error().message};
    }
    QStringList ids;
    for (const CatalogItem &item : hits.value()) {
        ids << item.id;
    }
    return ids;
}

Status ApplierPair::setUp(Vertical vertical, const StoreWrite &prepare)
{
    m_clock.set(FakeClock().now()); // each test starts at the same moment
    m_dirA = std::make_unique<QTemporaryDir>();
    m_dirB = std::make_unique<QTemporaryDir>();
    {
        auto store = openSetUpStore(*m_dirA, m_clock, vertical);
        if (!store) {
            return store.error();
        }
        if (auto prepared = prepare(*store.value()); !prepared) {
            return prepared;
        }
    }
    const QDir from(m_dirA->path());
    for (const QString &file : from.entryList(QDir::Files)) {
        if (!file.endsWith(QLatin1String(".lock")) && !QFile::copy(from.filePath(file), m_dirB->filePath(file))) {
            return makeError(ErrorCode::Storage, QStringLiteral("copying %1 to B failed").arg(file));
        }
    }
    auto a = openStore(*m_dirA, m_clock);
    if (!a) {
        return a.error();
    }
    m_a = std::move(a).value();
    auto b = openStore(*m_dirB, m_clock);
    if (!b) {
        return b.error();
    }
    m_b = std::move(b).value();
    m_appliers = makeAppliers(*m_b);
    return Done{};
}

void ApplierPair::tearDown()
{
    m_appliers.reset();
    m_b.reset();
    m_a.reset();
    m_dirB.reset();
    m_dirA.reset();
}

qint64 ApplierPair::outboxRows(const QSqlDatabase &db) const
{
    return queryInt(db, QStringLiteral("SELECT count(*) FROM outbox"));
}

QString ApplierPair::differences(const QString &rows)
{
    QStringList differ;
    for (const QString &sql : rows.split(u';')) {
        const QString onA = snapshot(aDb(), sql);
        const QString onB = snapshot(bDb(), sql);
        if (onA != onB) {
            differ << QStringLiteral("%1\nA:\n%2\nB:\n%3").arg(sql, onA, onB);
        }
    }
    return differ.join(u'\n');
}

Result<QList<OutboxOp>> ApplierPair::opsOf(const StoreWrite &write)
{
    const qint64 seenOnA = queryInt(aDb(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox"));
    if (auto written = write(*m_a); !written) {
        return written.error();
    }
    auto pending = Outbox::pending(aDb(), 1000);
    if (!pending) {
        return pending.error();
    }
    QList<OutboxOp> made;
    for (const OutboxOp &o : pending.value()) {
        if (o.seq > seenOnA) {
            made << o;
        }
    }
    return made;
}

QString ApplierPair::refuses(const OutboxOp &op, const QString &rows, ErrorCode code, const QString &says)
{
    const qint64 outboxOnB = outboxRows(bDb());
    const QString bBefore = snapshot(bDb(), rows);
    const auto refused = m_appliers->apply(op);
    if (refused.ok()) {
        return QStringLiteral("B applied it");
    }
    if (refused.error().code != code || !refused.error().message.contains(says)) {
        return QStringLiteral("refused the wrong way (code %1): %2")
            .arg(static_cast<int>(refused.error().code))
            .arg(refused.error().message);
    }
    if (snapshot(bDb(), rows) != bBefore || outboxRows(bDb()) != outboxOnB) {
        return QStringLiteral("the refusal changed B");
    }
    return {};
}

QString ApplierPair::refusesChanged(const StoreWrite &write, const QString &op,
                                    const std::function<void(QJsonObject &)> &mutate, const QString &rows,
                                    ErrorCode code, const QString &says)
{
    auto made = opsOf(write);
    if (!made) {
        return QStringLiteral("the write on A failed: ") + made.error().message;
    }
    qsizetype at = made->size() - 1;
    while (at >= 0 && !op.isEmpty() && made->at(at).op != op) {
        --at;
    }
    if (at < 0) {
        return QStringLiteral("the write queued no %1").arg(op.isEmpty() ? QStringLiteral("op") : op);
    }
    // What came before that op is on B already; only that op is refused.
    for (qsizetype n = 0; n < at; ++n) {
        if (const auto applied = m_appliers->apply(made->at(n)); !applied) {
            return QStringLiteral("%1 before it: %2").arg(made->at(n).op, applied.error().message);
        }
    }
    OutboxOp changed = made->at(at);
    mutate(changed.payload);
    return refuses(changed, rows, code, says);
}

QString ApplierPair::refusesBroken(const OutboxOp &last, const QString &rows)
{
    const qint64 outboxOnB = outboxRows(bDb());
    const QString bBefore = snapshot(bDb(), rows);
    QList<OutboxOp> broken;
    OutboxOp cut = last;
    const QByteArray text = QJsonDocument(last.payload).toJson(QJsonDocument::Compact);
    cut.payload = QJsonDocument::fromJson(text.left(text.size() / 2)).object();
    broken << cut;
    for (const QString &key : last.payload.keys()) {
        OutboxOp without = last;
        without.payload.remove(key);
        broken << without;
        if (!last.payload.value(key).isArray()) {
            OutboxOp mistyped = last;
            mistyped.payload.insert(key, QJsonArray{1});
            broken << mistyped;
        }
    }
    for (const OutboxOp &bad : std::as_const(broken)) {
        const QString payload = QString::fromUtf8(QJsonDocument(bad.payload).toJson(QJsonDocument::Compact));
        const auto refused = m_appliers->apply(bad);
        if (refused.ok()) {
            return QStringLiteral("a broken payload was applied: ") + payload;
        }
        if (refused.error().code != ErrorCode::InvalidInput ||
            !refused.error().message.contains(QStringLiteral("nothing was applied"))) {
            return QStringLiteral("a broken payload was refused the wrong way (%1): %2")
                .arg(refused.error().message, payload);
        }
        if (snapshot(bDb(), rows) != bBefore || outboxRows(bDb()) != outboxOnB) {
            return QStringLiteral("a refused payload changed B: ") + payload;
        }
    }
    return {};
}

QString ApplierPair::replay(const StoreWrite &write, const QString &lastOp, const QString &rows)
{
    auto made = opsOf(write);
    if (!made) {
        return QStringLiteral("the write on A failed: ") + made.error().message;
    }
    if (made->isEmpty() || made->constLast().op != lastOp) {
        return QStringLiteral("the write's last op is %1, not %2")
            .arg(made->isEmpty() ? QStringLiteral("none") : made->constLast().op, lastOp);
    }
    if (differences(rows).isEmpty()) {
        return QStringLiteral("the write changed nothing that the row compares");
    }
    if (const QString refusal = refusesBroken(made->constLast(), rows); !refusal.isEmpty()) {
        return refusal;
    }
    const qint64 outboxOnB = outboxRows(bDb());
    for (int pass = 1; pass <= 2; ++pass) { // the second time changes nothing
        for (const OutboxOp &o : std::as_const(made.value())) {
            if (const auto applied = m_appliers->apply(o); !applied) {
                return QStringLiteral("pass %1, %2: %3").arg(pass).arg(o.op, applied.error().message);
            }
        }
        if (const QString differ = differences(rows); !differ.isEmpty()) {
            return QStringLiteral("pass %1: B differs from A:\n%2").arg(pass).arg(differ);
        }
        if (outboxRows(bDb()) != outboxOnB) {
            return QStringLiteral("pass %1: applying queued ops on B").arg(pass);
        }
    }
    return {};
}

} // namespace madang::test
