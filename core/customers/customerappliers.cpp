// Customer ops applied to this terminal's database (see replication/applier.h).

#include "customers/customerappliers.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "customers/customerrepository.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)
};

Status applyCustomer(CustomerRepository &customers, const Clock &clock, QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    Customer customer;
    customer.id = read.string("id"_L1);
    customer.name = read.string("name"_L1);
    customer.phone = read.string("phone"_L1);
    customer.platformId = read.string("platform_id"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (customer.id.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The payload of \"%1\" has no id; nothing was applied.").arg(op.op.left(80)));
    }
    auto found = customers.find(customer.id);
    if (!found) {
        return found.error();
    }
    if (found.value()) {
        customer.notes = found.value()->notes;
    } else {
        // save() adds a customer under a new id; this one keeps the id it has everywhere. Its row goes in bare
        // (no phone yet), then save() checks and writes every field as for an edit, in this transaction.
        const QString now = clock.nowWire();
        auto added = Database::run(
            db, QStringLiteral("INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
            {customer.id, customer.name.trimmed().isEmpty() ? customer.id : customer.name, now, now},
            Text::tr("Saving the customer"));
        if (!added) {
            return added.error();
        }
    }
    auto saved = customers.save(customer);
    return saved ? Status(Done{}) : Status(saved.error());
}
} // namespace

void addCustomerAppliers(ApplierSet &set, CustomerRepository &customers, const Clock &clock)
{
    const auto apply = [&customers, &clock](QSqlDatabase &db, const OutboxOp &op) {
        return applyCustomer(customers, clock, db, op);
    };
    set.add(ops::CustomerCreated, apply);
    set.add(ops::CustomerUpdated, apply);
}

} // namespace madang
