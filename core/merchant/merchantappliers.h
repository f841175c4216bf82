#pragma once

#include "base/error.h"

#include <QString>
#include <functional>

namespace madang {

class ApplierSet;
class MerchantRepository;
class StaffRepository;

/// Appliers of the merchant ops:
/// - merchant.initialized: MerchantRepository::setUpFrom (the profile; the owner comes with its staff.created);
/// - merchant.updated: MerchantRepository::updateProfile with the profile the payload carries;
/// - staff.created: StaffRepository::upsert under the op's id, without a PIN (PIN hashes never travel: someone
///   sets this person's PIN on this terminal before they sign in here);
/// - staff.updated: StaffRepository::update of a member this terminal has, keeping one active owner.
/// A role other than owner, manager or staff, or a service that is not a catalog item here, is refused.
/// isCatalogItem answers the latter: the catalog sits above merchant/, so the caller that has it supplies it.
using IsCatalogItem = std::function<Result<bool>(const QString &itemId)>;
void addMerchantAppliers(ApplierSet &set, MerchantRepository &merchant, StaffRepository &staff,
                         IsCatalogItem isCatalogItem);

} // namespace madang
