#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace madang {

struct ReceiptDocument;

/// Renders a receipt as ESC/POS bytes for a thermal printer: 58 mm paper (32 columns of font A,
/// 384 dots) or 80 mm (48 columns, 576 dots). The bytes start with ESC @ and end with a cut; the
/// verification QR is a raster image (GS v 0), which every ESC/POS printer prints, unlike GS ( k.
///
/// Korean: text goes out in the Korean double-byte code (CP949, or EUC-KR for older printers) and the
/// printer is switched to its Korean character mode with FS & (as Korean-market printers expect).
/// There a Hangul syllable prints two columns wide, so column counts are byte counts. Characters the
/// code lacks print as "?".
class EscPosRenderer
{
public:
    enum class Encoding {
        Cp949, ///< all 11,172 Hangul syllables (Unified Hangul Code, "확장 완성형")
        EucKr, ///< KS X 1001 only (2,350 syllables): for printers without the CP949 extension
    };

    explicit EscPosRenderer(int widthMm = 80, Encoding encoding = Encoding::Cp949);

    [[nodiscard]] int widthMm() const { return m_widthMm; }
    /// Characters of font A per line: 32 on 58 mm, 48 on 80 mm.
    [[nodiscard]] int columns() const { return m_widthMm == 58 ? 32 : 48; }
    /// Printable dots per line: 384 on 58 mm, 576 on 80 mm.
    [[nodiscard]] int dots() const { return m_widthMm == 58 ? 384 : 576; }

    /// Errors on an unfit document (see ReceiptLayout::rows) or an unsupported paper width.
    [[nodiscard]] Result<QByteArray> render(const ReceiptDocument &doc) const;

    /// Plain lines (a kitchen slip): each wrapped to the width, in Korean mode when needed, then a cut.
    /// Characters the code lacks print as "?".
    [[nodiscard]] QByteArray renderText(const QString &text) const;

    /// Columns a text takes in Korean mode: 1 for ASCII, 2 for anything else (Hangul, CJK, full-width signs).
    [[nodiscard]] static int displayWidth(const QString &text);
    /// Breaks text into lines of at most columns display columns, at spaces where it can.
    [[nodiscard]] static QStringList wrap(const QString &text, int columns);

private:
    int m_widthMm;
    Encoding m_encoding;
};

} // namespace madang
