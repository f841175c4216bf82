#include "merchant/merchant.h"

#include "base/money.h"
#include "base/textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Merchant)
};
} // namespace

QString verticalToString(Vertical vertical)
{
    switch (vertical) {
    case Vertical::Salon:
        return QStringLiteral("salon");
    case Vertical::Restaurant:
        return QStringLiteral("restaurant");
    case Vertical::Cleaning:
        return QStringLiteral("cleaning");
    }
    return {};
}

std::optional<Vertical> verticalFromString(const QString &text)
{
    for (const auto v : {Vertical::Salon, Vertical::Restaurant, Vertical::Cleaning}) {
        if (verticalToString(v) == text) {
            return v;
        }
    }
    return std::nullopt;
}

Result<int> parseVatPercent(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("\"%1\" is not a VAT rate in percent.").arg(text));
    }
    const int bp = m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    if (bp > kMaxVatBasisPoints) {
        return makeError(ErrorCode::InvalidInput, Text::tr("VAT rate %1 is above 100%.").arg(text));
    }
    return bp;
}

QString formatVatPercent(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int frac = basisPoints % 100; frac != 0) {
        text += QLatin1Char('.') + QString::number(frac).rightJustified(2, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
    }
    return text + QLatin1Char('%');
}

Status MerchantProfile::validate() const
{
    if (name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The business name is empty."));
    }
    if (auto clean = checkText(name.trimmed(), TextKind::Name, Text::tr("business name")); !clean) {
        return clean;
    }
    if (auto clean =
            checkText(businessRegistrationNumber, TextKind::Identifier, Text::tr("business registration number"));
        !clean) {
        return clean;
    }
    if (auto c = Currency::fromCode(currency); !c) {
        return c.error();
    }
    if (vatBasisPoints < 0 || vatBasisPoints > kMaxVatBasisPoints) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The VAT rate must be between 0% and 100%."));
    }
    return Done{};
}

} // namespace madang
