#pragma once

#include "base/error.h"
#include "base/money.h"
#include "catalog/catalogrepository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace madang {

struct ImportIssue
{
    int line = 0;
    QString reason;
    [[nodiscard]] QString toString() const;
};

struct ImportReport
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    /// Non-empty means nothing was imported.
    QList<ImportIssue> issues;
};

/// All-or-nothing CSV import of the catalog. Columns (header required, any order):
/// sku,name,category,price,vat_rate,duration_min,barcode. sku, name and price are required;
/// price is in major units ("12000", "4.50"); vat_rate is percent, blank for the merchant's default.
/// Every row is checked before anything is written; a single bad row imports nothing.
class CatalogImport
{
public:
    CatalogImport(CatalogRepository &catalog, Currency currency, int defaultVatBasisPoints);

    /// A storage failure (disk full, lock) is an error; bad rows come back as report issues.
    Result<ImportReport> run(const QByteArray &csv, const CatalogRepository::Progress &progress = {});

    static QStringList columns();

private:
    CatalogRepository &m_catalog;
    Currency m_currency;
    int m_defaultVat;
};

} // namespace madang
