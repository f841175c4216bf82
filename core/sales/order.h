#pragma once

#include "sales/payment.h"
#include "sales/ticket.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace madang {

/// A line of a finalized order, as stored. Amounts are negative on refunds and voids.
struct OrderLine
{
    int lineNo = 0;
    QString itemId;
    QString sku;
    QString name;
    qint64 qty = 0;
    qint64 unitMinor = 0;
    qint64 modifiersMinor = 0; ///< per unit
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;
    qint64 vatMinor = 0;
    int vatBp = 0;
    QJsonArray modifiers; ///< [{"group":…,"option":…,"price_minor":…}]
    QString note;
    QString staffId;
    int correctsLine = 0; ///< refunds: the sale's line number
};

/// A finalized sale, refund or void (or one about to be written).
struct Order
{
    QString id;
    QString kind; ///< "sale", "refund", "void"
    QString receipt;
    QString terminal;
    QString correctsId; ///< refunds and voids: the sale
    QString staffId;
    QString staffName;
    QString approverId;
    QString reason;
    QString tableName;
    QString customerId; ///< a sale's customer (Ticket::customerId); a refund or void repeats its sale's
    QString finalizedAt;
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 tipMinor = 0;
    qint64 vatMinor = 0;
    qint64 totalMinor = 0;
    qint64 journalSeq = 0; ///< this terminal's journal entry; 0 for an order pulled from another terminal
    qint64 sourceSeq = 0;  ///< a pulled order's entry in its own terminal's journal; 0 for this terminal's
    QString sourceHash;    ///< that entry's hash
    QList<OrderLine> lines;
    QList<AppliedPayment> payments;

    /// VAT by rate, worked out from the lines (their shares add up to each rate's VAT exactly).
    [[nodiscard]] QList<VatBucket> vatBreakdown() const;
};

} // namespace madang
