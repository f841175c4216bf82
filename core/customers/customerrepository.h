#pragma once

// Customers of the shop and what each chose to share with it on the platform (docs/bookings.md, "Customers").

#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace madang {

class Clock;
class Database;
class Outbox;
class Uuid7Generator;

struct Customer
{
    QString id;
    QString name;
    QString phone; // normalized: "+821012345678"
    QString notes;
    QString platformId;
};

/// One field of a shared profile, e.g. preferred_staff = "Mina", with the consent it came with.
struct SharedField
{
    QString field;
    QString value;
    QString scope;
    QString consentedAt; // ISO 8601 with offset
};

/// What a shared-profile import did.
struct ProfileImport
{
    QString customerId;
    bool customerCreated = false;
    int fields = 0;  // now shared
    int removed = 0; // no longer consented, deleted here
};

class CustomerRepository
{
public:
    CustomerRepository(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox)
        : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox)
    {}

    /// "010-1234-5678", "+82 10 1234 5678" and "0082…" all give "+821012345678": a leading 0 is a
    /// Korean national number. 8–15 digits; anything else is refused with a message that shows the input.
    static Result<QString> normalizePhone(const QString &input);

    /// Adds (empty id) or edits a customer; a phone number belongs to one customer only.
    Result<Customer> save(Customer customer);
    [[nodiscard]] Result<std::optional<Customer>> find(const QString &id) const;
    [[nodiscard]] Result<std::optional<Customer>> findByPhone(const QString &phone) const;
    /// The customer with this phone number, added under `name` (or the number itself) if there is none.
    Result<Customer> findOrAdd(const QString &phone, const QString &name);
    /// A phone number as typed (digits, +, spaces, hyphens): four digits find the numbers ending so; more
    /// find the numbers holding them ("98765"), a number dialled at home (01012345678, 010-1234-5678) its
    /// stored +8210…. Anything else, and fewer than four digits, by name prefix. By name, at most 50.
    /// Numbers are shown with phonetext::display().
    [[nodiscard]] Result<QList<Customer>> search(const QString &text) const;

    /// The fields the customer shares today, by field name.
    [[nodiscard]] Result<QList<SharedField>> sharedProfile(const QString &customerId) const;
    /// A profile "received from the platform" (docs/bookings.md gives the JSON). It is the whole of what
    /// the customer shares now: fields it does not list are revoked and deleted. All or nothing.
    Result<ProfileImport> importSharedProfile(const QByteArray &json);

private:
    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
};

} // namespace madang
