#include "catalog/search/catalogsearch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>
#include <optional>

namespace madang {

namespace {
constexpr char16_t kSyllableFirst = 0xAC00;
constexpr char16_t kSyllableLast = 0xD7A3;
constexpr int kSyllablesPerInitial = 21 * 28;
constexpr std::array<char16_t, 19> kInitials{0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141,
                                             0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149,
                                             0x314A, 0x314B, 0x314C, 0x314D, 0x314E};

bool isSyllable(QChar c)
{
    return c.unicode() >= kSyllableFirst && c.unicode() <= kSyllableLast;
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c); // the same set as the regular expression [\p{L}\p{N}]
}

/// Runs of letters and numbers, like text.split(QRegularExpression("[^\\p{L}\\p{N}]+"), Qt::SkipEmptyParts)
/// without the regular expression, which was most of the cost of indexing a name.
QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype at = 0, next = 0; at < text.size(); at = next) {
        char32_t c = text[at].unicode();
        next = at + 1;
        if (QChar::isHighSurrogate(c) && next < text.size() && text[next].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[at], text[next]);
            ++next;
        }
        if (isWordChar(c)) {
            if (start < 0) {
                start = at;
            }
        } else if (start >= 0) {
            out << text.sliced(start, at - start);
            start = -1;
        }
    }
    if (start >= 0) {
        out << text.sliced(start);
    }
    return out;
}

/// One character's place in orderKey(): ASCII (folded as NOCASE folds it) and Hangul initials and syllables
/// each have their own value; other characters share one value per 256 code points, and end the key
/// because two different characters with one value say nothing of what follows them.
struct KeyCode
{
    quint32 value = 0;
    bool ends = false;
};

KeyCode keyCode(char16_t c)
{
    if (c < 0x80) {
        return {c >= u'A' && c <= u'Z' ? static_cast<quint32>(c - u'A' + u'a') : c, false};
    }
    constexpr char16_t kJamoFirst = 0x3131;
    constexpr char16_t kJamoLast = 0x318F;
    constexpr quint32 kJamoBase = 128 + ((kJamoFirst - 0x80) >> 8) + 1;
    constexpr quint32 kBetweenBase = kJamoBase + (kJamoLast - kJamoFirst) + 1;
    constexpr quint32 kSyllableBase = kBetweenBase + ((kSyllableFirst - 1 - (kJamoLast + 1)) >> 8) + 1;
    constexpr quint32 kAfterBase = kSyllableBase + (kSyllableLast - kSyllableFirst) + 1;
    if (c < kJamoFirst) {
        return {128 + static_cast<quint32>((c - 0x80) >> 8), true};
    }
    if (c <= kJamoLast) {
        return {kJamoBase + (c - kJamoFirst), false};
    }
    if (c < kSyllableFirst) {
        return {kBetweenBase + static_cast<quint32>((c - (kJamoLast + 1)) >> 8), true};
    }
    if (c <= kSyllableLast) {
        return {kSyllableBase + (c - kSyllableFirst), false};
    }
    if (QChar::isSurrogate(c)) {
        // UTF-8 (what SQLite compares) puts characters beyond U+FFFF after every other: so does this.
        return {kAfterBase + ((0xFFFF - kSyllableLast) >> 8) + 1, true};
    }
    return {kAfterBase + static_cast<quint32>((c - kSyllableLast - 1) >> 8), true};
}

/// The character of a value of keyCode(), for the values that belong to one character (besides ASCII).
std::optional<char16_t> charOfCode(quint32 value)
{
    for (char16_t c : {char16_t{0x3131}, kSyllableFirst}) {
        const KeyCode first = keyCode(c);
        const char16_t last = c == kSyllableFirst ? kSyllableLast : char16_t{0x318F};
        if (value >= first.value && value <= first.value + static_cast<quint32>(last - c)) {
            return static_cast<char16_t>(c + (value - first.value));
        }
    }
    return std::nullopt;
}

} // namespace

QString CatalogSearch::initials(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (isSyllable(c)) {
            c = QChar(kInitials.at((c.unicode() - kSyllableFirst) / kSyllablesPerInitial));
        }
    }
    return out;
}

QString CatalogSearch::extraTerms(const QString &name)
{
    const QList<QStringView> ws = words(name);
    QString terms;
    QString joinedInitials;
    const auto addTerm = [&terms](QStringView term) {
        if (!terms.isEmpty()) {
            terms += QLatin1Char(' ');
        }
        terms += term;
    };
    for (const QStringView w : ws) {
        if (std::none_of(w.begin(), w.end(), isSyllable)) {
            continue;
        }
        for (qsizetype i = 1; i < w.size(); ++i) {
            addTerm(w.sliced(i));
        }
        const QString ini = initials(w.toString());
        addTerm(ini);
        joinedInitials += ini;
    }
    if (ws.size() > 1 && !joinedInitials.isEmpty()) {
        addTerm(joinedInitials);
    }
    return terms;
}

QString CatalogSearch::matchExpression(const QString &userText)
{
    // The index keeps no positions (detail=none), so every token is its own prefix term, ANDed:
    // "T-100" finds items with a token starting "t" and one starting "100". Tokens are letter and
    // digit runs, as the unicode61 tokenizer splits them, so they never hold a quote or an operator.
    QStringList parts;
    for (const QStringView token : words(userText)) {
        parts << QLatin1Char('"') + token.toString() + QStringLiteral("\"*");
    }
    return parts.join(QStringLiteral(" AND "));
}

quint64 CatalogSearch::orderKey(const QString &name)
{
    // A code that keeps the order of what it encodes: 0 and 7 bits for ASCII, 1 and 14 bits otherwise (every
    // ASCII character sorts first, as in UTF-8), written one after the other and cut at kOrderKeyBits.
    // A name that ends leaves zeros, lower than any character: "ab" before "abc".
    quint64 key = 0;
    int bits = 0;
    for (const QChar c : name) {
        const KeyCode code = keyCode(c.unicode());
        const bool ascii = code.value < 0x80;
        const int width = ascii ? 8 : 15;
        key = (key << width) | (ascii ? code.value : ((quint64{1} << 14) | code.value));
        bits += width;
        if (bits >= kOrderKeyBits || code.ends) {
            break;
        }
    }
    return bits >= kOrderKeyBits ? key >> (bits - kOrderKeyBits) : key << (kOrderKeyBits - bits);
}

QString CatalogSearch::orderKeyPrefix(quint64 key)
{
    QString out;
    int left = kOrderKeyBits; // bits not read yet
    const auto take = [&key, &left](int bits) {
        left -= bits;
        return static_cast<quint32>((key >> left) & ((quint64{1} << bits) - 1));
    };
    while (left >= 8) {
        const bool ascii = take(1) == 0;
        if (ascii) {
            const quint32 c = take(7);
            if (c == 0) {
                break; // the name ended
            }
            out += QChar(static_cast<char16_t>(c));
            continue;
        }
        if (left < 14) {
            break; // cut short
        }
        const quint32 value = take(14);
        const auto c = charOfCode(value);
        if (!c) {
            break; // a shared value: which character is not known
        }
        out += QChar(*c);
    }
    return out;
}

} // namespace madang
