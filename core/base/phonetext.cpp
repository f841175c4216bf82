#include "base/phonetext.h"

#include <QStringList>

namespace madang::phonetext {

namespace {
/// The digits of `text` if it holds nothing but ASCII digits, one leading '+' and the separators people
/// type; an empty string otherwise. `plus` says whether the '+' was there.
QString digitsOf(const QString &text, bool &plus)
{
    QString digits;
    plus = false;
    for (const QChar c : text.trimmed()) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return {};
        }
    }
    return digits;
}

/// "0" + area (or mobile) prefix + 7 or 8 digits: prefix-(3 or 4)-4.
QString hyphenated(const QString &national, qsizetype prefixLength)
{
    const QString rest = national.mid(prefixLength);
    if (rest.size() < 7 || rest.size() > 8) {
        return {};
    }
    return QStringLiteral("%1-%2-%3").arg(national.left(prefixLength), rest.left(rest.size() - 4), rest.right(4));
}

/// Korean prefixes of three digits: mobile, the provinces' area codes, internet phones, toll-free and
/// information services. Seoul's (02) has two, personal numbers (050x) four.
bool isThreeDigitPrefix(QStringView prefix)
{
    static const QStringList kPrefixes{
        QStringLiteral("010"), QStringLiteral("011"), QStringLiteral("016"), QStringLiteral("017"),
        QStringLiteral("018"), QStringLiteral("019"), QStringLiteral("031"), QStringLiteral("032"),
        QStringLiteral("033"), QStringLiteral("041"), QStringLiteral("042"), QStringLiteral("043"),
        QStringLiteral("044"), QStringLiteral("051"), QStringLiteral("052"), QStringLiteral("053"),
        QStringLiteral("054"), QStringLiteral("055"), QStringLiteral("061"), QStringLiteral("062"),
        QStringLiteral("063"), QStringLiteral("064"), QStringLiteral("060"), QStringLiteral("070"),
        QStringLiteral("080")};
    return kPrefixes.contains(prefix);
}

QString nationalText(const QString &national)
{
    if (national.startsWith(QLatin1String("02"))) {
        return hyphenated(national, 2);
    }
    if (national.startsWith(QLatin1String("050")) && national.size() > 4) {
        return hyphenated(national, 4);
    }
    if (national.size() > 3 && isThreeDigitPrefix(QStringView(national).left(3))) {
        return hyphenated(national, 3);
    }
    return {};
}
} // namespace

QString display(const QString &number)
{
    bool plus = false;
    const QString digits = digitsOf(number, plus);
    if (digits.isEmpty()) {
        return number;
    }
    QString shown;
    if (plus || digits.startsWith(QLatin1String("00"))) {
        const QString international = plus ? digits : digits.mid(2);
        if (international.startsWith(QLatin1String("82"))) {
            shown = nationalText(QLatin1Char('0') + international.mid(2));
        }
    } else if (digits.startsWith(QLatin1Char('0'))) {
        shown = nationalText(digits);
    } else if (digits.size() == 8 &&
               (digits.startsWith(QLatin1String("15")) || digits.startsWith(QLatin1String("16")) ||
                digits.startsWith(QLatin1String("18")))) {
        // A company's representative number: 1588-1234.
        shown = digits.left(4) + QLatin1Char('-') + digits.right(4);
    }
    return shown.isEmpty() ? number : shown;
}

} // namespace madang::phonetext
