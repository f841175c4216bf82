#include "workflows/setup.h"

#include "audit/auditlog.h"
#include "merchant/merchantrepository.h"
#include "storage/transaction.h"
#include "workflows/store.h"

namespace madang {

Result<StaffMember> Setup::run(const MerchantProfile &profile, const QString &ownerName, const QString &ownerPinHash,
                               const Step &extra)
{
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    auto owner = m_store.merchant().initialize(profile, ownerName, ownerPinHash);
    if (!owner) {
        return owner.error();
    }
    if (extra) {
        if (auto done = extra(m_store); !done) {
            return done.error();
        }
    }
    AuditEntry entry;
    entry.actorId = owner->id;
    entry.actorName = owner->name;
    entry.action = audit::TerminalSetUp;
    entry.record = QStringLiteral("merchant");
    entry.detail = {{QStringLiteral("vertical"), verticalToString(profile.vertical)},
                    {QStringLiteral("currency"), profile.currency},
                    {QStringLiteral("demo"), static_cast<bool>(extra)}};
    if (auto logged = m_store.audit().append(entry); !logged) {
        return logged.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return owner;
}

} // namespace madang
