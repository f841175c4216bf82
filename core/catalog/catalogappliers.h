#pragma once

namespace madang {

class ApplierSet;
class Clock;

/// Appliers of catalog.category.created, catalog.item.created and catalog.item.updated: the category or item
/// with the op's id, inserted or updated (with its search terms) through CatalogWriter, as
/// CatalogRepository::save writes it.
void addCatalogAppliers(ApplierSet &set, const Clock &clock);

} // namespace madang
