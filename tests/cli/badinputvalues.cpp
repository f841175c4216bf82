// Bad values for each kind of madangctl argument, with whether they must be refused, and the shell forms.
#include "badinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace badinput {

namespace {
using E = Expect;

QString esc()
{
    return QString(QChar(0x1b));
}

Value plain(const QString &text, Expect e, const QString &what, const QString &hint = {})
{
    return Value{Arg{text, Slot::Fixed, {}}, e, what, std::nullopt, hint};
}

template <typename T> const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(rng.bounded(int(list.size())));
}

/// A value with one control or direction character put inside it.
Value withControl(QRandomGenerator &rng, const QString &valid, bool newlineAllowed)
{
    static const QList<QPair<char32_t, const char *>> kChars{
        {0x1b, "ESC"},      {0x07, "BEL"},      {0x7f, "DEL"}, {0x85, "U+0085 (NEL)"}, {0x202e, "U+202E (RLO)"},
        {0x2066, "U+2066"}, {0x200f, "U+200F"}, {0x08, "BS"},  {0x0a, "LF"},           {0xfffd, "U+FFFD"}};
    const auto &[code, name] = pick(rng, kChars);
    QString text = valid.isEmpty() ? QStringLiteral("abc") : valid;
    // A line feed and U+0085 are white space to Qt: at either end they are trimmed like a space and never stored,
    // so they go inside.
    const bool space = code == 0x0a || code == 0x85;
    if (space && text.size() < 2) {
        text += QStringLiteral("b");
    }
    const int at =
        space ? 1 + rng.bounded(int(std::max<qsizetype>(text.size() - 1, 1))) : rng.bounded(int(text.size()) + 1);
    text.insert(std::min<qsizetype>(at, text.size()), QString::fromUcs4(&code, 1));
    const Expect e = code == 0x0a && newlineAllowed ? E::MayAccept : E::MustRefuse;
    return plain(text, e, QStringLiteral("control character %1").arg(QLatin1String(name)));
}

/// 10,000 to 100,000 characters (Hangul: at most 40,000, as one argument may not pass 128 KiB).
Value overLong(QRandomGenerator &rng)
{
    const bool hangul = rng.bounded(2) == 0;
    const int n = hangul ? 10000 + rng.bounded(30000) : 10000 + rng.bounded(90000);
    const QString unit = hangul ? QStringLiteral("가") : QStringLiteral("x");
    Value v = plain(unit.repeated(n), E::MustRefuse, QStringLiteral("%1 x %2 characters").arg(unit).arg(n));
    v.arg.shell = QStringLiteral("\"$(python3 -c 'print(\"%1\"*%2, end=\"\")')\"").arg(unit).arg(n);
    return v;
}

/// Bad text for a stored field; required fields refuse empty text.
Value badText(QRandomGenerator &rng, const QString &valid, bool required, bool newlineAllowed)
{
    switch (rng.bounded(6)) {
    case 0:
    case 1:
        return withControl(rng, valid, newlineAllowed);
    case 2:
        return overLong(rng);
    case 3:
        return plain(QString(), required ? E::MustRefuse : E::MayAccept, QStringLiteral("empty"));
    case 4:
        return plain(QStringLiteral("   "), required ? E::MustRefuse : E::MayAccept, QStringLiteral("blank"));
    default:
        return plain(valid + QStringLiteral(" 😀 ëß"), E::MayAccept, QStringLiteral("emoji and accents (valid)"));
    }
}

Value badAmount(QRandomGenerator &rng)
{
    static const QList<Value> kValues{
        plain(QStringLiteral("9223372036854775807"), E::MustRefuse, QStringLiteral("amount int64 max")),
        plain(QStringLiteral("99999999999999999999"), E::MustRefuse, QStringLiteral("amount over int64")),
        plain(QStringLiteral("1000000000000000"), E::MustRefuse, QStringLiteral("amount 10^15")),
        plain(QStringLiteral("-1"), E::MustRefuse, QStringLiteral("amount -1")),
        plain(QStringLiteral("1e30"), E::MustRefuse, QStringLiteral("amount 1e30")),
        plain(QStringLiteral("12,0,0"), E::MustRefuse, QStringLiteral("amount 12,0,0")),
        plain(QStringLiteral("0x10"), E::MustRefuse, QStringLiteral("amount 0x10")),
        plain(QString(), E::MustRefuse, QStringLiteral("amount empty")),
        plain(QStringLiteral("0.5"), E::MustRefuse, QStringLiteral("amount with decimals in KRW")),
        plain(QStringLiteral("NaN"), E::MustRefuse, QStringLiteral("amount NaN")),
        plain(QStringLiteral("1") + esc() + QStringLiteral("0"), E::MustRefuse, QStringLiteral("amount with ESC")),
        plain(QStringLiteral("0"), E::MayAccept, QStringLiteral("amount 0")),
        plain(QStringLiteral("1,000"), E::MayAccept, QStringLiteral("amount 1,000 (valid)"))};
    return pick(rng, kValues);
}

Value badNumber(QRandomGenerator &rng, const QStringList &valid)
{
    static const QList<Value> kValues{
        plain(QStringLiteral("-1"), E::MustRefuse, QStringLiteral("number -1")),
        plain(QStringLiteral("99999999999"), E::MustRefuse, QStringLiteral("number 99999999999")),
        plain(QStringLiteral("2147483648"), E::MustRefuse, QStringLiteral("number 2^31")),
        plain(QStringLiteral("0x10"), E::MustRefuse, QStringLiteral("number 0x10")),
        plain(QStringLiteral("1e3"), E::MustRefuse, QStringLiteral("number 1e3")),
        plain(QString(), E::MustRefuse, QStringLiteral("number empty")),
        plain(QStringLiteral("ten"), E::MustRefuse, QStringLiteral("number ten"))};
    if (rng.bounded(5) == 0) {
        const QString v = pick(rng, valid);
        return plain(v, E::MayAccept, QStringLiteral("number %1 (valid)").arg(v));
    }
    return pick(rng, kValues);
}

Value badDate(QRandomGenerator &rng, bool stored)
{
    const Expect farOff = stored ? E::MustRefuse : E::MayAccept;
    const QList<Value> values{plain(QStringLiteral("2026-02-30"), E::MustRefuse, QStringLiteral("date 2026-02-30")),
                              plain(QStringLiteral("2026-13-01"), E::MustRefuse, QStringLiteral("date 2026-13-01")),
                              plain(QStringLiteral("0000-00-00"), E::MustRefuse, QStringLiteral("date 0000-00-00")),
                              plain(QStringLiteral("tomorrow"), E::MustRefuse, QStringLiteral("date tomorrow")),
                              plain(QString(), E::MustRefuse, QStringLiteral("date empty")),
                              plain(QStringLiteral("1900-01-01"), farOff, QStringLiteral("date 1900-01-01")),
                              plain(QStringLiteral("9999-12-31"), farOff, QStringLiteral("date 9999-12-31"))};
    return pick(rng, values);
}

Value badStart(QRandomGenerator &rng, const Setting &s)
{
    const QList<Value> values{
        plain(QStringLiteral("2026-02-30T10:00"), E::MustRefuse, QStringLiteral("start 2026-02-30T10:00")),
        plain(QStringLiteral("1900-01-01T10:00"), E::MustRefuse, QStringLiteral("start 1900-01-01T10:00")),
        plain(QStringLiteral("9999-12-31T10:00"), E::MustRefuse, QStringLiteral("start 9999-12-31T10:00")),
        plain(s.pastDay + QStringLiteral("T15:00"), E::MustRefuse, QStringLiteral("start three days ago")),
        plain(s.day + QStringLiteral("T15:00:30"), E::MustRefuse, QStringLiteral("start not on a whole minute")),
        plain(s.day + QStringLiteral("T25:00"), E::MustRefuse, QStringLiteral("start hour 25")),
        plain(QStringLiteral("soon"), E::MustRefuse, QStringLiteral("start garbage")),
        plain(QString(), E::MustRefuse, QStringLiteral("start empty")),
        plain(s.day + QStringLiteral("T15:00+09:00"), E::MayAccept, QStringLiteral("start with offset (valid)"))};
    return pick(rng, values);
}

Value badWord(QRandomGenerator &rng, const QString &valid, bool emptyOk = false)
{
    switch (rng.bounded(5)) {
    case 0:
        return plain(QStringLiteral("bogus"), E::MustRefuse, QStringLiteral("unknown value bogus"));
    case 1:
        return plain(QString(), emptyOk ? E::MayAccept : E::MustRefuse, QStringLiteral("empty value"));
    case 2:
        return plain(valid + esc(), E::MustRefuse, QStringLiteral("value with ESC"));
    case 3:
        return overLong(rng);
    default:
        return plain(valid.toUpper(), E::MayAccept, QStringLiteral("value in capitals"));
    }
}

/// A name that is looked up (SKU, staff, crew, van, receipt, booking id): unknown ones are refused.
Value badLookup(QRandomGenerator &rng, const QString &valid, bool emptyOk)
{
    switch (rng.bounded(6)) {
    case 0:
        return plain(QStringLiteral("NOPE-404"), E::MustRefuse, QStringLiteral("unknown name"));
    case 1:
        return plain(QString(), emptyOk ? E::MayAccept : E::MustRefuse, QStringLiteral("empty name"));
    case 2:
        return plain(valid + esc(), E::MustRefuse, QStringLiteral("name with ESC"));
    case 3:
        return overLong(rng);
    case 4:
        return plain(QStringLiteral("' OR 1=1 --"), E::MustRefuse, QStringLiteral("SQL text"));
    default:
        return plain(valid.toLower(), E::MayAccept, QStringLiteral("name in small letters"));
    }
}

Value badPhone(QRandomGenerator &rng)
{
    static const QList<Value> kValues{
        plain(QStringLiteral("call me"), E::MustRefuse, QStringLiteral("phone text")),
        plain(QString(), E::MustRefuse, QStringLiteral("phone empty")),
        plain(QStringLiteral("0"), E::MustRefuse, QStringLiteral("phone 0")),
        plain(QStringLiteral("+"), E::MustRefuse, QStringLiteral("phone +")),
        plain(QStringLiteral("010-5555-1212") + esc(), E::MustRefuse, QStringLiteral("phone with ESC")),
        plain(QStringLiteral("010123456789012345678901234567"), E::MustRefuse, QStringLiteral("phone 30 digits")),
        plain(QStringLiteral("+82 10 5555 1212"), E::MayAccept, QStringLiteral("phone international (valid)"))};
    return pick(rng, kValues);
}

const QString kQtyHint = QStringLiteral("quantit");

Value badItem(QRandomGenerator &rng, const QString &valid)
{
    const QString sku = valid.section(QLatin1Char('x'), 0, 0);
    const QList<Value> values{
        plain(sku + QStringLiteral("x0"), E::MustRefuse, QStringLiteral("quantity 0"), kQtyHint),
        plain(sku + QStringLiteral("x1000000"), E::MustRefuse, QStringLiteral("quantity 1000000"), kQtyHint),
        plain(sku + QStringLiteral("x99999999999999999999"), E::MustRefuse, QStringLiteral("quantity over int64"),
              kQtyHint),
        plain(sku + QStringLiteral("x-1"), E::MustRefuse, QStringLiteral("quantity -1")),
        plain(QStringLiteral("x3"), E::MustRefuse, QStringLiteral("quantity without SKU")),
        plain(QStringLiteral("NOPEx1"), E::MustRefuse, QStringLiteral("unknown SKU")),
        plain(QString(), E::MustRefuse, QStringLiteral("empty item")),
        plain(sku + esc() + QStringLiteral("x2"), E::MustRefuse, QStringLiteral("SKU with ESC")),
        plain(sku + QStringLiteral("x999999"), E::MayAccept, QStringLiteral("quantity 999999"))};
    return pick(rng, values);
}

Value badPay(QRandomGenerator &rng)
{
    static const QList<Value> kValues{
        plain(QStringLiteral("cash:-1"), E::MustRefuse, QStringLiteral("pay cash:-1")),
        plain(QStringLiteral("cash:1e30"), E::MustRefuse, QStringLiteral("pay cash:1e30")),
        plain(QStringLiteral("cash:9223372036854775807"), E::MustRefuse, QStringLiteral("pay cash int64 max")),
        plain(QStringLiteral("card:REF:99999999999999999999"), E::MustRefuse, QStringLiteral("pay card over int64")),
        plain(QStringLiteral("card:"), E::MustRefuse, QStringLiteral("pay card without reference")),
        plain(QStringLiteral("card:R") + esc() + QStringLiteral("EF"), E::MustRefuse,
              QStringLiteral("pay card reference with ESC")),
        plain(QStringLiteral("bitcoin"), E::MustRefuse, QStringLiteral("pay bitcoin")),
        plain(QStringLiteral("cash:1:2"), E::MustRefuse, QStringLiteral("pay cash:1:2")),
        plain(QStringLiteral("cash:1"), E::MustRefuse, QStringLiteral("pay cash short of the total")),
        plain(QStringLiteral("card:REF"), E::MayAccept, QStringLiteral("pay card (valid)"))};
    return pick(rng, kValues);
}

Value badOutPath(QRandomGenerator &rng)
{
    const QList<Value> values{
        plain(QStringLiteral("@CASE@/missing/folder/out"), E::MustRefuse, QStringLiteral("out in a missing folder")),
        plain(QStringLiteral("@CASE@"), E::MustRefuse, QStringLiteral("out is a folder")),
        plain(QStringLiteral("@DB@"), E::MustRefuse, QStringLiteral("out is the database itself")),
        plain(QString(), E::MustRefuse, QStringLiteral("out empty")),
        plain(QStringLiteral("/proc/version"), E::MustRefuse, QStringLiteral("out not writable")),
        plain(QStringLiteral("@CASE@/") + QStringLiteral("d").repeated(5000), E::MustRefuse,
              QStringLiteral("out name of 5000 characters")),
        plain(QStringLiteral("@CASE@/out ") + esc() + QStringLiteral(".bin"), E::MayAccept,
              QStringLiteral("out name with ESC"))};
    return pick(rng, values);
}

Value withFile(const QString &path, const InputFile &file, Expect e, const QString &hint = {})
{
    Value v = plain(path, e, file.description, hint);
    v.file = file;
    return v;
}

Value badInputPath(QRandomGenerator &rng, Expect emptyFile)
{
    switch (rng.bounded(4)) {
    case 0:
        return plain(QStringLiteral("@CASE@/none.txt"), E::MustRefuse, QStringLiteral("file that does not exist"));
    case 1:
        return plain(QStringLiteral("@CASE@"), E::MustRefuse, QStringLiteral("file is a folder"));
    case 2:
        return plain(QString(), E::MustRefuse, QStringLiteral("file name empty"));
    default:
        return plain(QStringLiteral("/dev/null"), emptyFile, QStringLiteral("file /dev/null"));
    }
}
} // namespace

Value badValue(QRandomGenerator &rng, const Arg &valid, const Setting &s)
{
    const auto fileValue = [&](QList<InputFile> files, const QList<Expect> &expects, Expect emptyFile) {
        if (rng.bounded(5) == 0) {
            return badInputPath(rng, emptyFile);
        }
        const int i = rng.bounded(int(files.size()));
        return withFile(QStringLiteral("@FILE@"), files.at(i), expects.at(i));
    };
    QList<Expect> expects;
    switch (valid.slot) {
    case Slot::Fixed:
    case Slot::Word:
        return badWord(rng, valid.value);
    case Slot::OptWord:
        return badWord(rng, valid.value, true);
    case Slot::Amount:
        return badAmount(rng);
    case Slot::Item:
        return badItem(rng, valid.value);
    case Slot::Pay:
        return badPay(rng);
    case Slot::Name:
        return badText(rng, valid.value, true, false);
    case Slot::OptName:
        return badText(rng, valid.value, false, false);
    case Slot::Note:
    case Slot::Address:
        return badText(rng, valid.value, false, true);
    case Slot::Search: {
        Value v = rng.bounded(2) == 0 ? badText(rng, valid.value, false, true) : badLookup(rng, valid.value, true);
        v.expect = E::MayAccept; // a search writes nothing; any text may be looked for
        return v;
    }
    case Slot::Sku:
    case Slot::Receipt:
    case Slot::BookingId:
        return badLookup(rng, valid.value, false);
    case Slot::Staff:
    case Slot::Crew:
    case Slot::Van:
        return badLookup(rng, valid.value, true);
    case Slot::Members: {
        Value v = badLookup(rng, valid.value, false);
        if (v.what == QLatin1String("unknown name")) {
            v.arg.value = QStringLiteral("윤민호,Nobody");
        }
        return v;
    }
    case Slot::Phone:
        return badPhone(rng);
    case Slot::DateRead:
        return badDate(rng, false);
    case Slot::DateWrite:
        return badDate(rng, true);
    case Slot::Start:
        return badStart(rng, s);
    case Slot::Minutes: {
        Value v = badNumber(rng, {QStringLiteral("0"), QStringLiteral("45")});
        return rng.bounded(4) == 0 ? plain(QStringLiteral("1441"), E::MustRefuse, QStringLiteral("minutes 1441")) : v;
    }
    case Slot::Step:
        return rng.bounded(4) == 0 ? plain(QStringLiteral("0"), E::MustRefuse, QStringLiteral("step 0"))
                                   : badNumber(rng, {QStringLiteral("5"), QStringLiteral("60")});
    case Slot::Visits:
        return rng.bounded(4) == 0 ? plain(QStringLiteral("1000"), E::MustRefuse, QStringLiteral("visits 1000"))
                                   : badNumber(rng, {QStringLiteral("2"), QStringLiteral("4")});
    case Slot::Limit:
        return rng.bounded(4) == 0 ? plain(QStringLiteral("0"), E::MustRefuse, QStringLiteral("limit 0"))
                                   : badNumber(rng, {QStringLiteral("1"), QStringLiteral("100000")});
    case Slot::Travel:
        return rng.bounded(4) == 0 ? plain(QStringLiteral("100000"), E::MustRefuse, QStringLiteral("69 days' drive"))
                                   : badNumber(rng, {QStringLiteral("0"), QStringLiteral("600")});
    case Slot::Terminal: {
        static const QList<Value> kValues{
            plain(QStringLiteral("t1"), E::MustRefuse, QStringLiteral("terminal t1")),
            plain(QStringLiteral("T123456789"), E::MustRefuse, QStringLiteral("terminal of 10 characters")),
            plain(QString(), E::MustRefuse, QStringLiteral("terminal empty")),
            plain(QStringLiteral("T") + esc() + QStringLiteral("1"), E::MustRefuse,
                  QStringLiteral("terminal with ESC")),
            plain(QStringLiteral("T-1"), E::MustRefuse, QStringLiteral("terminal T-1")),
            plain(QStringLiteral("Z9"), E::MayAccept, QStringLiteral("terminal Z9 (valid)"))};
        return pick(rng, kValues);
    }
    case Slot::Currency: {
        static const QList<Value> kValues{plain(QStringLiteral("XYZ"), E::MustRefuse, QStringLiteral("currency XYZ")),
                                          plain(QString(), E::MustRefuse, QStringLiteral("currency empty")),
                                          plain(QStringLiteral("KRWX"), E::MustRefuse, QStringLiteral("currency KRWX")),
                                          plain(QStringLiteral("K") + esc() + QStringLiteral("R"), E::MustRefuse,
                                                QStringLiteral("currency with ESC")),
                                          plain(QStringLiteral("USD"), E::MayAccept, QStringLiteral("currency USD"))};
        return pick(rng, kValues);
    }
    case Slot::FileCsv: {
        const QList<InputFile> files = csvFiles(rng, &expects);
        return fileValue(files, expects, E::MustRefuse);
    }
    case Slot::FileProfile: {
        const QList<InputFile> files = profileFiles(rng, &expects);
        return fileValue(files, expects, E::MustRefuse);
    }
    case Slot::FileJournal: {
        const QList<InputFile> files = journalFiles(rng, s.journal, &expects);
        return fileValue(files, expects, E::MayAccept);
    }
    case Slot::PathOut:
        return badOutPath(rng);
    }
    return badWord(rng, valid.value);
}

} // namespace badinput
