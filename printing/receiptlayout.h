#pragma once

#include "base/error.h"

#include <QList>
#include <QString>
#include <functional>

namespace madang {

struct ReceiptDocument;

/// One row of a receipt, in reading order, before it is fitted to a paper width. Both renderers
/// (ESC/POS columns, PDF points) print the same rows, so the two receipts say the same things.
struct ReceiptRow
{
    enum class Kind {
        Text,   ///< left, wrapped, aligned by align
        Pair,   ///< left (a label) and right (an amount or value, right-aligned)
        Item,   ///< left (the name, wrapped), qty and right (the amount)
        Header, ///< the item table's column titles: left, qty, right
        Rule,   ///< a line across the paper; bold rows get a double line
        Banner, ///< large reverse text across the paper: DUPLICATE, REFUND, VOID
        Qr,     ///< the verification QR code; left holds its text
        Blank,  ///< an empty line
    };
    enum class Align { Left, Center, Right };

    Kind kind = Kind::Text;
    QString left;
    QString qty;
    QString right;
    Align align = Align::Left;
    bool bold = false;
    bool large = false; ///< double height on a printer, a larger font in a PDF
    int indent = 0;     ///< in character columns (details under an item, tendered under cash)
};

/// Turns a ReceiptDocument into rows: labels in the document's language (ko or en), amounts with digit
/// grouping and the currency ("18,000원" in Korean, "₩18,000" or "$4.50" otherwise).
class ReceiptLayout
{
public:
    /// Whether a text can be printed as it is; a printer's character set may lack "₩".
    using CanPrint = std::function<bool(const QString &)>;

    /// Errors when the document is unfit to print (an unknown kind, a bad journal hash for the QR).
    static Result<QList<ReceiptRow>> rows(const ReceiptDocument &doc, const CanPrint &canPrint = {});

    /// "-1,234,567원", "₩1,234,567", "$4.50", "KRW 1,234,567": the currency's own sign when canPrint allows
    /// it, then its full-width form, then its code.
    static QString formatMoney(qint64 minor, const QString &currency, int minorDigits, const QString &language,
                               const CanPrint &canPrint = {});
    /// "1,234,567" or "12.50": grouping and exactly minorDigits decimals, with a leading minus if negative.
    static QString formatNumber(qint64 minor, int minorDigits);
};

} // namespace madang
