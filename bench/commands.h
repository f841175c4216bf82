#pragma once

#include <QStringList>

/// Exit codes shared by the subcommands (the same meaning as madangctl's).
enum BenchExit {
    BenchOk = 0,
    BenchFailed = 1, ///< the program under test failed (an import error, a storage error)
    BenchUsage = 64, ///< bad arguments
};

/// One subcommand per file. `args` are the words after the subcommand name.
int runCatalogBench(const QStringList &args);
int runPinBench(const QStringList &args);
int runSaleBench(const QStringList &args);
int runSeedOrders(const QStringList &args);
int runCloseBench(const QStringList &args);
int runAvailabilityBench(const QStringList &args);
int runStartupBench(const QStringList &args);
int runSyncBench(const QStringList &args);
