#include "escposparser.h"

#include <QStringDecoder>

namespace madang::test {

QString EscPosParse::text() const
{
    QStringList all;
    for (const EscPosLine &l : lines) {
        all << l.text;
    }
    return all.join(QLatin1Char('\n'));
}

EscPosParse parseEscPos(const QByteArray &bytes, const char *encoding)
{
    EscPosParse out;
    QStringDecoder decoder(encoding);
    EscPosLine mode;
    QByteArray pending;
    qsizetype i = 0;
    auto need = [&](qsizetype n) {
        if (i + n > bytes.size()) {
            out.error = QStringLiteral("truncated command at byte %1").arg(i);
            return false;
        }
        return true;
    };
    while (i < bytes.size() && out.error.isEmpty()) {
        const auto c = quint8(bytes.at(i));
        if (c == 0x0a) {
            decoder.resetState();
            EscPosLine line = mode;
            line.text = decoder(pending);
            line.columns = int(pending.size()) * (mode.doubleWidth ? 2 : 1);
            out.lines << line;
            pending.clear();
            ++i;
        } else if (c == 0x1b || c == 0x1d || c == 0x1c) {
            if (!pending.isEmpty()) {
                out.error = QStringLiteral("a command in the middle of a line at byte %1").arg(i);
                break;
            }
            if (!need(2)) {
                break;
            }
            const char cmd = bytes.at(i + 1);
            qsizetype length = 3;
            if (c == 0x1b && cmd == '@') {
                length = 2;
                mode = EscPosLine{};
            } else if (c == 0x1c && (cmd == '&' || cmd == '.')) {
                length = 2;
                out.korean = cmd == '&';
            } else if (c == 0x1d && cmd == 'v') {
                if (!need(8)) {
                    break;
                }
                const int xBytes = quint8(bytes.at(i + 4)) | quint8(bytes.at(i + 5)) << 8;
                const int yDots = quint8(bytes.at(i + 6)) | quint8(bytes.at(i + 7)) << 8;
                length = 8 + qsizetype(xBytes) * yDots;
                if (!need(length) || bytes.at(i + 2) != '0') {
                    out.error = QStringLiteral("bad raster at byte %1").arg(i);
                    break;
                }
                QImage image(xBytes * 8, yDots, QImage::Format_Grayscale8);
                for (int y = 0; y < yDots; ++y) {
                    for (int x = 0; x < xBytes * 8; ++x) {
                        const auto b = quint8(bytes.at(i + 8 + qsizetype(y) * xBytes + x / 8));
                        image.scanLine(y)[x] = (b & (0x80 >> (x % 8))) ? 0 : 255;
                    }
                }
                out.rasters << image;
            } else if (!need(3)) {
                break;
            } else {
                const auto n = quint8(bytes.at(i + 2));
                if (c == 0x1b && cmd == 'a') {
                    mode.align = n;
                } else if (c == 0x1b && cmd == 'E') {
                    mode.bold = n != 0;
                } else if (c == 0x1d && cmd == '!') {
                    mode.doubleWidth = (n & 0x10) != 0;
                    mode.doubleHeight = (n & 0x01) != 0;
                } else if (c == 0x1d && cmd == 'B') {
                    mode.reverse = n != 0;
                } else if (!(c == 0x1b && cmd == 'd') && !(c == 0x1d && cmd == 'V')) {
                    out.error = QStringLiteral("unknown command %1 at byte %2")
                                    .arg(QString::fromLatin1(bytes.mid(i, 2).toHex()))
                                    .arg(i);
                    break;
                }
            }
            out.commands << bytes.mid(i, qMin<qsizetype>(length, 8));
            i += length;
        } else if (c < 0x20) {
            out.error = QStringLiteral("unexpected control byte %1 at %2").arg(c).arg(i);
        } else {
            pending.append(char(c));
            ++i;
        }
    }
    if (out.error.isEmpty() && !pending.isEmpty()) {
        out.error = QStringLiteral("text after the last line feed");
    }
    return out;
}

} // namespace madang::test
