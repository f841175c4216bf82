#pragma once

#include "cliargs.h"

#include <QTextStream>

namespace madang {
class Clock;
}

/// Exit codes: 0 done, 1 failed (storage, lock, integrity), 2 bad input data, 64 usage error.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2, ExitUsage = 64 };

struct CliContext
{
    const CliArgs &args;
    const madang::Clock &clock;
    QTextStream &out;
    QTextStream &err;
};

int runInit(const CliContext &ctx);
int runCatalog(const CliContext &ctx);
int runBackup(const CliContext &ctx);
int runCheck(const CliContext &ctx);
int runDevice(const CliContext &ctx);
int runAudit(const CliContext &ctx);
int runSale(const CliContext &ctx);
int runSummary(const CliContext &ctx);
int runJournal(const CliContext &ctx);
int runShift(const CliContext &ctx);
int runReceipt(const CliContext &ctx);
int runBooking(const CliContext &ctx);
int runReservation(const CliContext &ctx);
int runCustomer(const CliContext &ctx);
int runResource(const CliContext &ctx);
int runPair(const CliContext &ctx);
int runSync(const CliContext &ctx);

/// --secrets DIR, or the folder madang uses by default.
QString secretsRoot(const CliArgs &args);
