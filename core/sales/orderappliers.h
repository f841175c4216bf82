#pragma once

namespace madang {

class ApplierSet;
class SaleService;

/// The applier of order.finalized pulled from another terminal of the merchant (docs/sync-protocol.md,
/// "Ledgers"): the sale, refund or void is written read-only beside this terminal's orders through
/// SaleService::recordPulled, with its lines and payments, so that it can be found, reprinted and refunded here.
/// It takes no receipt number and no entry of this terminal's journal, and counts in no shift of this terminal.
/// An order that is here already is left as it is; one that names this terminal, a sale it corrects that is not
/// here, or a malformed field is refused and nothing is written.
void addOrderAppliers(ApplierSet &set, SaleService &sales);

} // namespace madang
