#include "escposrenderer.h"

#include "receiptdocument.h"
#include "receiptlayout.h"
#include "receiptqr.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QStringEncoder>
#include <algorithm>

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EscPosRenderer)
};

constexpr char kEsc = 0x1b;
constexpr char kGs = 0x1d;
constexpr char kFs = 0x1c;
constexpr char kLf = 0x0a;
constexpr quint8 kNormalSize = 0x00;
constexpr quint8 kDoubleHeight = 0x01;
constexpr quint8 kDoubleBoth = 0x11;
constexpr int kQrQuietZone = 4;
constexpr int kQrMaxScale = 6;
constexpr int kFeedLines = 4;

QString spaces(int n)
{
    return QString(qMax(0, n), QLatin1Char(' '));
}

QString padRight(const QString &text, int width)
{
    return text + spaces(width - EscPosRenderer::displayWidth(text));
}

QString padLeft(const QString &text, int width)
{
    return spaces(width - EscPosRenderer::displayWidth(text)) + text;
}

/// Replaces what the printer's code cannot print: control characters by spaces, the rest by "?".
class Sanitizer
{
public:
    explicit Sanitizer(const char *encoding) : m_encoding(encoding) {}

    QString operator()(const QString &text)
    {
        QString out;
        for (const char32_t cp : text.toUcs4()) {
            if (cp < 0x20 || cp == 0x7f) {
                out += QLatin1Char(' ');
            } else if (cp < 0x80) {
                out += QChar(char16_t(cp));
            } else {
                const QString one = QString::fromUcs4(&cp, 1);
                out += printable(cp, one) ? one : QStringLiteral("?");
            }
        }
        return out;
    }
    bool canPrint(const QString &text) { return (*this)(text) == text; }

private:
    /// One double-byte character of the code. A fresh encoder each time: on Qt 6.4 an encoder's error
    /// flag stays set after resetState().
    bool printable(char32_t cp, const QString &one)
    {
        if (auto known = m_known.constFind(cp); known != m_known.cend()) {
            return known.value();
        }
        QStringEncoder encoder(m_encoding);
        const QByteArray bytes = encoder(one);
        const bool ok = !encoder.hasError() && bytes.size() == 2;
        m_known.insert(cp, ok);
        return ok;
    }

    const char *m_encoding;
    QHash<char32_t, bool> m_known;
};

/// ESC/POS output with the print mode tracked, so that a command goes out only when the mode changes.
class Writer
{
public:
    explicit Writer(const char *encoding) : m_encoder(encoding) {}

    void init(bool korean)
    {
        m_out.append(kEsc).append('@');
        if (korean) {
            m_out.append(kFs).append('&'); // Korean (double-byte) character mode
        }
    }
    void mode(ReceiptRow::Align align, bool bold, quint8 size, bool reverse)
    {
        set(m_align, static_cast<quint8>(align), kEsc, 'a');
        set(m_bold, bold ? 1 : 0, kEsc, 'E');
        set(m_size, size, kGs, '!');
        set(m_reverse, reverse ? 1 : 0, kGs, 'B');
    }
    void line(const QString &text)
    {
        m_encoder.resetState();
        m_out.append(m_encoder(text)).append(kLf);
    }
    /// GS v 0: the image as 1-bit rows, most significant bit first, 1 printing a dot.
    void raster(const QImage &image)
    {
        const int bytesPerRow = (image.width() + 7) / 8;
        m_out.append(kGs).append('v').append('0').append(char(0));
        m_out.append(char(bytesPerRow & 0xff)).append(char(bytesPerRow >> 8));
        m_out.append(char(image.height() & 0xff)).append(char(image.height() >> 8));
        for (int y = 0; y < image.height(); ++y) {
            const uchar *row = image.constScanLine(y);
            for (int b = 0; b < bytesPerRow; ++b) {
                quint8 bits = 0;
                for (int i = 0; i < 8; ++i) {
                    const int x = b * 8 + i;
                    if (x < image.width() && row[x] < 128) {
                        bits |= quint8(0x80 >> i);
                    }
                }
                m_out.append(char(bits));
            }
        }
    }
    void feedAndCut()
    {
        m_out.append(kEsc).append('d').append(char(kFeedLines));
        m_out.append(kGs).append('V').append(char(1)); // partial cut
    }
    [[nodiscard]] QByteArray bytes() const { return m_out; }

private:
    void set(int &current, int wanted, char prefix, char command)
    {
        if (current != wanted) {
            m_out.append(prefix).append(command).append(char(wanted));
            current = wanted;
        }
    }

    QStringEncoder m_encoder;
    QByteArray m_out;
    int m_align = 0;
    int m_bold = 0;
    int m_size = 0;
    int m_reverse = 0;
};

/// Label on the left, value flush right on the first line; a value too wide for that goes on lines of its own.
QStringList pairLines(const QString &label, const QString &value, int columns, int indent)
{
    const int avail = columns - indent;
    const int valueWidth = EscPosRenderer::displayWidth(value);
    const int labelWidth = avail - valueWidth - 1;
    QStringList lines;
    if (labelWidth >= qMin(EscPosRenderer::displayWidth(label), avail / 3)) {
        const QStringList labels = EscPosRenderer::wrap(label, labelWidth);
        lines << spaces(indent) + padRight(labels.first(), labelWidth) + QLatin1Char(' ') + value;
        for (qsizetype i = 1; i < labels.size(); ++i) {
            lines << spaces(indent) + labels.at(i);
        }
        return lines;
    }
    for (const QString &l : EscPosRenderer::wrap(label, avail)) {
        lines << spaces(indent) + l;
    }
    for (const QString &v : EscPosRenderer::wrap(value, avail)) {
        lines << spaces(indent) + padLeft(v, avail);
    }
    return lines;
}

/// Name, quantity and amount columns; the name wraps inside its column.
QStringList itemLines(const ReceiptRow &row, int columns, int qtyWidth, int amountWidth)
{
    const int nameWidth = columns - qtyWidth - amountWidth - 2;
    const QString numbers = padLeft(row.qty, qtyWidth) + QLatin1Char(' ') + padLeft(row.right, amountWidth);
    if (nameWidth < 4) {
        return EscPosRenderer::wrap(row.left, columns) << padLeft(numbers, columns);
    }
    QStringList lines = EscPosRenderer::wrap(row.left, nameWidth);
    lines.first() = padRight(lines.first(), nameWidth) + QLatin1Char(' ') + numbers;
    return lines;
}

} // namespace

EscPosRenderer::EscPosRenderer(int widthMm, Encoding encoding) : m_widthMm(widthMm), m_encoding(encoding) {}

int EscPosRenderer::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t cp : text.toUcs4()) {
        width += cp < 0x80 ? 1 : 2;
    }
    return width;
}

QStringList EscPosRenderer::wrap(const QString &text, int columns)
{
    columns = qMax(1, columns);
    QStringList lines;
    QString current;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (current.isEmpty() ? displayWidth(word) <= columns
                              : displayWidth(current) + 1 + displayWidth(word) <= columns) {
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            continue;
        }
        if (!current.isEmpty()) {
            lines << current;
            current.clear();
        }
        while (displayWidth(word) > columns) { // a word longer than the line: break it anywhere
            QString head;
            for (const char32_t cp : word.toUcs4()) {
                const QString one = QString::fromUcs4(&cp, 1);
                if (!head.isEmpty() && displayWidth(head + one) > columns) {
                    break; // (a double-width character alone on a one-column line still goes)
                }
                head += one;
            }
            lines << head;
            word = word.mid(head.size());
        }
        current = word;
    }
    if (!current.isEmpty() || lines.isEmpty()) {
        lines << current;
    }
    return lines;
}

Result<QByteArray> EscPosRenderer::render(const ReceiptDocument &doc) const
{
    if (m_widthMm != 58 && m_widthMm != 80) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Receipts print on 58 or 80 mm paper, not %1 mm.").arg(m_widthMm));
    }
    // ICU's "CP949" is IBM-949: it lacks the extended syllables and prints "₩" as a backslash.
    const char *encoding = m_encoding == Encoding::EucKr ? "EUC-KR" : "windows-949";
    Sanitizer sanitize(encoding);
    auto rows = ReceiptLayout::rows(doc, [&sanitize](const QString &text) { return sanitize.canPrint(text); });
    if (!rows) {
        return rows.error();
    }
    bool korean = false;
    int qtyWidth = 0;
    int amountWidth = 0;
    for (ReceiptRow &row : rows.value()) {
        if (row.kind == ReceiptRow::Kind::Qr) {
            continue; // the QR's text is not printed as text
        }
        row.left = sanitize(row.left);
        row.qty = sanitize(row.qty);
        row.right = sanitize(row.right);
        const QString all = row.left + row.qty + row.right;
        korean = korean || std::any_of(all.cbegin(), all.cend(), [](QChar c) { return c.unicode() >= 0x80; });
        if (row.kind == ReceiptRow::Kind::Item || row.kind == ReceiptRow::Kind::Header) {
            qtyWidth = qMax(qtyWidth, displayWidth(row.qty));
            amountWidth = qMax(amountWidth, displayWidth(row.right));
        }
    }

    const int cols = columns();
    Writer out(encoding);
    out.init(korean);
    for (const ReceiptRow &row : std::as_const(rows.value())) {
        using Kind = ReceiptRow::Kind;
        const quint8 size = row.large ? kDoubleHeight : kNormalSize;
        QStringList lines;
        switch (row.kind) {
        case Kind::Text:
            out.mode(row.align, row.bold, size, false);
            for (const QString &l : wrap(row.left, cols - row.indent)) {
                lines << spaces(row.indent) + l;
            }
            break;
        case Kind::Pair:
            out.mode(ReceiptRow::Align::Left, row.bold, size, false);
            lines = pairLines(row.left, row.right, cols, row.indent);
            break;
        case Kind::Header:
        case Kind::Item:
            out.mode(ReceiptRow::Align::Left, row.kind == Kind::Header, size, false);
            lines = itemLines(row, cols, qtyWidth, amountWidth);
            break;
        case Kind::Rule:
            out.mode(ReceiptRow::Align::Left, false, kNormalSize, false);
            lines << QString(cols, row.bold ? QLatin1Char('=') : QLatin1Char('-'));
            break;
        case Kind::Banner: {
            out.mode(ReceiptRow::Align::Center, true, kDoubleBoth, true);
            const int half = cols / 2; // double width
            for (const QString &l : wrap(row.left, half)) {
                lines << (displayWidth(l) + 2 <= half ? QLatin1Char(' ') + l + QLatin1Char(' ') : l);
            }
            break;
        }
        case Kind::Qr: {
            auto qr = ReceiptQr::encode(row.left);
            if (!qr) {
                return qr.error();
            }
            const int scale = qBound(1, dots() / (qr->size() + 2 * kQrQuietZone), kQrMaxScale);
            out.mode(ReceiptRow::Align::Center, false, kNormalSize, false);
            out.raster(qr->toImage(scale, kQrQuietZone));
            break;
        }
        case Kind::Blank:
            out.mode(ReceiptRow::Align::Left, false, kNormalSize, false);
            lines << QString();
            break;
        }
        for (const QString &l : std::as_const(lines)) {
            out.line(l);
        }
    }
    out.mode(ReceiptRow::Align::Left, false, kNormalSize, false);
    out.feedAndCut();
    return out.bytes();
}

QByteArray EscPosRenderer::renderText(const QString &text) const
{
    const char *encoding = m_encoding == Encoding::EucKr ? "EUC-KR" : "windows-949";
    Sanitizer sanitize(encoding);
    QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (QString &p : paragraphs) {
        p = sanitize(p);
    }
    const QString all = paragraphs.join(QString());
    Writer out(encoding);
    out.init(std::any_of(all.cbegin(), all.cend(), [](QChar c) { return c.unicode() >= 0x80; }));
    for (const QString &paragraph : std::as_const(paragraphs)) {
        // A line that fits keeps its spacing; a longer one is wrapped at spaces.
        const bool fits = displayWidth(paragraph) <= columns();
        for (const QString &l : fits ? QStringList{paragraph} : wrap(paragraph, columns())) {
            out.line(l);
        }
    }
    out.feedAndCut();
    return out.bytes();
}

} // namespace madang
