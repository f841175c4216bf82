#pragma once

namespace madang {

class ApplierSet;
class MerchantRepository;

/// Applier of merchant.updated: MerchantRepository::updateProfile with the profile the payload carries.
void addMerchantAppliers(ApplierSet &set, MerchantRepository &merchant);

} // namespace madang
