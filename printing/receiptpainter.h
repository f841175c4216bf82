#pragma once

#include "receiptlayout.h"

#include <QFont>
#include <QList>

class QPaintDevice;
class QPainter;

namespace madang {

/// Lays out receipt rows on paper of a given width, in a proportional font, and paints them. PdfRenderer
/// uses it for the PDF and for the PNG preview, so the preview shows exactly the PDF's layout.
class ReceiptPainter
{
public:
    struct Geometry
    {
        qreal widthMm = 80;
        qreal marginMm = 4;
        int dpi = 300;
    };

    ReceiptPainter(QList<ReceiptRow> rows, const Geometry &geometry);

    [[nodiscard]] int widthPx() const;
    /// Height in device pixels of all the rows, margins included, as laid out for device's font metrics.
    [[nodiscard]] qreal heightPx(const QPaintDevice *device) const;
    /// Paints on a white page (painter's device) of widthPx() by heightPx().
    void paint(QPainter &painter) const;

    /// "Noto Sans CJK KR": it has Hangul, Latin and the currency signs.
    static QString fontFamily();

private:
    /// Walks the rows; paints when painter is set. Returns the height used.
    qreal run(QPainter *painter, const QPaintDevice *device) const;
    [[nodiscard]] qreal px(qreal mm) const { return mm * m_geometry.dpi / 25.4; }
    [[nodiscard]] QFont font(qreal points, bool bold) const;

    QList<ReceiptRow> m_rows;
    Geometry m_geometry;
};

} // namespace madang
