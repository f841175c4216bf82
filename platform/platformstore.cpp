#include "platformstore.h"

#include "base/canonicaljson.h"
#include "base/clock.h"
#include "crypto.h"
#include "deviceidentity.h"
#include "ledgerfold.h"
#include "protocol/requestsigning.h"
#include "replication/opregistry.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <iterator>

namespace madang::platform {

namespace {

constexpr int kSchemaVersion = 2;

const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE merchants (merchant_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, vertical TEXT NOT NULL, "
    "created_at TEXT NOT NULL)",
    "CREATE TABLE pairing_codes (code TEXT PRIMARY KEY, merchant_id TEXT NOT NULL REFERENCES merchants, "
    "expires_at BIGINT NOT NULL, used_by TEXT)",
    "CREATE TABLE terminals (device_id TEXT PRIMARY KEY, merchant_id TEXT NOT NULL REFERENCES merchants, "
    "terminal_id TEXT NOT NULL, public_key_pem TEXT NOT NULL, paired_at TEXT NOT NULL, "
    "UNIQUE (merchant_id, terminal_id))",
    "CREATE TABLE nonces (device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at BIGINT NOT NULL, "
    "PRIMARY KEY (device_id, nonce))",
    "CREATE TABLE ops (seq INTEGER PRIMARY KEY, merchant_id TEXT NOT NULL REFERENCES merchants, "
    "op_id TEXT NOT NULL, origin TEXT NOT NULL, op TEXT NOT NULL, version INTEGER NOT NULL, entity_id TEXT NOT NULL, "
    "payload TEXT NOT NULL, created_at TEXT NOT NULL, received_at TEXT NOT NULL, UNIQUE (merchant_id, op_id))",
    "CREATE INDEX ops_by_merchant ON ops (merchant_id, seq)",
};

/// What each later schema adds, in order: kUpgrades[0] takes schema 1 to 2.
const char *const kUpgrades[] = {
    // 2: the sync clock reading of a last-writer-wins op (NULL for the ledgers).
    "ALTER TABLE ops ADD COLUMN hlc TEXT",
};
static_assert(std::size(kUpgrades) == kSchemaVersion - 1);

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

/// A query prepared on db with its values bound in order.
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    return q;
}

/// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    [[nodiscard]] bool open() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

QString newCode()
{
    static const QByteArray alphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    const auto random = crypto::randomBytes(8);
    QString code;
    for (const char byte : random.ok() ? random.value() : QByteArray(8, '\0')) {
        code += QLatin1Char(alphabet.at(static_cast<unsigned char>(byte) % alphabet.size()));
    }
    return code;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<std::unique_ptr<PlatformStore>> PlatformStore::open(const QString &path, const Clock &clock)
{
    if (QFileInfo(path).isDir()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is a folder, not a database file").arg(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("platform-%1").arg(uuid()));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return makeError(ErrorCode::Storage, QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    }
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!q.exec(QLatin1String(pragma))) {
            return makeError(ErrorCode::Storage,
                             QStringLiteral("%1 is not a platform database (%2)").arg(path, q.lastError().text()));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return sqlError(q, QStringLiteral("reading the schema version"));
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        return makeError(ErrorCode::SchemaTooNew, QStringLiteral("%1 has schema %2; this platform knows up to %3")
                                                      .arg(path)
                                                      .arg(version)
                                                      .arg(kSchemaVersion));
    }
    if (version == 0) {
        Transaction tx(db);
        for (const char *statement : kSchema) {
            if (!q.exec(QLatin1String(statement))) {
                return sqlError(q, QStringLiteral("creating the platform schema"));
            }
        }
        QSqlQuery insert = prepared(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?)"), {uuid()});
        if (!insert.exec() || !q.exec(QStringLiteral("PRAGMA user_version = 1")) || !tx.commit()) {
            return sqlError(insert, QStringLiteral("creating the platform schema"));
        }
    }
    for (int to = std::max(version, 1) + 1; to <= kSchemaVersion; ++to) {
        Transaction tx(db);
        if (!q.exec(QLatin1String(kUpgrades[to - 2])) || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)) ||
            !tx.commit()) {
            return sqlError(q, QStringLiteral("upgrading the platform schema to %1").arg(to));
        }
    }
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'")) || !q.next()) {
        return sqlError(q, QStringLiteral("reading the epoch"));
    }
    return std::unique_ptr<PlatformStore>(new PlatformStore(db, clock, q.value(0).toString()));
}

PlatformStore::PlatformStore(QSqlDatabase db, const Clock &clock, QString epoch)
    : m_db(std::move(db)), m_clock(clock), m_epoch(std::move(epoch))
{}

PlatformStore::~PlatformStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<PairingCode> PlatformStore::issuePairingCode(const QString &merchantName, const QString &vertical)
{
    const QString name = merchantName.trimmed();
    if (name.isEmpty() || name.size() > 80) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a merchant needs a name of 1 to 80 characters"));
    }
    Transaction tx(m_db);
    QSqlQuery find = prepared(m_db, QStringLiteral("SELECT merchant_id FROM merchants WHERE name = ?"), {name});
    if (!find.exec()) {
        return sqlError(find, QStringLiteral("finding the merchant"));
    }
    QString merchantId = find.next() ? find.value(0).toString() : QString();
    if (merchantId.isEmpty()) {
        merchantId = uuid();
        QSqlQuery add = prepared(m_db, QStringLiteral("INSERT INTO merchants VALUES (?, ?, ?, ?)"),
                                 {merchantId, name, vertical, m_clock.nowWire()});
        if (!add.exec()) {
            return sqlError(add, QStringLiteral("creating the merchant"));
        }
    }
    PairingCode code{newCode(), merchantId, name, m_clock.nowMs() / 1000 + kPairingCodeSeconds};
    QSqlQuery add = prepared(m_db,
                             QStringLiteral("INSERT INTO pairing_codes (code, merchant_id, expires_at) "
                                            "VALUES (?, ?, ?)"),
                             {code.code, merchantId, code.expiresAt});
    if (!add.exec() || !tx.commit()) {
        return sqlError(add, QStringLiteral("storing the pairing code"));
    }
    return code;
}

Result<QString> PlatformStore::merchantName(const QString &merchantId) const
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT name FROM merchants WHERE merchant_id = ?"), {merchantId});
    if (!q.exec() || !q.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no merchant %1").arg(merchantId));
    }
    return q.value(0).toString();
}

Result<sync::PairResponse> PlatformStore::pair(const sync::PairRequest &request)
{
    const QString code = request.code.trimmed().toUpper();
    if (!DeviceIdentity::isValidTerminalId(request.terminalId)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a terminal id (a capital letter, then up to 7 capital "
                                        "letters or digits)")
                             .arg(request.terminalId));
    }
    if (auto key = EcKey::verifier(request.publicKeyPem.toLatin1()); !key) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("public_key_pem is not a P-256 public key: %1").arg(key.error().message));
    }
    Transaction tx(m_db);
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT merchant_id, expires_at, used_by FROM pairing_codes WHERE code = ?"), {code});
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("reading the pairing code"));
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("pairing code %1 does not exist").arg(code));
    }
    const QString merchantId = q.value(0).toString();
    if (!q.value(2).isNull()) {
        return makeError(ErrorCode::Conflict, QStringLiteral("pairing code %1 was already used").arg(code));
    }
    if (q.value(1).toLongLong() < m_clock.nowMs() / 1000) {
        return makeError(ErrorCode::Expired,
                         QStringLiteral("pairing code %1 has expired; ask for a new one").arg(code));
    }
    QSqlQuery used = prepared(m_db,
                              QStringLiteral("SELECT terminal_id FROM terminals WHERE merchant_id = ? "
                                             "ORDER BY paired_at"),
                              {merchantId});
    QSqlQuery data = prepared(m_db, QStringLiteral("SELECT 1 FROM ops WHERE merchant_id = ? LIMIT 1"), {merchantId});
    if (!used.exec() || !data.exec()) {
        return sqlError(used, QStringLiteral("reading the merchant's terminals"));
    }
    QStringList taken;
    while (used.next()) {
        taken << used.value(0).toString();
    }
    const bool merchantHasData = data.next();
    if (request.hasData && (merchantHasData || !taken.isEmpty())) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("this terminal holds its own shop data, and the merchant already has "
                                        "terminal %1 and its data: only a terminal without data can join it "
                                        "(start a new database for it), or pair this one with a new merchant")
                             .arg(taken.value(0, QStringLiteral("data"))));
    }
    QString terminalId = request.terminalId; // the first terminal keeps its id (its receipts carry it)
    if (!request.hasData) {
        for (int n = 1; terminalId.isEmpty() || taken.contains(terminalId); ++n) {
            terminalId = QStringLiteral("T%1").arg(n);
        }
    }
    sync::PairResponse response;
    response.merchantId = merchantId;
    auto name = merchantName(merchantId);
    if (!name) {
        return name.error();
    }
    response.merchantName = name.value();
    response.terminalId = terminalId;
    response.deviceId = uuid();
    response.epoch = m_epoch;
    QSqlQuery add = prepared(m_db, QStringLiteral("INSERT INTO terminals VALUES (?, ?, ?, ?, ?)"),
                             {response.deviceId, merchantId, terminalId, request.publicKeyPem, m_clock.nowWire()});
    QSqlQuery use = prepared(m_db, QStringLiteral("UPDATE pairing_codes SET used_by = ? WHERE code = ?"),
                             {response.deviceId, code});
    if (!add.exec() || !use.exec() || !tx.commit()) {
        return sqlError(add, QStringLiteral("recording the terminal"));
    }
    return response;
}

Result<Terminal> PlatformStore::terminal(const QString &deviceId) const
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT merchant_id, terminal_id, public_key_pem FROM terminals "
                                          "WHERE device_id = ?"),
                           {deviceId});
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("reading the terminal"));
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("device %1 is not paired with this platform").arg(deviceId));
    }
    return Terminal{deviceId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

Status PlatformStore::useNonce(const QString &deviceId, const QString &nonce, qint64 now)
{
    QSqlQuery forget =
        prepared(m_db, QStringLiteral("DELETE FROM nonces WHERE seen_at < ?"), {now - 2 * sync::kMaxClockSkewSeconds});
    QSqlQuery add = prepared(m_db, QStringLiteral("INSERT INTO nonces VALUES (?, ?, ?)"), {deviceId, nonce, now});
    if (!forget.exec()) {
        return sqlError(forget, QStringLiteral("forgetting old nonces"));
    }
    if (!add.exec()) {
        QSqlQuery seen =
            prepared(m_db, QStringLiteral("SELECT 1 FROM nonces WHERE device_id = ? AND nonce = ?"), {deviceId, nonce});
        if (seen.exec() && seen.next()) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("nonce %1 was already used: the request is a replay").arg(nonce));
        }
        return sqlError(add, QStringLiteral("recording the nonce"));
    }
    return Done{};
}

Result<QList<sync::PushResult>> PlatformStore::push(const Terminal &from, const QList<OutboxOp> &ops)
{
    Transaction tx(m_db);
    if (!tx.open()) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()));
    }
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT op, version, entity_id, payload, coalesce(hlc, '') FROM ops "
                                "WHERE merchant_id = ? AND op_id = ?"));
    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO ops (merchant_id, op_id, origin, op, version, entity_id, payload, "
                               "created_at, received_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = m_clock.nowWire();
    QList<sync::PushResult> results;
    results.reserve(ops.size());
    for (const OutboxOp &op : ops) {
        auto canonical = canonical::json(op.payload);
        if (!canonical) {
            results << sync::PushResult{op.opId, sync::PushOutcome::Rejected, canonical.error().message};
            continue;
        }
        const QString payload = QString::fromUtf8(canonical.value());
        find.addBindValue(from.merchantId);
        find.addBindValue(op.opId);
        if (!find.exec()) {
            return sqlError(find, QStringLiteral("looking up op %1").arg(op.opId));
        }
        if (find.next()) {
            const bool same = find.value(0).toString() == op.op && find.value(1).toInt() == op.version &&
                              find.value(2).toString() == op.entityId && find.value(3).toString() == payload &&
                              find.value(4).toString() == op.hlc;
            results << (same ? sync::PushResult{op.opId, sync::PushOutcome::Duplicate, {}}
                             : sync::PushResult{op.opId, sync::PushOutcome::Rejected,
                                                QStringLiteral("op id %1 was already used for another change; "
                                                               "it is not applied")
                                                    .arg(op.opId)});
            find.finish();
            continue;
        }
        if (!OpRegistry::knows(op.op, op.version)) {
            results << sync::PushResult{
                op.opId, sync::PushOutcome::Rejected,
                QStringLiteral("the platform does not know op %1 version %2").arg(op.op).arg(op.version)};
            continue;
        }
        for (const QVariant &v :
             QVariantList{from.merchantId, op.opId, from.terminalId, op.op, op.version, op.entityId, payload,
                          op.createdAt, now, op.hlc.isEmpty() ? QVariant() : QVariant(op.hlc)}) {
            add.addBindValue(v);
        }
        if (!add.exec()) {
            return sqlError(add, QStringLiteral("storing op %1").arg(op.opId));
        }
        results << sync::PushResult{op.opId, sync::PushOutcome::Applied, {}};
    }
    if (!tx.commit()) {
        return makeError(ErrorCode::Storage, QStringLiteral("cannot commit the push: %1").arg(m_db.lastError().text()));
    }
    return results;
}

Result<sync::PullPage> PlatformStore::pull(const Terminal &reader, qint64 afterSeq, int limit) const
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT seq, origin, op_id, op, version, entity_id, payload, created_at, "
                                          "coalesce(hlc, '') FROM ops WHERE merchant_id = ? AND seq > ? "
                                          "ORDER BY seq LIMIT ?"),
                           {reader.merchantId, afterSeq, limit + 1});
    q.setForwardOnly(true);
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("reading the op log"));
    }
    sync::PullPage page;
    page.epoch = m_epoch;
    page.afterSeq = afterSeq;
    page.lastSeq = afterSeq;
    int read = 0;
    qint64 bytes = 0;
    while (q.next()) {
        if (++read > limit || (bytes >= kPullPageBytes && !page.changes.isEmpty())) {
            page.more = true;
            break;
        }
        page.lastSeq = q.value(0).toLongLong();
        if (q.value(1).toString() == reader.terminalId) {
            continue; // its own op: the cursor moves past it
        }
        OutboxOp op;
        op.opId = q.value(2).toString();
        op.op = q.value(3).toString();
        op.version = q.value(4).toInt();
        op.entityId = q.value(5).toString();
        const QByteArray payload = q.value(6).toString().toUtf8();
        bytes += payload.size();
        op.payload = QJsonDocument::fromJson(payload).object();
        op.createdAt = q.value(7).toString();
        op.hlc = q.value(8).toString();
        page.changes << sync::Change{page.lastSeq, q.value(1).toString(), std::move(op)};
    }
    return page;
}

Result<qint64> PlatformStore::opCount(const QString &merchantId) const
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT count(*) FROM ops WHERE merchant_id = ?"), {merchantId});
    if (!q.exec() || !q.next()) {
        return sqlError(q, QStringLiteral("counting ops"));
    }
    return q.value(0).toLongLong();
}

Result<QList<MerchantSummary>> PlatformStore::summaries(const QString &merchantName) const
{
    QSqlQuery merchants =
        prepared(m_db,
                 merchantName.isEmpty() ? QStringLiteral("SELECT merchant_id, name FROM merchants ORDER BY name")
                                        : QStringLiteral("SELECT merchant_id, name FROM merchants WHERE name = ?"),
                 merchantName.isEmpty() ? QVariantList{} : QVariantList{merchantName});
    if (!merchants.exec()) {
        return sqlError(merchants, QStringLiteral("reading the merchants"));
    }
    QList<MerchantSummary> list;
    while (merchants.next()) {
        MerchantSummary m{merchants.value(0).toString(), merchants.value(1).toString(), {}};
        QSqlQuery log = prepared(m_db,
                                 QStringLiteral("SELECT op_id, op, version, entity_id, payload, coalesce(hlc, '') "
                                                "FROM ops WHERE merchant_id = ? ORDER BY seq"),
                                 {m.merchantId});
        log.setForwardOnly(true);
        if (!log.exec()) {
            return sqlError(log, QStringLiteral("reading the op log"));
        }
        LedgerFold fold;
        while (log.next()) {
            OutboxOp op;
            op.opId = log.value(0).toString();
            op.op = log.value(1).toString();
            op.version = log.value(2).toInt();
            op.entityId = log.value(3).toString();
            op.payload = QJsonDocument::fromJson(log.value(4).toByteArray()).object();
            op.hlc = log.value(5).toString();
            fold.add(op);
        }
        m.summary = fold.summary();
        list << m;
    }
    if (list.isEmpty() && !merchantName.isEmpty()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no merchant is called %1").arg(merchantName.left(80)));
    }
    return list;
}

} // namespace madang::platform
