#pragma once

// What the store-backed madangctl commands share: opening the store and reporting a refusal.

#include "base/error.h"
#include "base/money.h"
#include "commands.h"
#include "merchant/merchant.h"

#include <memory>
#include <optional>

namespace madang {
class DeviceIdentity;
class Store;
} // namespace madang

/// Prints "madangctl: message" (visibleText(), Korean particles resolved) and returns code.
int failed(const CliContext &ctx, const QString &message, int code = ExitFailed);
/// A refusal of the input (a taken slot, a missing skill, an unknown name, an amount past its limit) exits 2;
/// storage trouble 1.
int refused(const CliContext &ctx, const madang::Error &error);
/// Opens the store read-write; on failure (or when it is not set up) prints why and returns nullptr.
std::unique_ptr<madang::Store> openSetUpStore(const CliContext &ctx);
/// What the commands that write or reprint ledger entries (sale, shift, receipt) open: a set-up store, its
/// merchant profile and currency, and this device's signing identity.
struct LedgerStore
{
    std::unique_ptr<madang::Store> store;
    madang::MerchantProfile profile;
    madang::Currency currency;
    std::unique_ptr<madang::DeviceIdentity> device;
    LedgerStore();
    LedgerStore(LedgerStore &&) noexcept;
    ~LedgerStore();
};
/// Opens a LedgerStore; on failure prints why and returns nothing.
std::optional<LedgerStore> openLedgerStore(const CliContext &ctx);
/// Why out cannot be an output file (export, receipt, backup), on one line; empty if it can be tried. The database
/// and its companion files are never written over, a folder is not a file, and the folder must exist.
QString outputProblem(const CliContext &ctx, const QString &out);
/// The id of the active staff member called `name` (any case); an empty name gives an empty id.
madang::Result<QString> activeStaffId(madang::Store &store, const QString &name);
