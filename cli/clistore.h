#pragma once

// What the store-backed madangctl commands share: opening the store and reporting a refusal.

#include "commands.h"
#include "base/error.h"

#include <memory>

namespace madang {
class Store;
}

/// Prints "madangctl: message" (visibleText()) and returns code.
int failed(const CliContext &ctx, const QString &message, int code = ExitFailed);
/// A refusal of the input (a taken slot, a missing skill, an unknown name, an amount past its limit) exits 2;
/// storage trouble 1.
int refused(const CliContext &ctx, const madang::Error &error);
/// Opens the store read-write; on failure (or when it is not set up) prints why and returns nullptr.
std::unique_ptr<madang::Store> openSetUpStore(const CliContext &ctx);
/// Why out cannot be an output file (export, receipt, backup), on one line; empty if it can be tried. The database
/// and its companion files are never written over, a folder is not a file, and the folder must exist.
QString outputProblem(const CliContext &ctx, const QString &out);
/// The id of the active staff member called `name` (any case); an empty name gives an empty id.
madang::Result<QString> activeStaffId(madang::Store &store, const QString &name);
