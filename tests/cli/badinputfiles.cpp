// Broken input files for catalog import, customer import-profile and journal verify --file, and the shell
// forms of arguments and files so that a failing case can be run again by hand.
#include "badinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace badinput {

namespace {
using E = Expect;

InputFile small(const QByteArray &bytes, const QString &description)
{
    return InputFile{bytes, {}, 0, {}, description};
}

InputFile big(const QByteArray &head, const QByteArray &unit, qint64 repeat, const QByteArray &tail,
              const QString &description)
{
    return InputFile{head, unit, repeat, tail, description};
}

QByteArray garbage(QRandomGenerator &rng, int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(rng.bounded(256));
    }
    return bytes;
}

const QByteArray kHeader = "sku,name,category,price,vat_rate,duration_min,barcode\n";

QByteArray profile(const QJsonObject &customer, const QJsonArray &fields)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("madang.shared-profile")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("customer"), customer},
                                     {QStringLiteral("fields"), fields}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject who(const QString &id, const QString &name, const QString &phone)
{
    return QJsonObject{
        {QStringLiteral("platform_id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("phone"), phone}};
}

QJsonObject field(const QString &name, const QString &value, const QString &scope = QStringLiteral("visit"))
{
    return QJsonObject{{QStringLiteral("field"), name},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("consented_at"), QStringLiteral("2026-11-28T10:12:00+09:00")}};
}

QString pyBytes(const QByteArray &bytes)
{
    QString out = QStringLiteral("b\"");
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && c != '"' && c != '\\' && c != '\'') {
            out += QLatin1Char(c);
        } else {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
    }
    return out + QLatin1Char('"');
}
} // namespace

QList<InputFile> csvFiles(QRandomGenerator &rng, QList<Expect> *expects)
{
    const QByteArray good = kHeader + "FZ-1,퍼즈 찌개,식사,9000,10,,\nFZ-2,퍼즈 음료,음료,\"2,000\",10,,\n";
    const int cut = 1 + rng.bounded(int(good.size()) - 1);
    const QList<QPair<InputFile, Expect>> files{
        {small({}, QStringLiteral("an empty CSV")), E::MustRefuse},
        {small(kHeader, QStringLiteral("a CSV with only the header")), E::MayAccept},
        {small(garbage(rng, 512 + rng.bounded(4096)), QStringLiteral("random bytes")), E::MustRefuse},
        {small(good.left(cut), QStringLiteral("a good CSV cut after %1 bytes").arg(cut)), E::MayAccept},
        {big(kHeader + "FZ-1,", "x", 1 << 20, ",식사,9000,10,,\n", QStringLiteral("a CSV with a 1 MB name")),
         E::MustRefuse},
        {big(kHeader + "FZ-1,퍼즈,", "y", 1 << 20, ",9000,10,,\n", QStringLiteral("a CSV with a 1 MB category")),
         E::MustRefuse},
        {small(kHeader + "FZ-1,bad \xff\xfe utf8,식사,9000,10,,\n", QStringLiteral("a CSV with broken UTF-8")),
         E::MustRefuse},
        {small(kHeader + "FZ-1,esc \x1b[31mred,식사,9000,10,,\n", QStringLiteral("a CSV name with ESC")),
         E::MustRefuse},
        {small(kHeader + "FZ-1,abc\xe2\x80\xae"
                         "exe.txt,식사,9000,10,,\n",
               QStringLiteral("a CSV name with U+202E")),
         E::MustRefuse},
        {small(kHeader + "FZ-1,퍼즈,식사,99999999999999999999,10,,\n", QStringLiteral("a price over int64")),
         E::MustRefuse},
        {small(kHeader + "FZ-1,퍼즈,식사,9223372036854775807,10,,\n", QStringLiteral("a price of int64 max")),
         E::MustRefuse},
        {small(kHeader + "FZ-1,퍼즈,식사,-1000,10,,\n", QStringLiteral("a negative price")), E::MustRefuse},
        {small(kHeader + "FZ-1,퍼즈,식사,1000,10,-30,\n", QStringLiteral("a negative duration")), E::MustRefuse},
        {small(kHeader + "FZ-1,퍼즈,식사,1000,10,99999999,\n", QStringLiteral("a duration of 99999999 minutes")),
         E::MustRefuse},
        {big(kHeader, "FZ-1,퍼즈,식사,1000,10,,\n", 10000, {}, QStringLiteral("one SKU on 10,000 rows")),
         E::MustRefuse},
        {small(profile(who(QStringLiteral("x"), QStringLiteral("y"), {}), {}), QStringLiteral("JSON in a CSV")),
         E::MustRefuse},
        {small(good, QStringLiteral("a good CSV of two new items")), E::MayAccept}};
    for (const auto &f : files) {
        expects->append(f.second);
    }
    QList<InputFile> out;
    for (const auto &f : files) {
        out << f.first;
    }
    return out;
}

QList<InputFile> profileFiles(QRandomGenerator &rng, QList<Expect> *expects)
{
    const QJsonObject fresh =
        who(QStringLiteral("cus_fuzz_new"), QStringLiteral("퍼즈"), QStringLiteral("010-7777-0001"));
    const QByteArray good = profile(fresh, {field(QStringLiteral("preferences"), QStringLiteral("조용히"))});
    const int cut = 1 + rng.bounded(int(good.size()) - 1);
    const QByteArray head = R"({"format":"madang.shared-profile","version":1,"customer":{"platform_id":"cus_fuzz_new",)"
                            R"("name":"퍼즈","phone":"010-7777-0001"},"fields":[)";
    const QByteArray unit = R"({"field":"f","value":"v","scope":"visit","consented_at":"2026-11-28T10:12:00+09:00"},)";
    const QList<QPair<InputFile, Expect>> files{
        {small({}, QStringLiteral("an empty profile")), E::MustRefuse},
        {small(good.left(cut), QStringLiteral("a profile cut after %1 bytes").arg(cut)), E::MustRefuse},
        {small("[]", QStringLiteral("a JSON array")), E::MustRefuse},
        {small(R"({"format":"madang.shared-profile","version":2})", QStringLiteral("a profile of version 2")),
         E::MustRefuse},
        {small(garbage(rng, 256 + rng.bounded(2048)), QStringLiteral("random bytes")), E::MustRefuse},
        {small(QByteArray(good).replace("퍼즈", "\xff\xfe"), QStringLiteral("a profile with broken UTF-8")),
         E::MustRefuse},
        {big(head + R"({"field":"notes","value":")", "z", 1 << 20,
             R"(","scope":"visit","consented_at":"2026-11-28"}]})", QStringLiteral("a profile with a 1 MB value")),
         E::MustRefuse},
        {big(head, unit, 10000, R"({"field":"g","value":"v","scope":"visit","consented_at":"2026-11-28"}]})",
             QStringLiteral("a profile with 10,001 fields")),
         E::MustRefuse},
        {small(profile(who(QStringLiteral("cus_fuzz_new"), QStringLiteral("esc \x1b[2J"), {}), {}),
               QStringLiteral("a customer name with ESC")),
         E::MustRefuse},
        {small(profile(fresh, {field(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("everything"))}),
               QStringLiteral("an unknown consent scope")),
         E::MustRefuse},
        {small(profile(who(QStringLiteral("c").repeated(10000), QStringLiteral("퍼즈"), {}), {}),
               QStringLiteral("a platform id of 10,000 characters")),
         E::MustRefuse},
        {small(profile(who(QStringLiteral("cus_phone_conflict"), QStringLiteral("남"), QStringLiteral("010-1234-5678")),
                       {}),
               QStringLiteral("another platform id with the phone of cus_demo_hana")),
         E::MustRefuse},
        {small(profile(who(QStringLiteral("cus_fuzz_new"), QStringLiteral("퍼즈"), QStringLiteral("call me")), {}),
               QStringLiteral("a phone that is not a number")),
         E::MustRefuse},
        {small(good, QStringLiteral("a good profile of a new customer")), E::MayAccept}};
    QList<InputFile> out;
    for (const auto &f : files) {
        out << f.first;
        expects->append(f.second);
    }
    return out;
}

QList<InputFile> journalFiles(QRandomGenerator &rng, const QByteArray &journal, QList<Expect> *expects)
{
    QList<QByteArray> lines = journal.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    const int line = lines.isEmpty() ? 0 : rng.bounded(int(lines.size()));
    const QByteArray chosen = lines.value(line);
    const int cut = chosen.isEmpty() ? 0 : 1 + rng.bounded(int(chosen.size()) - 1);
    QList<QByteArray> cutLines = lines.mid(0, line);
    cutLines << chosen.left(cut);
    QByteArray tampered = journal;
    const qsizetype digit = tampered.indexOf("_minor\":");
    const qsizetype at = digit >= 0 ? digit + 8 : tampered.indexOf('1');
    if (at >= 0) {
        tampered[at] = tampered[at] == '9' ? '8' : '9';
    }
    QList<QByteArray> swapped = lines;
    if (swapped.size() >= 2) {
        swapped.swapItemsAt(0, 1);
    }
    const QList<QPair<InputFile, Expect>> files{
        {small(journal, QStringLiteral("the journal export as it is")), E::MayAccept},
        {small({}, QStringLiteral("an empty journal")), E::MayAccept},
        {small(cutLines.join('\n'), QStringLiteral("the export cut inside line %1").arg(line + 1)), E::MustRefuse},
        {small(lines.mid(0, line).join('\n') + (line > 0 ? "\n" : ""),
               QStringLiteral("the export's first %1 lines").arg(line)),
         E::MayAccept},
        {small(garbage(rng, 256 + rng.bounded(2048)), QStringLiteral("random bytes")), E::MustRefuse},
        {small(journal + "\xff\xfe{\n", QStringLiteral("the export and a line of broken UTF-8")), E::MustRefuse},
        {small(tampered, QStringLiteral("the export with the first amount's digit changed")), E::MustRefuse},
        {big(journal + "{\"seq\":\"", "9", 1 << 20, "\"}\n", QStringLiteral("the export and a 1 MB line")),
         E::MustRefuse},
        {small(journal + lines.value(0) + '\n', QStringLiteral("the export with its first line again")), E::MustRefuse},
        {small(swapped.join('\n') + '\n', QStringLiteral("the export with lines 1 and 2 swapped")), E::MustRefuse}};
    QList<InputFile> out;
    for (const auto &f : files) {
        out << f.first;
        expects->append(f.second);
    }
    return out;
}

QString InputFile::recipe() const
{
    QString py = pyBytes(head);
    if (repeat > 0) {
        py += QStringLiteral(" + %1 * %2").arg(pyBytes(unit)).arg(repeat);
    }
    if (!tail.isEmpty()) {
        py += QStringLiteral(" + ") + pyBytes(tail);
    }
    return QStringLiteral("python3 -c 'import sys; sys.stdout.buffer.write(%1)'").arg(py);
}

QString shellQuote(const QString &text)
{
    bool plain = !text.isEmpty();
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() || QStringLiteral("-_./:,@+=%").contains(c))) {
            plain = false;
        }
    }
    if (plain) {
        return text;
    }
    bool special = false;
    QString out;
    for (const char32_t u : text.toUcs4()) {
        if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
            special = true;
        } else if ((u >= 0x80 && u < 0xa0) || (u >= 0x2000 && u < 0x2070) || u == 0xfffd) {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            special = true;
        } else if (u == '\'' || u == '\\') {
            out += QLatin1Char('\\') + QChar(char16_t(u));
            special = true;
        } else {
            out += QString::fromUcs4(&u, 1);
        }
    }
    return special ? QStringLiteral("$'") + out + QLatin1Char('\'') : QLatin1Char('\'') + out + QLatin1Char('\'');
}

namespace {
QString shellValue(const QString &value)
{
    static const QList<QPair<QString, QString>> kPlaces{{QStringLiteral("@FILE@"), QStringLiteral("$FILE")},
                                                        {QStringLiteral("@OUT@"), QStringLiteral("$OUT")},
                                                        {QStringLiteral("@DB@"), QStringLiteral("$DB")},
                                                        {QStringLiteral("@CASE@"), QStringLiteral("$CASE")}};
    for (const auto &[place, var] : kPlaces) {
        if (value.startsWith(place)) {
            return QLatin1Char('"') + var + QLatin1Char('"') +
                   (value.size() > place.size() ? shellQuote(value.mid(place.size())) : QString());
        }
    }
    return shellQuote(value);
}
} // namespace

QString shellLine(const Case &c)
{
    QStringList words{QStringLiteral("madangctl"), QStringLiteral("--db"),
                      c.db.isEmpty() ? QStringLiteral("\"$DB\"") : shellValue(c.db), QStringLiteral("--secrets"),
                      QStringLiteral("\"$SECRETS\"")};
    for (const Arg &a : c.args) {
        words << (a.shell.isEmpty() ? shellValue(a.value) : a.shell);
    }
    return words.join(QLatin1Char(' '));
}

QStringList expand(const Case &c, const QString &db, const QString &file, const QString &out, const QString &dir)
{
    QStringList values;
    for (const Arg &a : c.args) {
        values << expandValue(a.value, db, file, out, dir);
    }
    return values;
}

QString expandValue(const QString &value, const QString &db, const QString &file, const QString &out,
                    const QString &dir)
{
    QString v = value;
    v.replace(QStringLiteral("@FILE@"), file);
    v.replace(QStringLiteral("@OUT@"), out);
    v.replace(QStringLiteral("@DB@"), db);
    v.replace(QStringLiteral("@CASE@"), dir);
    return v;
}

} // namespace badinput
