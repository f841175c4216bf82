#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <random>

/// One generated catalog row, both as written in the CSV and as typed values for the raw floor.
struct GeneratedItem
{
    QString sku;
    QString name;
    QString category;  // empty for an uncategorised item
    QString priceText; // as written in the CSV, sometimes with a thousands separator
    qint64 priceMinor = 0;
    QString vatText; // empty = the merchant's default
    int vatBasisPoints = 1000;
    QString durationText;
    int durationMin = 0;
    QString barcode; // empty or a unique EAN-13
};

/// A realistic, deterministic catalog of a Korean merchant: dishes, drinks, salon services and
/// cleaning packages, with names that mix Hangul and English, about 30 categories and some barcodes.
/// The same seed always gives the same items, CSV and queries.
class CatalogData
{
public:
    explicit CatalogData(quint64 seed);

    [[nodiscard]] QList<GeneratedItem> items(qsizetype count);
    /// The CSV that `madangctl catalog import` reads: header sku,name,category,price,vat_rate,duration_min,barcode.
    [[nodiscard]] static QByteArray toCsv(const QList<GeneratedItem> &items);
    /// Text typed into the search box at a counter: Latin prefixes, sku prefixes, Hangul prefixes
    /// and word suffixes, initial consonants ("ㄱㅊ") and two-word queries, in a fixed rotation.
    [[nodiscard]] QStringList queries(const QList<GeneratedItem> &items, qsizetype count);
    /// What kind of query queries() put at position i, e.g. "initials".
    [[nodiscard]] static QString queryKind(qsizetype i);
    /// Shapes the rotation of queries() lacks: whole barcodes, barcode prefixes (4-8 digits) and words
    /// that match nothing, in turn.
    [[nodiscard]] QStringList extraQueries(const QList<GeneratedItem> &items, qsizetype count);
    /// The shape of a query as typed, for grouping the times: "latin, 1 letter", "hangul, 2+ syllables",
    /// "initials", "sku", "digits", "two words", or "no hit" when it found nothing.
    [[nodiscard]] static QString queryShape(const QString &query, qsizetype results);
    /// A random-looking but deterministic UUID text, the shape of the ids the app stores.
    [[nodiscard]] QString uuidText();

private:
    quint64 below(quint64 n) { return n == 0 ? 0 : m_rng() % n; }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    qint64 between(qint64 lo, qint64 hi, qint64 step)
    {
        return lo + step * static_cast<qint64>(below((hi - lo) / step + 1));
    }
    QString pick(const QStringList &list) { return list.at(static_cast<qsizetype>(below(list.size()))); }
    QString brand();
    GeneratedItem dish();
    GeneratedItem drink();
    GeneratedItem salonService();
    GeneratedItem cleaningPackage();

    std::mt19937_64 m_rng;
};
