#pragma once

// Reads ESC/POS bytes back, for tests: the commands EscPosRenderer uses, the printed lines and the raster images.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace madang::test {

struct EscPosLine
{
    QString text;
    int columns = 0; ///< printed width in font A columns: bytes in Korean mode, doubled by double width
    bool bold = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
    bool reverse = false;
    int align = 0; ///< 0 left, 1 center, 2 right
};

struct EscPosParse
{
    QString error; ///< empty if every byte was understood
    bool korean = false;
    QList<EscPosLine> lines;
    QList<QImage> rasters;      ///< GS v 0 images, dark dots black
    QList<QByteArray> commands; ///< each command, in order, e.g. "\x1b@" or "\x1dV\x01"

    [[nodiscard]] QString text() const; ///< the lines joined by newlines
};

EscPosParse parseEscPos(const QByteArray &bytes, const char *encoding = "windows-949");

} // namespace madang::test
