#pragma once

namespace madang {

class ApplierSet;
class ModifierRepository;

/// Appliers of catalog.modifier_group.saved and catalog.item_modifiers.set (see addCatalogAppliers, which adds
/// them).
void addModifierAppliers(ApplierSet &set, ModifierRepository &modifiers);

} // namespace madang
