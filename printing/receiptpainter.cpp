#include "receiptpainter.h"

#include "receiptqr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace madang {

namespace {

constexpr qreal kBodyPt = 8.5;
constexpr qreal kLargePt = 11.5;
constexpr qreal kBannerPt = 12;
constexpr qreal kQrMm = 30;      // printed side of the QR code, quiet zone included
constexpr qreal kRowGapMm = 0.5; // between rows
constexpr qreal kColumnGapMm = 2;
constexpr qreal kCharsPerIndentMm = 1.5; // one indent column

/// Lays out text in a box of the given width, wrapping at word boundaries (anywhere in a word too long for
/// a line); paints it at topLeft when painter is set. Returns the height.
qreal textBlock(QPainter *painter, const QPaintDevice *device, const QFont &font, const QString &text,
                const QPointF &topLeft, qreal width, Qt::Alignment align)
{
    QTextLayout layout(text, font, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter != nullptr) {
        layout.draw(painter, topLeft);
    }
    return height;
}

qreal advance(const QPaintDevice *device, const QFont &font, const QString &text)
{
    return QFontMetricsF(font, device).horizontalAdvance(text);
}

} // namespace

ReceiptPainter::ReceiptPainter(QList<ReceiptRow> rows, const Geometry &geometry)
    : m_rows(std::move(rows)), m_geometry(geometry)
{}

QString ReceiptPainter::fontFamily()
{
    return QStringLiteral("Noto Sans CJK KR");
}

int ReceiptPainter::widthPx() const
{
    return qRound(px(m_geometry.widthMm));
}

qreal ReceiptPainter::heightPx(const QPaintDevice *device) const
{
    return run(nullptr, device);
}

void ReceiptPainter::paint(QPainter &painter) const
{
    run(&painter, painter.device());
}

QFont ReceiptPainter::font(qreal points, bool bold) const
{
    QFont f(fontFamily());
    f.setPixelSize(qRound(points * m_geometry.dpi / 72.0));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same metrics on the PDF and on the preview image
    return f;
}

qreal ReceiptPainter::run(QPainter *painter, const QPaintDevice *device) const
{
    using Kind = ReceiptRow::Kind;
    const qreal left = px(m_geometry.marginMm);
    const qreal width = px(m_geometry.widthMm - 2 * m_geometry.marginMm);
    const qreal gap = px(kColumnGapMm);
    const QFont body = font(kBodyPt, false);
    const QFont bodyBold = font(kBodyPt, true);

    qreal qtyWidth = 0;
    qreal amountWidth = 0;
    for (const ReceiptRow &row : m_rows) {
        if (row.kind == Kind::Item || row.kind == Kind::Header) {
            qtyWidth = qMax(qtyWidth, advance(device, bodyBold, row.qty));
            amountWidth = qMax(amountWidth, advance(device, bodyBold, row.right));
        }
    }

    if (painter != nullptr) {
        painter->setPen(Qt::black);
    }
    qreal y = px(m_geometry.marginMm);
    for (const ReceiptRow &row : m_rows) {
        const QFont f = row.large ? font(kLargePt, row.bold) : (row.bold ? bodyBold : body);
        const qreal indent = row.indent * px(kCharsPerIndentMm);
        const qreal x = left + indent;
        const qreal w = width - indent;
        Qt::Alignment align = Qt::AlignLeft;
        if (row.align == ReceiptRow::Align::Center) {
            align = Qt::AlignHCenter;
        } else if (row.align == ReceiptRow::Align::Right) {
            align = Qt::AlignRight;
        }
        switch (row.kind) {
        case Kind::Text:
            y += textBlock(painter, device, f, row.left, {x, y}, w, align);
            break;
        case Kind::Pair: {
            const qreal valueWidth = advance(device, f, row.right);
            if (valueWidth + gap > w * 0.7) { // a long value: label, then the value on lines of its own
                y += textBlock(painter, device, f, row.left, {x, y}, w, Qt::AlignLeft);
                y += textBlock(painter, device, f, row.right, {x, y}, w, Qt::AlignRight);
                break;
            }
            const qreal labelHeight =
                textBlock(painter, device, f, row.left, {x, y}, w - valueWidth - gap, Qt::AlignLeft);
            const qreal valueHeight = textBlock(painter, device, f, row.right, {x, y}, w, Qt::AlignRight);
            y += qMax(labelHeight, valueHeight);
            break;
        }
        case Kind::Header:
        case Kind::Item: {
            const QFont itemFont = row.kind == Kind::Header ? bodyBold : body;
            const qreal nameWidth = w - qtyWidth - amountWidth - 2 * gap;
            const qreal h = textBlock(painter, device, itemFont, row.left, {x, y}, nameWidth, Qt::AlignLeft);
            textBlock(painter, device, itemFont, row.qty, {x + nameWidth + gap, y}, qtyWidth, Qt::AlignRight);
            textBlock(painter, device, itemFont, row.right, {x + w - amountWidth, y}, amountWidth, Qt::AlignRight);
            y += h;
            break;
        }
        case Kind::Rule: {
            const qreal thickness = qMax(1.0, px(0.2));
            y += px(1);
            if (painter != nullptr) {
                painter->fillRect(QRectF(left, y, width, thickness), Qt::black);
                if (row.bold) {
                    painter->fillRect(QRectF(left, y + 3 * thickness, width, thickness), Qt::black);
                }
            }
            y += (row.bold ? 4 : 1) * thickness + px(1);
            break;
        }
        case Kind::Banner: {
            const QFont bannerFont = font(kBannerPt, true);
            const qreal pad = px(1.5);
            const qreal h = textBlock(nullptr, device, bannerFont, row.left, {}, width, Qt::AlignHCenter) + 2 * pad;
            if (painter != nullptr) {
                painter->fillRect(QRectF(left, y, width, h), Qt::black);
                painter->setPen(Qt::white);
                textBlock(painter, device, bannerFont, row.left, {left, y + pad}, width, Qt::AlignHCenter);
                painter->setPen(Qt::black);
            }
            y += h;
            break;
        }
        case Kind::Qr: {
            auto qr = ReceiptQr::encode(row.left);
            if (!qr) {
                break; // the layout checked the payload; nothing else can fail here
            }
            const int scale = qMax(1, qRound(px(kQrMm) / (qr->size() + 8)));
            const QImage image = qr->toImage(scale);
            y += px(1);
            if (painter != nullptr) {
                painter->drawImage(QPointF(qRound(left + (width - image.width()) / 2), qRound(y)), image);
            }
            y += image.height();
            break;
        }
        case Kind::Blank:
            y += QFontMetricsF(body, device).lineSpacing();
            break;
        }
        y += px(kRowGapMm);
    }
    return y + px(m_geometry.marginMm);
}

} // namespace madang
