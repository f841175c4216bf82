#pragma once

#include <QString>

namespace madang {

struct Category
{
    QString id;
    QString name;
    int position = 0;
};

/// A sellable thing: a dish, a haircut, a cleaning package.
struct CatalogItem
{
    QString id;  // UUIDv7
    QString sku; // merchant's own code, unique
    QString name;
    QString categoryId;
    QString categoryName; // filled on reads
    qint64 priceMinor = 0;
    int vatBasisPoints = 1000;
    int durationMin = 0; // services and cleaning packages; 0 = not timed
    QString barcode;     // empty or unique
    bool active = true;
};

} // namespace madang

#include "base/error.h"

namespace madang {

constexpr int kMaxItemNameLength = 120;
constexpr int kMaxSkuLength = 64;
constexpr int kMaxBarcodeLength = 32;
constexpr int kMaxDurationMin = 24 * 60;

/// Field rules shared by the editor, the CSV import and the repository. The message names the field.
Status validateItem(const CatalogItem &item);
/// A barcode is 1–32 printable ASCII characters without spaces (EAN/UPC digits or a shop's own code).
bool isValidBarcode(const QString &barcode);

} // namespace madang
