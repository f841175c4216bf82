#include "merchant/merchantrepository.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "merchant/staffrepository.h"
#include "replication/opregistry.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MerchantRepository)
};

/// QtSql binds a null QString as SQL NULL; optional text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// The six profile columns, in the order both the INSERT and the UPDATE list them.
void bindProfile(QSqlQuery &q, const MerchantProfile &profile)
{
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(verticalToString(profile.vertical));
    q.addBindValue(profile.currency);
    q.addBindValue(profile.vatBasisPoints);
    q.addBindValue(profile.pricesIncludeVat ? 1 : 0);
    q.addBindValue(notNull(profile.businessRegistrationNumber));
}

QJsonObject profilePayload(const MerchantProfile &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("vertical"), verticalToString(p.vertical)},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("vat_bp"), p.vatBasisPoints},
            {QStringLiteral("prices_include_vat"), p.pricesIncludeVat},
            {QStringLiteral("brn"), p.businessRegistrationNumber}};
}
} // namespace

MerchantRepository::MerchantRepository(Database &db, const Clock &clock, Outbox &outbox, StaffRepository &staff)
    : m_db(db), m_clock(clock), m_outbox(outbox), m_staff(staff)
{}

Result<std::optional<MerchantProfile>> MerchantRepository::profile() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, vertical, currency, vat_bp, prices_include_vat, brn FROM merchant"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the merchant profile"));
    }
    if (!q.next()) {
        return std::optional<MerchantProfile>();
    }
    MerchantProfile p;
    p.name = q.value(0).toString();
    p.vertical = verticalFromString(q.value(1).toString()).value_or(Vertical::Salon);
    p.currency = q.value(2).toString();
    p.vatBasisPoints = q.value(3).toInt();
    p.pricesIncludeVat = q.value(4).toBool();
    p.businessRegistrationNumber = q.value(5).toString();
    return std::optional<MerchantProfile>(p);
}

Result<StaffMember> MerchantRepository::initialize(const MerchantProfile &profile, const QString &ownerName,
                                                   const QString &ownerPinHash)
{
    if (auto valid = profile.validate(); !valid) {
        return valid.error();
    }
    if (ownerName.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The owner's name is empty."));
    }
    if (auto clean = checkText(ownerName.trimmed(), TextKind::Name, Text::tr("owner's name")); !clean) {
        return clean.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO merchant (id, name, vertical, currency, vat_bp, prices_include_vat, brn, "
                             "created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
    bindProfile(q, profile);
    q.addBindValue(m_clock.nowWire());
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QStringLiteral("UNIQUE"))) {
            return makeError(ErrorCode::Conflict, Text::tr("This terminal is already set up."));
        }
        return Database::storageError(q.lastError(), Text::tr("Saving the merchant profile"));
    }
    if (auto op = m_outbox.enqueue(db, ops::MerchantInitialized, QStringLiteral("merchant"), profilePayload(profile));
        !op) {
        return op.error();
    }
    auto owner = addStaff(StaffMember{{}, ownerName.trimmed(), QStringLiteral("owner"), true, ownerPinHash});
    if (!owner) {
        return owner.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return owner;
}

Status MerchantRepository::updateProfile(const MerchantProfile &profile)
{
    if (auto valid = profile.validate(); !valid) {
        return valid;
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE merchant SET name = ?, vertical = ?, currency = ?, vat_bp = ?, "
                             "prices_include_vat = ?, brn = ? WHERE id = 1"));
    bindProfile(q, profile);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Saving the merchant profile"));
    }
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, Text::tr("This terminal is not set up yet."));
    }
    if (auto op = m_outbox.enqueue(db, ops::MerchantUpdated, QStringLiteral("merchant"), profilePayload(profile));
        !op) {
        return op.error();
    }
    return tx.commit();
}

Status MerchantRepository::setUpFrom(const MerchantProfile &profile, const QString &createdAt)
{
    if (auto valid = profile.validate(); !valid) {
        return valid;
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO merchant (id, name, vertical, currency, vat_bp, prices_include_vat, brn, "
                             "created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "name = excluded.name, vertical = excluded.vertical, currency = excluded.currency, "
                             "vat_bp = excluded.vat_bp, prices_include_vat = excluded.prices_include_vat, "
                             "brn = excluded.brn"));
    bindProfile(q, profile);
    q.addBindValue(createdAt.isEmpty() ? m_clock.nowWire() : createdAt);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Saving the merchant profile"));
    }
    return tx.commit();
}

Result<QList<StaffMember>> MerchantRepository::staff() const
{
    auto rows = m_staff.list(StaffRepository::Which::All);
    if (!rows) {
        return rows.error();
    }
    QList<StaffMember> list;
    for (const StaffAccount &a : std::as_const(rows.value())) {
        list << StaffMember{a.member.id, a.member.name, a.member.role, a.member.active};
    }
    return list;
}

Result<StaffMember> MerchantRepository::addStaff(const StaffMember &input)
{
    StaffMember member = input;
    member.name = member.name.trimmed();
    if (member.name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The staff member's name is empty."));
    }
    if (auto clean = checkText(member.name, TextKind::Name, Text::tr("staff member's name")); !clean) {
        return clean.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto added = m_staff.insert(member);
    if (!added) {
        return added.error();
    }
    member = added.value(); // with its id and without the PIN hash: callers get the member, not the secret
    if (auto op = m_outbox.enqueue(db, ops::StaffCreated, member.id, StaffRepository::opPayload(member, {})); !op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return member;
}

QString MerchantRepository::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        return q.value(0).toString();
    }
    return fallback;
}

Status MerchantRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Saving setting %1").arg(key));
    }
    return Done{};
}

} // namespace madang
