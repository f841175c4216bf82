#include "base/money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <limits>

namespace madang {

namespace {

struct CurrencyRow
{
    const char *code;
    int digits;
    const char *symbol;
};

constexpr std::array kCurrencies{
    CurrencyRow{"KRW", 0, "₩"},  CurrencyRow{"USD", 2, "$"},   CurrencyRow{"EUR", 2, "€"},
    CurrencyRow{"JPY", 0, "¥"},  CurrencyRow{"CNY", 2, "CN¥"}, CurrencyRow{"GBP", 2, "£"},
    CurrencyRow{"SGD", 2, "S$"}, CurrencyRow{"VND", 0, "₫"},   CurrencyRow{"THB", 2, "฿"},
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

Error overflow()
{
    return makeError(ErrorCode::Overflow, Text::tr("The amount is too large."));
}

} // namespace

Result<Currency> Currency::fromCode(const QString &code)
{
    for (const auto &row : kCurrencies) {
        if (code == QLatin1String(row.code)) {
            return Currency{code, row.digits, QString::fromUtf8(row.symbol)};
        }
    }
    return makeError(ErrorCode::InvalidInput, Text::tr("Unsupported currency \"%1\".").arg(code));
}

QStringList Currency::supportedCodes()
{
    QStringList codes;
    for (const auto &row : kCurrencies) {
        codes << QLatin1String(row.code);
    }
    return codes;
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency)) {
        return makeError(ErrorCode::CurrencyMismatch,
                         Text::tr("Cannot combine %1 and %2.").arg(m_currency.code, other.m_currency.code));
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum)) {
        return overflow();
    }
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    auto negative = other.negated();
    if (!negative) {
        return negative.error();
    }
    return plus(negative.value());
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product)) {
        return overflow();
    }
    return Money(product, m_currency);
}

Result<Money> Money::negated() const
{
    if (m_minor == std::numeric_limits<qint64>::min()) {
        return overflow();
    }
    return Money(-m_minor, m_currency);
}

Result<Money> Money::parseMajor(const QString &text, const Currency &currency)
{
    static const QRegularExpression plain(QStringLiteral("^(\\d+)(?:\\.(\\d+))?$"));
    static const QRegularExpression grouped(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?$"));
    const QString trimmed = text.trimmed();
    auto match = plain.match(trimmed);
    if (!match.hasMatch()) {
        match = grouped.match(trimmed);
    }
    if (trimmed.isEmpty() || !match.hasMatch()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("\"%1\" is not an amount.").arg(text));
    }
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    const QString fraction = match.captured(2);
    if (fraction.size() > currency.minorDigits) {
        if (currency.minorDigits == 0) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 has no minor unit: \"%2\".").arg(currency.code, text));
        }
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("%1 allows %2 decimals: \"%3\".").arg(currency.code).arg(currency.minorDigits).arg(text));
    }
    qint64 minor = 0;
    const QString digits = whole + fraction.leftJustified(currency.minorDigits, QLatin1Char('0'));
    for (const QChar c : digits) {
        if (__builtin_mul_overflow(minor, 10, &minor) || __builtin_add_overflow(minor, c.digitValue(), &minor)) {
            // Beyond 64 bits is beyond every limit, so the message can name the largest amount accepted.
            return makeError(ErrorCode::Overflow, Text::tr("The amount \"%1\" is over the maximum of %2.")
                                                      .arg(text, Money(kMaxAmountMinor, currency).display()));
        }
    }
    return Money(minor, currency);
}

Status Money::checkAmount(qint64 minor, const QString &what, const Currency &currency, qint64 max)
{
    if (minor < 0) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The %1 %2 cannot be negative.").arg(what, Money(minor, currency).display()));
    }
    if (minor > max) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The %1 %2 is over the maximum of %3.")
                             .arg(what, Money(minor, currency).display(), Money(max, currency).display()));
    }
    return Done{};
}

Status Money::checkQuantity(qint64 qty, const QString &what)
{
    if (qty < 1 || qty > kMaxQuantity) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1: the quantity %2 is out of range (1 to %3).")
                             .arg(what, QString::number(qty), Money(kMaxQuantity, Currency{}).display()));
    }
    return Done{};
}

QString Money::toMajorString() const
{
    const bool negative = m_minor < 0;
    // Work in unsigned space so that the most negative value prints correctly.
    const quint64 magnitude = negative ? (~static_cast<quint64>(m_minor) + 1) : static_cast<quint64>(m_minor);
    QString digits = QString::number(magnitude);
    const int d = m_currency.minorDigits;
    if (d > 0) {
        digits = digits.rightJustified(d + 1, QLatin1Char('0'));
        digits.insert(digits.size() - d, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

QString Money::display() const
{
    QString major = toMajorString();
    const bool negative = major.startsWith(QLatin1Char('-'));
    if (negative) {
        major.remove(0, 1);
    }
    const qsizetype dot = major.indexOf(QLatin1Char('.'));
    qsizetype pos = (dot < 0 ? major.size() : dot) - 3;
    while (pos > 0) {
        major.insert(pos, QLatin1Char(','));
        pos -= 3;
    }
    return (negative ? QStringLiteral("-") : QString()) + m_currency.symbol + major;
}

} // namespace madang
