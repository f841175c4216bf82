#include "catalog/catalog.h"

#include "base/money.h"
#include "base/textrules.h"
#include "merchant/merchant.h"

#include <QCoreApplication>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};
bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F) {
            return false;
        }
    }
    return true;
}
} // namespace

bool isValidBarcode(const QString &barcode)
{
    return !barcode.isEmpty() && barcode.size() <= kMaxBarcodeLength && isPrintableAscii(barcode);
}

Status validateItem(const CatalogItem &item)
{
    const QString name = item.name.trimmed();
    if (name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The name is empty."));
    }
    if (auto clean = checkText(name, TextKind::ItemName, Text::tr("name")); !clean) {
        return clean;
    }
    if (auto clean = checkText(item.categoryName.trimmed(), TextKind::Category, Text::tr("category")); !clean) {
        return clean;
    }
    if (item.sku.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The SKU is empty."));
    }
    if (auto clean = checkText(item.sku, TextKind::Sku, Text::tr("SKU")); !clean) {
        return clean;
    }
    if (item.sku.size() > kMaxSkuLength || !isPrintableAscii(item.sku)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The SKU \"%1\" must be up to %2 letters, digits or symbols without spaces.")
                             .arg(item.sku)
                             .arg(kMaxSkuLength));
    }
    if (item.priceMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The price is negative."));
    }
    if (auto price = Money::checkAmount(item.priceMinor, Text::tr("price")); !price) {
        return price;
    }
    if (item.vatBasisPoints < 0 || item.vatBasisPoints > kMaxVatBasisPoints) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The VAT rate must be between 0% and 100%."));
    }
    if (item.durationMin < 0 || item.durationMin > kMaxDurationMin) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The duration must be between 0 and %1 minutes.").arg(kMaxDurationMin));
    }
    if (auto clean = checkText(item.barcode, TextKind::Barcode, Text::tr("barcode")); !clean) {
        return clean;
    }
    if (!item.barcode.isEmpty() && !isValidBarcode(item.barcode)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The barcode \"%1\" must be up to %2 printable characters without spaces.")
                             .arg(item.barcode)
                             .arg(kMaxBarcodeLength));
    }
    return Done{};
}

} // namespace madang
