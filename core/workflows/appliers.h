#pragma once

#include "replication/applier.h"

#include <QStringList>
#include <memory>

namespace madang {

class Store;

/// Every applier the terminal has, over the store's database and repositories (which must outlive the set).
std::unique_ptr<ApplierSet> makeAppliers(Store &store);

/// The Exchange ops of the registry that no applier handles yet, sorted.
QStringList exchangeOpsWithoutApplier(const ApplierSet &set);

} // namespace madang
