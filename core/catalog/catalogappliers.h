#pragma once

namespace madang {

class ApplierSet;
class Clock;
class ModifierRepository;

/// Appliers of the catalog ops:
/// - catalog.category.created, catalog.item.created and catalog.item.updated: the category or item with the op's
///   id, inserted or updated (with its search terms) through CatalogWriter, as CatalogRepository::save writes it;
/// - catalog.items.upserted (a CSV import, up to CatalogRepository::kItemsPerBulkOp items an op): each row the
///   same way, every row checked before the first is written;
/// - catalog.modifier_group.saved: ModifierRepository::saveGroup with the op's group and option ids;
/// - catalog.item_modifiers.set: ModifierRepository::setItemGroups, for an item and groups this terminal has.
void addCatalogAppliers(ApplierSet &set, const Clock &clock, ModifierRepository &modifiers);

} // namespace madang
