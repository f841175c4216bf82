#include "catalog/catalogimport.h"

#include "base/csvreader.h"
#include "merchant/merchant.h"

#include <QCoreApplication>
#include <QHash>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)
};

enum Column { Sku, Name, CategoryCol, Price, Vat, Duration, Barcode, ColumnCount };
} // namespace

QString ImportIssue::toString() const
{
    return QStringLiteral("line %1: %2").arg(line).arg(reason);
}

CatalogImport::CatalogImport(CatalogRepository &catalog, Currency currency, int defaultVatBasisPoints)
    : m_catalog(catalog), m_currency(std::move(currency)), m_defaultVat(defaultVatBasisPoints)
{}

QStringList CatalogImport::columns()
{
    return {QStringLiteral("sku"),    QStringLiteral("name"),     QStringLiteral("category"),
            QStringLiteral("price"),  QStringLiteral("vat_rate"), QStringLiteral("duration_min"),
            QStringLiteral("barcode")};
}

Result<ImportReport> CatalogImport::run(const QByteArray &csv, const CatalogRepository::Progress &progress)
{
    ImportReport report;
    int errorLine = 0;
    auto parsed = CsvReader::parse(csv, &errorLine);
    if (!parsed) {
        report.issues << ImportIssue{errorLine, parsed.error().message};
        return report;
    }
    const QList<CsvRecord> &records = parsed.value();
    if (records.isEmpty()) {
        report.issues << ImportIssue{
            1,
            Text::tr("the file is empty; the first line must be the header %1").arg(columns().join(QLatin1Char(',')))};
        return report;
    }

    // Header: map column names to positions.
    std::array<int, ColumnCount> pos{};
    pos.fill(-1);
    const QStringList known = columns();
    const CsvRecord &header = records.constFirst();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const auto col = known.indexOf(name);
        if (col < 0) {
            report.issues << ImportIssue{
                header.line,
                Text::tr("unknown column \"%1\"; expected %2").arg(header.fields.at(i), known.join(QLatin1Char(',')))};
        } else if (pos.at(col) >= 0) {
            report.issues << ImportIssue{header.line, Text::tr("column \"%1\" appears twice").arg(name)};
        } else {
            pos.at(col) = i;
        }
    }
    for (const Column required : {Sku, Name, Price}) {
        if (pos.at(required) < 0) {
            report.issues << ImportIssue{header.line,
                                         Text::tr("the header has no \"%1\" column").arg(known.at(required))};
        }
    }
    if (!report.issues.isEmpty()) {
        return report;
    }

    auto barcodeOwners = m_catalog.skuByBarcode();
    if (!barcodeOwners) {
        return barcodeOwners.error();
    }
    QHash<QString, int> skuLine;
    QHash<QString, int> barcodeLine;
    skuLine.reserve(records.size());
    barcodeLine.reserve(records.size());
    QList<CatalogItem> items;
    items.reserve(records.size() - 1);
    const qsizetype total = records.size() - 1;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        const auto fail = [&](const QString &reason) { report.issues << ImportIssue{rec.line, reason}; };
        if (rec.fields.size() != header.fields.size()) {
            fail(Text::tr("expected %1 fields, found %2").arg(header.fields.size()).arg(rec.fields.size()));
            continue;
        }
        const auto field = [&](Column c) { return pos.at(c) < 0 ? QString() : rec.fields.at(pos.at(c)).trimmed(); };
        CatalogItem item;
        item.sku = field(Sku);
        item.name = field(Name);
        item.categoryName = field(CategoryCol);
        item.barcode = field(Barcode);
        const qsizetype before = report.issues.size();

        if (item.sku.isEmpty()) {
            fail(Text::tr("sku is empty"));
        } else if (const int first = skuLine.value(item.sku); first > 0) {
            fail(Text::tr("sku %1 repeats line %2").arg(item.sku).arg(first));
        } else {
            skuLine.insert(item.sku, rec.line);
        }
        if (item.name.isEmpty()) {
            fail(Text::tr("name is empty"));
        }
        if (field(Price).isEmpty()) {
            fail(Text::tr("price is empty"));
        } else if (auto price = Money::parseMajor(field(Price), m_currency); price) {
            item.priceMinor = price->minor();
            if (auto inRange = Money::checkAmount(item.priceMinor, Text::tr("price"), m_currency); !inRange) {
                fail(Text::tr("price: %1").arg(inRange.error().message));
            }
        } else {
            fail(Text::tr("price: %1").arg(price.error().message));
        }
        item.vatBasisPoints = m_defaultVat;
        if (const QString vat = field(Vat); !vat.isEmpty()) {
            if (auto bp = parseVatPercent(vat); bp) {
                item.vatBasisPoints = bp.value();
            } else {
                fail(Text::tr("vat_rate: %1").arg(bp.error().message));
            }
        }
        if (const QString dur = field(Duration); !dur.isEmpty()) {
            bool ok = false;
            item.durationMin = dur.toInt(&ok);
            if (!ok || item.durationMin < 0 || item.durationMin > kMaxDurationMin) {
                fail(Text::tr("duration_min \"%1\" must be a whole number of minutes from 0 to %2")
                         .arg(dur)
                         .arg(kMaxDurationMin));
                item.durationMin = 0;
            }
        }
        if (!item.barcode.isEmpty()) {
            if (const int first = barcodeLine.value(item.barcode); first > 0) {
                fail(Text::tr("barcode %1 repeats line %2").arg(item.barcode).arg(first));
            } else {
                barcodeLine.insert(item.barcode, rec.line);
                const QString owner = barcodeOwners->value(item.barcode);
                if (!owner.isEmpty() && owner != item.sku) {
                    fail(Text::tr("barcode %1 already belongs to item %2").arg(item.barcode, owner));
                }
            }
        }
        if (report.issues.size() == before) {
            if (auto valid = validateItem(item); !valid) {
                fail(valid.error().message);
            }
        }
        items << item;
        if (progress && r % 5000 == 0) {
            progress(r / 2, total); // checking is the first half of the work
        }
    }
    report.rows = static_cast<int>(items.size());
    if (items.isEmpty() && report.issues.isEmpty()) {
        report.issues << ImportIssue{header.line, Text::tr("the file has a header but no items")};
    }
    if (!report.issues.isEmpty()) {
        return report;
    }

    auto written = m_catalog.upsertMany(items, [&](qsizetype done, qsizetype all) {
        if (progress) {
            progress(all / 2 + done / 2, all);
        }
    });
    if (!written) {
        return written.error();
    }
    report.created = written->created;
    report.updated = written->updated;
    return report;
}

} // namespace madang
