#include "base/textrules.h"

#include <QCoreApplication>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
};

enum class Problem { None, Control, Bidi, Broken };

bool spansLines(TextKind kind)
{
    return kind == TextKind::Note || kind == TextKind::ProfileValue;
}

Problem classify(char32_t c, TextKind kind)
{
    if (c == U'\n' && spansLines(kind)) {
        return Problem::None;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
        return Problem::Control;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
        return Problem::Bidi;
    }
    if (c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
        return Problem::Broken;
    }
    return Problem::None;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

int maxTextLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
        return 80;
    case TextKind::ItemName:
        return 120;
    case TextKind::Category:
        return 40;
    case TextKind::Sku:
        return 64;
    case TextKind::Barcode:
        return 32;
    case TextKind::Note:
    case TextKind::Reason:
        return 500;
    case TextKind::Address:
        return 200;
    case TextKind::Phone:
        return 32;
    case TextKind::Identifier:
        return 64;
    case TextKind::ProfileValue:
        return 1000;
    }
    return 0;
}

Status checkText(const QString &value, TextKind kind, const QString &fieldLabel)
{
    // Length first, so that a megabyte of text gets the length message whatever it holds.
    qsizetype length = value.size();
    for (qsizetype i = 0; i + 1 < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && value.at(i + 1).isLowSurrogate()) {
            --length;
            ++i;
        }
    }
    if (const int max = maxTextLength(kind); length > max) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The %1 is %2 characters; the maximum is %3.").arg(fieldLabel).arg(length).arg(max));
    }
    qsizetype position = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        ++position;
        QString why;
        switch (classify(c, kind)) {
        case Problem::None:
            continue;
        case Problem::Control:
            why = Text::tr("The %1 contains a control character (%2) at position %3.");
            break;
        case Problem::Bidi:
            why = Text::tr("The %1 contains a text direction control (%2) at position %3.");
            break;
        case Problem::Broken:
            why = Text::tr("The %1 contains an invalid character (%2) at position %3: the text was not valid UTF-8.");
            break;
        }
        return makeError(ErrorCode::InvalidInput, why.arg(fieldLabel, codePoint(c)).arg(position));
    }
    return Done{};
}

QString visibleText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const Problem problem = classify(c.unicode(), TextKind::Name);
        if (problem == Problem::Control || problem == Problem::Bidi) {
            out +=
                QStringLiteral("\\u") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace madang
