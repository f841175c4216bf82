#pragma once

#include "base/error.h"

#include <QString>

namespace madang {

/// An ISO 4217 currency the terminal knows, with its number of minor-unit digits.
struct Currency
{
    QString code;        // "KRW"
    int minorDigits = 0; // KRW 0, USD 2
    QString symbol;      // "₩"

    /// Looks up a supported ISO 4217 code (case-sensitive, upper case).
    static Result<Currency> fromCode(const QString &code);
    static QStringList supportedCodes();
    bool operator==(const Currency &other) const { return code == other.code; }
};

/// An exact amount: signed 64-bit minor units plus a currency. Arithmetic that would overflow,
/// or that mixes currencies, returns an error instead of a wrong number.
class Money
{
public:
    /// The largest amount, in minor units, that may enter the terminal as one value: a price or an option
    /// price, a tip, a discount, a deposit, a float, a cash movement, counted cash, a tender. 10^12 (₩1
    /// trillion, $10 billion) is far above any real shop, and 9 million of them still add up inside 64 bits.
    static constexpr qint64 kMaxAmountMinor = 1'000'000'000'000;
    /// The most one ticket line, one ticket or one payment may come to: ten maximum amounts, so that the
    /// most expensive item sells with VAT on top and a tip. 900,000 such tickets still add up inside 64 bits.
    static constexpr qint64 kMaxTotalMinor = 10 * kMaxAmountMinor;
    /// The most units of one item on a ticket line.
    static constexpr qint64 kMaxQuantity = 10'000;

    /// Refuses an amount below zero or above max, with one line naming what it is ("price", "tip") and the
    /// maximum, shown in currency when given ("The tip ₩2,000,000,000,000 is over the maximum of ₩1,000,...").
    static Status checkAmount(qint64 minor, const QString &what, const Currency &currency = {},
                              qint64 max = kMaxAmountMinor);
    /// Refuses a quantity outside 1..kMaxQuantity; what names the item.
    static Status checkQuantity(qint64 qty, const QString &what);
    /// True for a stored figure within ±max: anything beyond was written before the limits existed.
    static bool inRange(qint64 minor, qint64 max = kMaxTotalMinor) { return minor >= -max && minor <= max; }

    Money() = default;
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(std::move(currency)) {}

    [[nodiscard]] qint64 minor() const { return m_minor; }
    [[nodiscard]] const Currency &currency() const { return m_currency; }
    [[nodiscard]] bool isZero() const { return m_minor == 0; }

    [[nodiscard]] Result<Money> plus(const Money &other) const;
    [[nodiscard]] Result<Money> minus(const Money &other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;
    [[nodiscard]] Result<Money> negated() const;

    /// Parses an amount in major units as written on a menu: "12000", "12,000", "4.50".
    /// More decimals than the currency has, signs, and garbage are errors.
    static Result<Money> parseMajor(const QString &text, const Currency &currency);

    /// Major units with exactly the currency's decimals and no grouping: "12000", "4.50", "-3.05".
    [[nodiscard]] QString toMajorString() const;
    /// For people: symbol, grouping and decimals, e.g. "₩12,000" or "$4.50".
    [[nodiscard]] QString display() const;

    bool operator==(const Money &other) const { return m_minor == other.m_minor && m_currency == other.m_currency; }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace madang
