#pragma once

#include "base/error.h"
#include "catalog/catalog.h"
#include "catalog/modifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace madang {

/// One chosen option, copied by value: the ticket keeps what was chosen even if the menu changes later.
struct ModifierChoice
{
    QString groupId;
    QString groupName;
    QString optionId;
    QString optionName;
    qint64 priceMinor = 0;

    bool operator==(const ModifierChoice &other) const = default;
};

/// Checks choices against the item's groups: every option belongs to one of them, none twice, and each
/// group's count lies within [min, max]. The message names the group.
Status validateChoices(const QList<ModifierGroup> &groups, const QList<ModifierChoice> &choices);

/// A percentage (in basis points: 1000 = 10%) or a fixed amount off.
struct Discount
{
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    qint64 value = 0; ///< basis points for Percent, minor units for Amount

    [[nodiscard]] bool isNone() const { return kind == Kind::None || value == 0; }
    static Discount percent(qint64 basisPoints) { return {Kind::Percent, basisPoints}; }
    static Discount amount(qint64 minor) { return {Kind::Amount, minor}; }
    bool operator==(const Discount &other) const = default;
};

struct TicketLine
{
    QString itemId;
    QString sku;
    QString name;
    qint64 qty = 1;
    qint64 unitMinor = 0; ///< catalog price, VAT included when the merchant's prices include VAT
    int vatBp = 1000;
    QList<ModifierChoice> modifiers;
    QString note;
    Discount discount;
    QString staffId; ///< who performed the service (salons); empty: the signed-in staff member
    QString lineId;  ///< stable across edits of an open table ticket, so the kitchen sees what changed

    bool operator==(const TicketLine &other) const = default;

    /// qty of a catalog item at its current price and VAT rate.
    static TicketLine fromItem(const CatalogItem &item, qint64 qty = 1);
};

/// An open order being rung up: lines, an order discount and a tip. It becomes an order when paid.
struct Ticket
{
    QString currency = QStringLiteral("KRW");
    bool pricesIncludeVat = true;
    QList<TicketLine> lines;
    Discount orderDiscount;
    qint64 tipMinor = 0;
    QString tableName; ///< restaurants; empty elsewhere
    /// The manager whose approval let a discount above the limit onto this ticket; it travels with the
    /// ticket (on hold and back) so that the sale's journal entry names them.
    QString discountApproverId;
    /// The booking being checked out (salons, cleaning): completed with the sale, its deposit credited.
    QString bookingId = {}; // "= {}" keeps aggregate initializers that leave it out warning-free
    /// The table whose open ticket this is (restaurants), set by TableService from the table's row and not
    /// part of the JSON: the deposits of the parties seated there may be credited on its bill.
    QString tableId = {};
    /// The customer the ticket is rung up for (looked up at the counter, or the booking's); empty for none.
    /// The sale's order and journal entry name them.
    QString customerId = {};

    bool operator==(const Ticket &other) const = default;

    /// The whole ticket as JSON (for parking it), and back. fromJson refuses malformed input.
    [[nodiscard]] QJsonObject toJson() const;
    static Result<Ticket> fromJson(const QJsonObject &json);
};

/// A line after pricing. All amounts in minor units.
struct PricedLine
{
    qint64 grossMinor = 0;         ///< (unit + modifiers) × qty
    qint64 lineDiscountMinor = 0;  ///< the line's own discount
    qint64 orderDiscountMinor = 0; ///< its share of the order discount
    qint64 totalMinor = 0;         ///< gross − both discounts; what the customer pays for the line
    qint64 vatMinor = 0;           ///< the VAT in (or on) totalMinor
};

/// VAT per rate: net + vat = gross, exactly.
struct VatBucket
{
    int vatBp = 0;
    qint64 grossMinor = 0;
    qint64 netMinor = 0;
    qint64 vatMinor = 0;

    bool operator==(const VatBucket &other) const = default;
};

struct TicketTotals
{
    QList<PricedLine> lines;
    qint64 subtotalMinor = 0; ///< sum of line gross amounts
    qint64 discountMinor = 0; ///< line and order discounts
    qint64 tipMinor = 0;
    qint64 vatMinor = 0;
    qint64 totalMinor = 0; ///< what is due: lines after discounts, VAT added if prices exclude it, plus tip
    QList<VatBucket> vat;  ///< by rate, ascending
};

/// Prices a ticket exactly, in integers.
/// - Percent discounts round half up to the minor unit; an order discount is shared across lines in
///   proportion to their amounts, leftover units going to the largest remainders, so shares add up exactly.
/// - VAT per rate is worked out once on the rate's total. Prices that include VAT:
///   net = round(gross × 10000 / (10000 + rate)), vat = gross − net. Prices without: vat =
///   round(net × rate / 10000) on top. Line VAT is the rate's VAT shared the same way, so lines add up too.
/// - The tip is outside VAT.
/// Errors: no lines, a quantity below 1, negative prices, a discount above its amount or 100%,
/// a percent above 10000 bp, a negative tip, or amounts that would overflow.
Result<TicketTotals> priceTicket(const Ticket &ticket);

/// Shares total across weights in proportion (largest remainder; ties to the earlier index).
/// The shares add up to total exactly. Weights must be >= 0; all zero shares evenly. |total| < 2^63.
QList<qint64> shareProportionally(qint64 total, const QList<qint64> &weights);

} // namespace madang
