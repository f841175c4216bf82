#pragma once

namespace madang {

class ApplierSet;
class Clock;
class CustomerRepository;

/// Appliers of customer.created and customer.updated: the customer with the op's id, saved through
/// CustomerRepository::save (which checks the name and that the phone number is nobody else's). The shop's
/// own notes are not in the payload and stay as they are.
void addCustomerAppliers(ApplierSet &set, CustomerRepository &customers, const Clock &clock);

} // namespace madang
