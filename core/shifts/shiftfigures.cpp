// The figures of a shift (X- and Z-report): sums that can neither fail nor wrap, whatever the rows hold.
#include "base/money.h"
#include "base/widemoney.h"
#include "shifts/shiftservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShiftService)
};

using Wide = wide::Int;

constexpr int kLowBits = 24;
constexpr qint64 kLowMask = (qint64{1} << kLowBits) - 1;

/// Three result columns for the sum of column over its values within ±max, and how many values lie outside
/// (left out).
/// - Plain (the usual way): SQLite's sum() of the kept values, 0, and the count left out. In-range values are
///   at most 10^13, so only 900,000 of them at the limit could pass 64 bits, and then sum() fails with
///   "integer overflow" instead of wrapping: the figures are added again split.
/// - Split: the sums of the high and of the low bits of the kept values. They are below 2^44, so their high
///   parts are below 2^20 and their low parts below 2^24: neither sum can leave 64 bits before 2^39 rows.
QString safeSum(const QString &column, qint64 max, bool split)
{
    const QString range = QStringLiteral("%1 BETWEEN -%2 AND %2").arg(column).arg(max);
    if (!split) {
        return QStringLiteral("sum(CASE WHEN %1 THEN %2 END), 0, count(*) - count(CASE WHEN %1 THEN 1 END)")
            .arg(range, column);
    }
    const QString kept = QStringLiteral("CASE WHEN %1 THEN %2 ELSE 0 END").arg(range, column);
    return QStringLiteral("sum((%1) >> %2), sum((%1) & %3), sum(NOT (%4))")
        .arg(kept)
        .arg(kLowBits)
        .arg(kLowMask)
        .arg(range);
}

/// Reads safeSum's columns back into one exact figure, counting what was left out.
class Sums
{
public:
    explicit Sums(bool split) : m_split(split) {}
    /// The sum whose three columns start at column.
    qint64 take(const QSqlQuery &q, int column)
    {
        m_outOfRange += q.value(column + 2).toLongLong();
        if (!m_split) {
            return q.value(column).toLongLong();
        }
        return fit(static_cast<Wide>(q.value(column).toLongLong()) * (Wide{1} << kLowBits) +
                   q.value(column + 1).toLongLong());
    }
    /// A single stored figure: 0, and counted, when it lies outside ±max.
    qint64 single(qint64 value, qint64 max)
    {
        if (Money::inRange(value, max)) {
            return value;
        }
        ++m_outOfRange;
        return 0;
    }
    /// value in 64 bits; a total beyond them (only possible after 900,000 maximum tickets) stops at the
    /// largest figure and is counted as out of range.
    qint64 fit(Wide value)
    {
        constexpr qint64 top = std::numeric_limits<qint64>::max();
        if (value > top || value < -top) {
            ++m_outOfRange;
            return value > 0 ? top : -top;
        }
        return static_cast<qint64>(value);
    }
    [[nodiscard]] qint64 outOfRange() const { return m_outOfRange; }

private:
    bool m_split = false;
    qint64 m_outOfRange = 0;
};
} // namespace

QJsonObject ShiftReport::toJson() const
{
    QJsonArray methods;
    for (const MethodTotal &m : byMethod) {
        methods.append(QJsonObject{{QStringLiteral("method"), m.method},
                                   {QStringLiteral("count"), m.count},
                                   {QStringLiteral("amount_minor"), m.amountMinor}});
    }
    QJsonArray vat;
    for (const VatBucket &b : byVat) {
        vat.append(QJsonObject{{QStringLiteral("rate_bp"), b.vatBp},
                               {QStringLiteral("gross_minor"), b.grossMinor},
                               {QStringLiteral("net_minor"), b.netMinor},
                               {QStringLiteral("vat_minor"), b.vatMinor}});
    }
    QJsonArray staff;
    for (const StaffTotal &s : byStaff) {
        staff.append(QJsonObject{{QStringLiteral("staff"), s.staff},
                                 {QStringLiteral("orders"), s.orders},
                                 {QStringLiteral("total_minor"), s.totalMinor}});
    }
    QJsonObject json{{QStringLiteral("shift_id"), shiftId},
                     {QStringLiteral("z_number"), zNumber},
                     {QStringLiteral("opened_at"), openedAt},
                     {QStringLiteral("closed_at"), closedAt},
                     {QStringLiteral("sales"),
                      QJsonObject{{QStringLiteral("count"), salesCount}, {QStringLiteral("total_minor"), salesMinor}}},
                     {QStringLiteral("refunds"), QJsonObject{{QStringLiteral("count"), refundsCount},
                                                             {QStringLiteral("total_minor"), refundsMinor}}},
                     {QStringLiteral("voids"),
                      QJsonObject{{QStringLiteral("count"), voidsCount}, {QStringLiteral("total_minor"), voidsMinor}}},
                     {QStringLiteral("tips_minor"), tipsMinor},
                     {QStringLiteral("discounts_minor"), discountsMinor},
                     {QStringLiteral("net_minor"), netMinor},
                     {QStringLiteral("by_method"), methods},
                     {QStringLiteral("by_vat"), vat},
                     {QStringLiteral("by_staff"), staff},
                     {QStringLiteral("cash"), QJsonObject{{QStringLiteral("float_minor"), floatMinor},
                                                          {QStringLiteral("in_minor"), cashInMinor},
                                                          {QStringLiteral("out_minor"), cashOutMinor},
                                                          {QStringLiteral("no_sale_count"), noSaleCount},
                                                          {QStringLiteral("expected_minor"), expectedCashMinor},
                                                          {QStringLiteral("counted_minor"), countedCashMinor},
                                                          {QStringLiteral("difference_minor"), differenceMinor}}}};
    if (outOfRangeCount > 0) { // only then, so that every other closure body keeps its shape
        json.insert(QStringLiteral("out_of_range"), outOfRangeCount);
    }
    if (openedAutomatically) { // the same: a shift opened with a counted float keeps the body it always had
        json.insert(QStringLiteral("opened_automatically"), true);
    }
    return json;
}

Result<ShiftReport> ShiftService::figures(const Shift &shift) const
{
    auto plain = figures(shift, false);
    if (!plain && plain.error().message.contains(QStringLiteral("integer overflow"))) {
        return figures(shift, true);
    }
    return plain;
}

Result<ShiftReport> ShiftService::figures(const Shift &shift, bool split) const
{
    const QSqlDatabase db = m_db.connection();
    const QVariantList range{shift.terminal, shift.openedAfterSeq};
    const QString where = QStringLiteral("o.terminal = ? AND o.journal_seq > ?");
    const QString context = Text::tr("Adding up the shift");
    const qint64 total = Money::kMaxTotalMinor;
    Sums sums(split);
    ShiftReport r;
    r.shiftId = shift.id;
    r.terminal = shift.terminal;
    r.currency = shift.currency;
    r.openedAt = shift.openedAt;
    r.openedAutomatically = shift.automatic;
    r.floatMinor = sums.single(shift.floatMinor, Money::kMaxAmountMinor);

    auto kinds = Database::run(db,
                               QStringLiteral("SELECT kind, count(*), %1, %2, %3 FROM orders o WHERE %4 GROUP BY kind")
                                   .arg(safeSum(QStringLiteral("total_minor"), total, split),
                                        safeSum(QStringLiteral("tip_minor"), total, split),
                                        safeSum(QStringLiteral("discount_minor"), total, split), where),
                               range, context);
    if (!kinds) {
        return kinds.error();
    }
    Wide tips = 0;
    Wide discounts = 0;
    while (kinds.value().next()) {
        const QSqlQuery &q = kinds.value();
        const QString kind = q.value(0).toString();
        const qint64 count = q.value(1).toLongLong();
        const qint64 sum = sums.take(q, 2);
        (kind == QLatin1String("sale")     ? r.salesCount
         : kind == QLatin1String("refund") ? r.refundsCount
                                           : r.voidsCount) = count;
        (kind == QLatin1String("sale")     ? r.salesMinor
         : kind == QLatin1String("refund") ? r.refundsMinor
                                           : r.voidsMinor) = sum;
        tips += sums.take(q, 5);
        discounts += sums.take(q, 8);
    }
    r.tipsMinor = sums.fit(tips);
    r.discountsMinor = sums.fit(discounts);
    r.netMinor = sums.fit(Wide{r.salesMinor} + r.refundsMinor + r.voidsMinor);

    auto methods =
        Database::run(db,
                      QStringLiteral("SELECT p.method, count(*), %1 FROM payments p JOIN orders o ON o.id = p.order_id "
                                     "WHERE %2 GROUP BY p.method ORDER BY p.method")
                          .arg(safeSum(QStringLiteral("p.amount_minor"), total, split), where),
                      range, context);
    if (!methods) {
        return methods.error();
    }
    qint64 cashPaid = 0;
    while (methods.value().next()) {
        const QSqlQuery &q = methods.value();
        r.byMethod << ShiftReport::MethodTotal{q.value(0).toString(), q.value(1).toLongLong(), sums.take(q, 2)};
        if (r.byMethod.constLast().method == QLatin1String("cash")) {
            cashPaid = r.byMethod.constLast().amountMinor;
        }
    }
    auto vat = Database::run(db,
                             QStringLiteral("SELECT l.vat_bp, %1, %2 FROM order_lines l JOIN orders o ON o.id = "
                                            "l.order_id WHERE %3 GROUP BY l.vat_bp ORDER BY l.vat_bp")
                                 .arg(safeSum(QStringLiteral("l.total_minor"), total, split),
                                      safeSum(QStringLiteral("l.vat_minor"), total, split), where),
                             range, context);
    if (!vat) {
        return vat.error();
    }
    while (vat.value().next()) {
        const QSqlQuery &q = vat.value();
        const qint64 gross = sums.take(q, 1);
        const qint64 tax = sums.take(q, 4);
        r.byVat << VatBucket{q.value(0).toInt(), gross, sums.fit(Wide{gross} - tax), tax};
    }
    auto staff = Database::run(db,
                               QStringLiteral("SELECT coalesce(staff_name, ''), count(*), %1 FROM orders o "
                                              "WHERE %2 AND kind = 'sale' GROUP BY 1 ORDER BY 1")
                                   .arg(safeSum(QStringLiteral("total_minor"), total, split), where),
                               range, context);
    if (!staff) {
        return staff.error();
    }
    Sums counted(split); // the sales totals again: what they leave out is already counted above
    while (staff.value().next()) {
        const QSqlQuery &q = staff.value();
        r.byStaff << ShiftReport::StaffTotal{q.value(0).toString(), q.value(1).toLongLong(), counted.take(q, 2)};
    }
    std::stable_sort(r.byStaff.begin(), r.byStaff.end(),
                     [](const auto &a, const auto &b) { return a.totalMinor > b.totalMinor; });
    auto cash = Database::run(db,
                              QStringLiteral("SELECT kind, count(*), %1 FROM cash_movements WHERE shift_id = ? "
                                             "GROUP BY kind")
                                  .arg(safeSum(QStringLiteral("amount_minor"), Money::kMaxAmountMinor, split)),
                              {shift.id}, context);
    if (!cash) {
        return cash.error();
    }
    while (cash.value().next()) {
        const QSqlQuery &q = cash.value();
        const QString kind = q.value(0).toString();
        const qint64 sum = sums.take(q, 2);
        if (kind == QLatin1String("in")) {
            r.cashInMinor = sum;
        } else if (kind == QLatin1String("out")) {
            r.cashOutMinor = sum;
        } else {
            r.noSaleCount = q.value(1).toLongLong();
        }
    }
    r.expectedCashMinor = sums.fit(Wide{r.floatMinor} + cashPaid + r.cashInMinor - r.cashOutMinor);
    r.outOfRangeCount = sums.outOfRange();
    return r;
}

} // namespace madang
