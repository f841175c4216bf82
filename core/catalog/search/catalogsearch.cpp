#include "catalog/search/catalogsearch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>

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

} // namespace madang
