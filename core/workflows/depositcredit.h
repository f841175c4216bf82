#pragma once

// The deposit rule, as the verification of the `deposit` tender kind: every sale a Store's SaleService
// finalizes goes through it, whichever flow or command rings it up.

#include "sales/payment.h"
#include "sales/tenders.h"

#include <QList>

namespace madang {

class Store;
struct SeatedDeposit;

/// What deposits taken ahead credit on a bill of billMinor, as the `deposit` tenders a checkout writes: each
/// one's deposit left, in the order given (a table's parties by start time; a booking's one), until the bill is
/// covered. Deposits with nothing left, and any after the bill is covered, credit nothing and are left out.
/// The screens show what is due after these, and the payment puts them before the counter's tenders.
[[nodiscard]] QList<PaymentInput> creditDeposits(const QList<SeatedDeposit> &deposits, qint64 billMinor);

/// A `deposit` tender names (by its reference) a deposit that this sale closes: the booking the ticket checks
/// out, or a party seated at the table whose bill it is (every party seated there after a merge). The deposit
/// tenders naming one credit at most what is left of its deposit (what was taken less the deposit payments
/// that already name it), so a deposit is credited once. Anything else is refused (InvalidInput) inside the
/// sale's transaction, and the sale then writes nothing.
[[nodiscard]] TenderKind::Verify depositCredit(Store &store);

/// The built-in tender kinds with the deposit rule attached: what a Store's sales take.
[[nodiscard]] TenderRegistry tendersFor(Store &store);

} // namespace madang
