#include "customers/customerrepository.h"

#include "base/clock.h"
#include "base/phonetext.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)
};

constexpr qsizetype kMaxSharedFields = 50;
constexpr int kSearchLimit = 50;
/// Typed digits from which a search looks at phone numbers: the last four of a number.
constexpr qsizetype kPhoneLookupDigits = 4;

const QString kColumns = QStringLiteral("id, name, phone, notes, coalesce(platform_id, '')");

Customer customerFrom(const QSqlQuery &q)
{
    return Customer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()};
}

QJsonObject payload(const Customer &c)
{
    // The notes stay on the terminal: they are the shop's own remarks, not the platform's business.
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("phone"), c.phone},
                       {QStringLiteral("platform_id"), c.platformId}};
}

Error badProfile(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, Text::tr("The shared profile was not imported: %1").arg(why));
}

bool hasOffset(const QString &iso)
{
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
    return offset.match(iso).hasMatch() && QDateTime::fromString(iso, Qt::ISODate).isValid();
}

/// The consent scopes the platform gives: what the shop may use a field for.
const QStringList &knownScopes()
{
    static const QStringList scopes{QStringLiteral("bookings"), QStringLiteral("visit")};
    return scopes;
}

/// The "fields" array of a profile document, checked.
Result<QList<SharedField>> parseFields(const QJsonValue &value)
{
    static const QRegularExpression fieldName(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!value.isArray()) {
        return badProfile(Text::tr("\"fields\" must be a list."));
    }
    QList<SharedField> fields;
    QSet<QString> seen;
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxSharedFields) {
        return badProfile(Text::tr("it lists %1 fields; the maximum is %2.").arg(array.size()).arg(kMaxSharedFields));
    }
    for (qsizetype n = 0; n < array.size(); ++n) {
        const QJsonObject o = array.at(n).toObject();
        const SharedField f{o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("value")).toString(),
                            o.value(QStringLiteral("scope")).toString(),
                            o.value(QStringLiteral("consented_at")).toString()};
        const QString where = Text::tr("field %1").arg(n + 1);
        if (!fieldName.match(f.field).hasMatch()) {
            return badProfile(Text::tr("%1 has no valid name (lowercase letters, digits and _).").arg(where));
        }
        if (seen.contains(f.field)) {
            return badProfile(Text::tr("\"%1\" is listed twice.").arg(f.field));
        }
        seen.insert(f.field);
        if (f.value.trimmed().isEmpty()) {
            return badProfile(Text::tr("\"%1\" has an empty value.").arg(f.field));
        }
        if (auto clean = checkText(f.value, TextKind::ProfileValue, Text::tr("value of \"%1\"").arg(f.field)); !clean) {
            return badProfile(clean.error().message);
        }
        if (f.scope.trimmed().isEmpty()) {
            return badProfile(Text::tr("\"%1\" has no consent scope.").arg(f.field));
        }
        if (!knownScopes().contains(f.scope)) {
            const bool printable = checkText(f.scope, TextKind::Identifier, QString()).ok();
            return badProfile(Text::tr("\"%1\" has the consent scope \"%2\"; the known scopes are %3.")
                                  .arg(f.field, printable ? f.scope : Text::tr("(unreadable)"),
                                       knownScopes().join(QLatin1String(", "))));
        }
        if (!hasOffset(f.consentedAt)) {
            return badProfile(Text::tr("\"%1\" needs consented_at as ISO 8601 with an offset.").arg(f.field));
        }
        fields << f;
    }
    return fields;
}
} // namespace

Result<QString> CustomerRepository::normalizePhone(const QString &input)
{
    if (auto clean = checkText(input, TextKind::Phone, Text::tr("phone number")); !clean) {
        return clean.error();
    }
    QString digits;
    bool plus = false;
    for (const QChar c : input.trimmed()) {
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
        } else if (c == QLatin1Char('+') && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('(') &&
                   c != QLatin1Char(')')) {
            return makeError(ErrorCode::InvalidInput, Text::tr("\"%1\" is not a phone number.").arg(input));
        }
    }
    if (!plus && digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2); // international prefix
    } else if (!plus && digits.startsWith(QLatin1Char('0'))) {
        digits = QStringLiteral("82") + digits.mid(1); // a Korean national number
    } else if (!plus) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" needs a leading 0 (national) or + (international).").arg(input));
    }
    constexpr qsizetype kMinDigits = 8;
    constexpr qsizetype kMaxDigits = 15; // E.164
    if (digits.size() < kMinDigits || digits.size() > kMaxDigits || digits.startsWith(QLatin1Char('0'))) {
        return makeError(ErrorCode::InvalidInput, Text::tr("\"%1\" is not a phone number.").arg(input));
    }
    return QLatin1Char('+') + digits;
}

Result<Customer> CustomerRepository::save(Customer customer)
{
    customer.name = customer.name.trimmed();
    if (customer.name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A customer needs a name."));
    }
    if (auto clean = checkText(customer.name, TextKind::Name, Text::tr("customer's name")); !clean) {
        return clean.error();
    }
    if (auto clean = checkText(customer.notes, TextKind::Note, Text::tr("customer note")); !clean) {
        return clean.error();
    }
    if (auto clean = checkText(customer.platformId, TextKind::Identifier, Text::tr("platform id")); !clean) {
        return clean.error();
    }
    if (!customer.phone.isEmpty()) {
        auto phone = normalizePhone(customer.phone);
        if (!phone) {
            return phone.error();
        }
        customer.phone = phone.value();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (!customer.phone.isEmpty()) {
        auto owner = findByPhone(customer.phone);
        if (!owner) {
            return owner.error();
        }
        if (owner.value() && owner.value()->id != customer.id) {
            return makeError(
                ErrorCode::Conflict,
                Text::tr("%1 is already %2's number.").arg(phonetext::display(customer.phone), owner.value()->name));
        }
    }
    const bool created = customer.id.isEmpty();
    const QString now = m_clock.nowWire();
    const QString last4 = customer.phone.right(4);
    auto written = created
                       ? Database::run(db,
                                       QStringLiteral("INSERT INTO customers (id, name, phone, phone_last4, notes, "
                                                      "platform_id, created_at, updated_at) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                       {customer.id = m_ids.nextString(), customer.name, Database::text(customer.phone),
                                        Database::text(last4), Database::text(customer.notes),
                                        orNull(customer.platformId), now, now},
                                       Text::tr("Saving the customer"))
                       : Database::run(db,
                                       QStringLiteral("UPDATE customers SET name = ?, phone = ?, phone_last4 = ?, "
                                                      "notes = ?, platform_id = ?, updated_at = ? WHERE id = ?"),
                                       {customer.name, Database::text(customer.phone), Database::text(last4),
                                        Database::text(customer.notes), orNull(customer.platformId), now, customer.id},
                                       Text::tr("Saving the customer"));
    if (!written) {
        return written.error();
    }
    if (!created && written->numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, Text::tr("That customer does not exist."));
    }
    auto op =
        m_outbox.enqueue(db, created ? ops::CustomerCreated : ops::CustomerUpdated, customer.id, payload(customer));
    if (!op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return customer;
}

Result<std::optional<Customer>> CustomerRepository::find(const QString &id) const
{
    auto q = Database::run(m_db.connection(), QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(kColumns),
                           {id}, Text::tr("Reading the customer"));
    if (!q) {
        return q.error();
    }
    return q->next() ? std::optional(customerFrom(q.value())) : std::nullopt;
}

Result<std::optional<Customer>> CustomerRepository::findByPhone(const QString &phone) const
{
    auto normalized = normalizePhone(phone);
    if (!normalized) {
        return normalized.error();
    }
    auto q = Database::run(m_db.connection(), QStringLiteral("SELECT %1 FROM customers WHERE phone = ?").arg(kColumns),
                           {normalized.value()}, Text::tr("Reading the customer"));
    if (!q) {
        return q.error();
    }
    return q->next() ? std::optional(customerFrom(q.value())) : std::nullopt;
}

Result<Customer> CustomerRepository::findOrAdd(const QString &phone, const QString &name)
{
    auto found = findByPhone(phone);
    if (!found) {
        return found.error();
    }
    if (found.value()) {
        return *found.value();
    }
    return save(Customer{{}, name.trimmed().isEmpty() ? phone.trimmed() : name, phone, {}, {}});
}

Result<QList<Customer>> CustomerRepository::search(const QString &text) const
{
    const QString needle = text.trimmed();
    // Nothing longer than a name is looked for: no customer could match it.
    if (needle.size() > maxTextLength(TextKind::Name)) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("Search for at most %1 characters: a name or a phone number.").arg(maxTextLength(TextKind::Name)));
    }
    // A phone number as people type it: digits, an optional leading +, spaces, hyphens, dots, parentheses.
    static const QRegularExpression phoneShaped(QStringLiteral("^\\+?[0-9 ().-]*[0-9][0-9 ().-]*$"));
    QString digits = needle;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const QString byName =
        QStringLiteral("SELECT %1 FROM customers WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT %2")
            .arg(kColumns)
            .arg(kSearchLimit);
    const QString likeName = QString(needle)
                                 .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                 .replace(QLatin1Char('%'), QLatin1String("\\%"))
                                 .replace(QLatin1Char('_'), QLatin1String("\\_")) +
                             QLatin1Char('%');
    const bool phone = phoneShaped.match(needle).hasMatch() && digits.size() >= kPhoneLookupDigits;
    const bool national = !needle.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1Char('0')) &&
                          !digits.startsWith(QLatin1String("00"));
    // Four digits: the number's last four. More: the digits anywhere in the number, and a number typed as
    // dialled at home (010…) is also the start of the stored +8210…. Fewer than four: names only.
    auto q = !phone ? Database::run(m_db.connection(), byName, {likeName}, Text::tr("Searching customers"))
             : digits.size() == kPhoneLookupDigits
                 ? Database::run(m_db.connection(),
                                 QStringLiteral("SELECT %1 FROM customers WHERE phone_last4 = ? ORDER BY name LIMIT %2")
                                     .arg(kColumns)
                                     .arg(kSearchLimit),
                                 {digits}, Text::tr("Searching customers"))
                 : Database::run(m_db.connection(),
                                 QStringLiteral("SELECT %1 FROM customers WHERE instr(phone, ?) > 0 "
                                                "OR (? = 1 AND instr(phone, ?) = 1) ORDER BY name LIMIT %2")
                                     .arg(kColumns)
                                     .arg(kSearchLimit),
                                 {digits.startsWith(QLatin1String("00")) ? digits.mid(2) : digits, national ? 1 : 0,
                                  QStringLiteral("+82") + digits.mid(1)},
                                 Text::tr("Searching customers"));
    if (!q) {
        return q.error();
    }
    QList<Customer> found;
    while (q->next()) {
        found << customerFrom(q.value());
    }
    return found;
}

Result<QList<SharedField>> CustomerRepository::sharedProfile(const QString &customerId) const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT field, value, scope, consented_at FROM shared_profile "
                                          "WHERE customer_id = ? ORDER BY field"),
                           {customerId}, Text::tr("Reading the shared profile"));
    if (!q) {
        return q.error();
    }
    QList<SharedField> fields;
    while (q->next()) {
        fields << SharedField{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString()};
    }
    return fields;
}

Result<ProfileImport> CustomerRepository::importSharedProfile(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return badProfile(
            Text::tr("it is not a JSON object (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("madang.shared-profile") ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        return badProfile(Text::tr("it is not a madang.shared-profile version 1 document."));
    }
    const QJsonObject who = root.value(QStringLiteral("customer")).toObject();
    const QString platformId = who.value(QStringLiteral("platform_id")).toString().trimmed();
    const QString name = who.value(QStringLiteral("name")).toString().trimmed();
    if (platformId.isEmpty() || name.isEmpty()) {
        return badProfile(Text::tr("the customer needs a platform_id and a name."));
    }
    if (auto clean = checkText(platformId, TextKind::Identifier, Text::tr("platform_id")); !clean) {
        return badProfile(clean.error().message);
    }
    if (auto clean = checkText(name, TextKind::Name, Text::tr("customer's name")); !clean) {
        return badProfile(clean.error().message);
    }
    const QString phone = who.value(QStringLiteral("phone")).toString();
    if (!phone.isEmpty()) {
        if (auto valid = normalizePhone(phone); !valid) {
            return badProfile(valid.error().message);
        }
    }
    auto fields = parseFields(root.value(QStringLiteral("fields")));
    if (!fields) {
        return fields.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    ProfileImport result;
    auto known = Database::run(db, QStringLiteral("SELECT %1 FROM customers WHERE platform_id = ?").arg(kColumns),
                               {platformId}, Text::tr("Reading the customer"));
    if (!known) {
        return known.error();
    }
    std::optional<Customer> customer;
    if (known->next()) {
        customer = customerFrom(known.value());
    } else if (!phone.isEmpty()) {
        auto byPhone = findByPhone(phone);
        if (!byPhone) {
            return byPhone.error();
        }
        customer = byPhone.value();
        if (!customer) {
            customer = Customer{{}, name, phone, {}, {}};
        } else if (!customer->platformId.isEmpty()) {
            // The number is someone else's on the platform: linking it here would hand over their customer
            // record and delete what they shared.
            return makeError(ErrorCode::Conflict,
                             Text::tr("The shared profile was not imported: the phone number %1 belongs to %2, who "
                                      "is linked to another platform customer (%3).")
                                 .arg(phonetext::display(customer->phone), customer->name, customer->platformId));
        }
    } else {
        customer = Customer{{}, name, {}, {}, {}};
    }
    result.customerCreated = customer->id.isEmpty();
    customer->platformId = platformId;
    auto saved = save(*customer);
    if (!saved) {
        return saved.error();
    }
    result.customerId = saved->id;
    auto before = sharedProfile(result.customerId);
    if (!before) {
        return before.error();
    }
    auto cleared = Database::run(db, QStringLiteral("DELETE FROM shared_profile WHERE customer_id = ?"),
                                 {result.customerId}, Text::tr("Saving the shared profile"));
    if (!cleared) {
        return cleared.error();
    }
    const QString now = m_clock.nowWire();
    QSet<QString> kept;
    for (const SharedField &f : std::as_const(fields.value())) {
        auto inserted = Database::run(db,
                                      QStringLiteral("INSERT INTO shared_profile (customer_id, field, value, scope, "
                                                     "consented_at, received_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                      {result.customerId, f.field, f.value, f.scope, f.consentedAt, now},
                                      Text::tr("Saving the shared profile"));
        if (!inserted) {
            return inserted.error();
        }
        kept.insert(f.field);
    }
    for (const SharedField &f : std::as_const(before.value())) {
        result.removed += kept.contains(f.field) ? 0 : 1;
    }
    result.fields = static_cast<int>(fields->size());
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return result;
}

} // namespace madang
