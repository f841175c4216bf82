#include "base/particles.h"

#include <algorithm>
#include <array>

namespace madang::particles {

namespace {

/// How the word before a particle ends.
enum class Ending { Vowel, Consonant, Rieul, Unknown };

struct Pair
{
    const char16_t *written;   ///< as the translation writes it
    const char16_t *consonant; ///< after a final consonant
    const char16_t *vowel;     ///< after a vowel, and for (으)로 after ㄹ
};

// The longest written form first is not needed: no form is a prefix of another.
constexpr std::array<Pair, 9> kPairs{{
    {u"을(를)", u"을", u"를"},
    {u"를(을)", u"을", u"를"},
    {u"이(가)", u"이", u"가"},
    {u"가(이)", u"이", u"가"},
    {u"은(는)", u"은", u"는"},
    {u"는(은)", u"은", u"는"},
    {u"과(와)", u"과", u"와"},
    {u"와(과)", u"과", u"와"},
    {u"(으)로", u"으로", u"로"},
}};

bool isClosingQuote(QChar c)
{
    static const QString closing = QStringLiteral("\"'»」』’”");
    return closing.contains(c);
}

Ending ofHangul(char16_t c)
{
    const int final = (c - 0xAC00) % 28;
    return final == 0 ? Ending::Vowel : final == 8 ? Ending::Rieul : Ending::Consonant;
}

Ending ofDigit(char16_t c)
{
    // 영 일 이 삼 사 오 육 칠 팔 구
    constexpr std::array<Ending, 10> kDigits{Ending::Consonant, Ending::Rieul, Ending::Vowel,     Ending::Consonant,
                                             Ending::Vowel,     Ending::Vowel, Ending::Consonant, Ending::Rieul,
                                             Ending::Rieul,     Ending::Vowel};
    return kDigits.at(static_cast<std::size_t>(c - u'0'));
}

bool isLatin(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// A Latin word that ends at end (exclusive) in text.
Ending ofLatin(const QString &text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && isLatin(text.at(start - 1))) {
        --start;
    }
    const QString word = text.mid(start, end - start);
    const QChar last = word.back();
    static const QString vowels = QStringLiteral("aeiouyAEIOUY");
    const bool hasVowel = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return vowels.contains(c); });
    if (word.size() <= 4 && (word == word.toUpper() || !hasVowel)) { // SKU, PDF, db, csv: read letter by letter
        // Letter names: 엘, 엠, 엔 and 알 end in a consonant; 에이, 비, 씨, ... do not.
        const char16_t l = last.unicode();
        return l == u'L' || l == u'R' ? Ending::Rieul : l == u'M' || l == u'N' ? Ending::Consonant : Ending::Vowel;
    }
    const char16_t l = last.toLower().unicode();
    if (l == u'l') {
        return Ending::Rieul;
    }
    static const QString consonants = QStringLiteral("bcdgkmnpt");
    return consonants.contains(QChar(l)) ? Ending::Consonant : Ending::Vowel;
}

/// How the word that ends just before position at ends.
Ending endingBefore(const QString &text, qsizetype at)
{
    qsizetype i = at;
    while (i > 0) {
        const QChar c = text.at(i - 1);
        if (isClosingQuote(c)) {
            --i; // a quoted word is read inside its quotes
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
            // a remark in brackets is read past: the particle belongs to the word before it
            const QChar open = c == QLatin1Char(')') ? QLatin1Char('(') : QLatin1Char('[');
            const qsizetype opening = text.lastIndexOf(open, i - 2);
            if (opening < 0) {
                return Ending::Unknown;
            }
            i = opening;
        } else {
            break;
        }
    }
    if (i == 0) {
        return Ending::Unknown;
    }
    const char16_t c = text.at(i - 1).unicode();
    if (c >= 0xAC00 && c <= 0xD7A3) {
        return ofHangul(c);
    }
    if (c >= u'0' && c <= u'9') {
        return ofDigit(c);
    }
    if (isLatin(QChar(c))) {
        return ofLatin(text, i);
    }
    return Ending::Unknown;
}

} // namespace

QString resolve(const QString &text)
{
    if (!text.contains(QLatin1Char('('))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const Pair *found = nullptr;
        if (text.at(i) == QLatin1Char('(') || (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('('))) {
            for (const Pair &pair : kPairs) {
                if (QStringView(text).mid(i).startsWith(QStringView(pair.written))) {
                    found = &pair;
                    break;
                }
            }
        }
        if (found == nullptr) {
            out += text.at(i);
            ++i;
            continue;
        }
        const Ending ending = endingBefore(text, i);
        const bool ro = QStringView(found->written) == QStringView(u"(으)로");
        if (ending == Ending::Unknown) {
            out += QStringView(found->written);
        } else if (ending == Ending::Vowel || (ro && ending == Ending::Rieul)) {
            out += QStringView(found->vowel);
        } else {
            out += QStringView(found->consonant);
        }
        i += QStringView(found->written).size();
    }
    return out;
}

} // namespace madang::particles
