#pragma once

#include "base/error.h"
#include "floor/kitchen.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace madang {
class Store;
}

/// Where a table's kitchen slips go when they are sent. Called inside the send's transaction (db), so a
/// failure sends nothing and the table keeps its unsent items:
/// - into the print queue, when an enabled printer is named for the station ("kitchen", "bar"; any case);
/// - always into log (newest first), which the Kitchen panel shows.
madang::Status deliverKitchenSlip(madang::Store &store, QSqlDatabase &db, const madang::KitchenTicket &slip,
                                  QStringList &log);

/// The bytes a kitchen printer gets for a slip: its text, columns wide, as ESC/POS with Korean in CP949
/// (plain UTF-8 text in a build without the printing library).
QByteArray kitchenSlipBytes(const madang::KitchenTicket &slip, int columns, const QString &time);
