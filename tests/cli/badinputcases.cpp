// The known-valid line of every madangctl command that takes input, and the seeded mutations of them.
#include "badinput.h"

#include <tuple>

namespace badinput {

namespace {
Arg f(const char *text)
{
    return Arg{QString::fromUtf8(text), Slot::Fixed, {}};
}

Arg v(Slot slot, const QString &value)
{
    return Arg{value, slot, {}};
}

Arg v(Slot slot, const char *value)
{
    return v(slot, QString::fromUtf8(value));
}

Case line(const char *family, const char *base, const QList<Arg> &args, std::optional<InputFile> file = {})
{
    Case c;
    c.family = QString::fromUtf8(family);
    c.base = QString::fromUtf8(base);
    c.generator = QStringLiteral("valid line");
    c.args = args;
    c.file = std::move(file);
    return c;
}

/// The last file of a list whose last entry is the valid one.
template <typename Make> InputFile validFile(Make make)
{
    QRandomGenerator rng(1);
    QList<Expect> expects;
    return make(rng, &expects).last();
}

bool isOption(const Arg &a)
{
    return a.slot == Slot::Fixed && a.value.startsWith(QStringLiteral("--"));
}

/// Index ranges [first, last] of each option with its value, each flag and each word after the first.
QList<QPair<int, int>> units(const Case &c)
{
    QList<QPair<int, int>> out;
    for (int i = 1; i < c.args.size(); ++i) {
        const bool valued = isOption(c.args.at(i)) && i + 1 < c.args.size() && c.args.at(i + 1).slot != Slot::Fixed;
        out << QPair<int, int>{i, valued ? i + 1 : i};
        if (valued) {
            ++i;
        }
    }
    return out;
}

int commandWords(const Case &c)
{
    int n = 0;
    while (n < c.args.size() && c.args.at(n).slot == Slot::Fixed && !c.args.at(n).value.startsWith(QLatin1Char('-'))) {
        ++n;
    }
    return n;
}

void replaceValue(QRandomGenerator &rng, Case &c, const Setting &s)
{
    QList<int> valuePlaces;
    for (int i = 0; i < c.args.size(); ++i) {
        if (c.args.at(i).slot != Slot::Fixed) {
            valuePlaces << i;
        }
    }
    const int i = valuePlaces.at(rng.bounded(int(valuePlaces.size())));
    const Arg valid = c.args.at(i);
    const Value bad = badValue(rng, valid, s);
    c.args[i] = Arg{bad.arg.value, valid.slot, bad.arg.shell};
    if (bad.file) {
        c.file = bad.file;
    } else if (valid.value == QLatin1String("@FILE@")) {
        c.file.reset();
    }
    c.expect = bad.expect;
    c.hint = bad.hint;
    const QString where =
        i > 0 && isOption(c.args.at(i - 1)) ? c.args.at(i - 1).value : QStringLiteral("word %1").arg(i);
    c.generator = QStringLiteral("%1 <- %2").arg(where, bad.what);
}

void mutateLine(QRandomGenerator &rng, Case &c)
{
    const QList<QPair<int, int>> all = units(c);
    QList<QPair<int, int>> valued;
    for (const auto &u : all) {
        if (u.second > u.first) {
            valued << u;
        }
    }
    const int kind = rng.bounded(6);
    if (kind == 0 || valued.isEmpty()) {
        static const QList<QStringList> kUnknown{{QStringLiteral("--bogus"), QStringLiteral("x")},
                                                 {QStringLiteral("--jsno")},
                                                 {QStringLiteral("--")},
                                                 {QStringLiteral("--Staff"), QStringLiteral("박미나")}};
        const QStringList extra = kUnknown.at(rng.bounded(int(kUnknown.size())));
        for (const QString &e : extra) {
            c.args << Arg{e, Slot::Fixed, {}};
        }
        c.expect = Expect::MustRefuse;
        c.generator = QStringLiteral("unknown option %1").arg(extra.join(QLatin1Char(' ')));
        return;
    }
    if (kind == 1) {
        const auto u = valued.at(rng.bounded(int(valued.size())));
        c.args << c.args.at(u.first);
        c.expect = Expect::MustRefuse;
        c.generator = QStringLiteral("%1 given again at the end without a value").arg(c.args.at(u.first).value);
        return;
    }
    if (kind == 2 && !all.isEmpty()) {
        const auto u = all.at(rng.bounded(int(all.size())));
        const QString dropped = c.args.at(u.first).value;
        c.args.remove(u.first, u.second - u.first + 1);
        c.expect = Expect::MayAccept;
        c.generator = QStringLiteral("%1 left out").arg(dropped);
        if (dropped == QLatin1String("--repeat")) {
            c.expect = Expect::MustRefuse; // --visits N alone booked one visit
            c.generator = QStringLiteral("--visits without --repeat");
        }
        return;
    }
    if (kind == 3) {
        const auto u = valued.at(rng.bounded(int(valued.size())));
        c.args << c.args.at(u.first) << c.args.at(u.second);
        c.expect = Expect::MayAccept;
        c.generator = QStringLiteral("%1 given twice").arg(c.args.at(u.first).value);
        return;
    }
    if (kind == 4 && c.base != QLatin1String("fresh")) {
        // A typo in --db: nothing may be created or changed there.
        QList<QByteArray> contents{{}, QByteArray(4096, '\x5a')};
        for (char &ch : contents[1]) {
            ch = char(rng.bounded(256));
        }
        const QList<std::tuple<QString, QString, int>> dbs{
            {QStringLiteral("@CASE@/typo.db"), QStringLiteral("a --db path that does not exist"), -1},
            {QStringLiteral("@CASE@"), QStringLiteral("a --db that is a folder"), -1},
            {QStringLiteral("@CASE@/missing/t.db"), QStringLiteral("a --db in a missing folder"), -1},
            {QStringLiteral("@FILE@"), QStringLiteral("a --db file of random bytes"), 1},
            {QStringLiteral("@FILE@"), QStringLiteral("an empty --db file"), 0}};
        const auto &[path, what, content] = dbs.at(rng.bounded(int(dbs.size())));
        c.db = path;
        if (content >= 0) {
            c.file = InputFile{contents.at(content), {}, 0, {}, what};
        }
        c.expect = Expect::MustRefuse;
        c.generator = what;
        return;
    }
    c.args.insert(commandWords(c), Arg{QStringLiteral("extra"), Slot::Fixed, {}});
    c.expect = Expect::MustRefuse;
    c.generator = QStringLiteral("a stray argument \"extra\"");
}
} // namespace

QList<Case> validLines(const Setting &s)
{
    using S = Slot;
    const QString start = s.day + QStringLiteral("T15:00");
    return {
        line("init", "fresh",
             {f("init"), f("--vertical"), v(S::Word, "salon"), f("--name"), v(S::Name, "마당 헤어"), f("--currency"),
              v(S::Currency, "KRW"), f("--owner"), v(S::OptName, "김사장"), f("--terminal"), v(S::Terminal, "T1"),
              f("--demo")}),
        line("catalog import", "restaurant", {f("catalog"), f("import"), v(S::FileCsv, "@FILE@")}, validFile(csvFiles)),
        line("catalog list", "restaurant",
             {f("catalog"), f("list"), f("--search"), v(S::Search, "김치"), f("--limit"), v(S::Limit, "10"),
              f("--json")}),
        line("sale", "salon",
             {f("sale"), f("--item"), v(S::Item, "CUT-Mx2"), f("--tip"), v(S::Amount, "1000"), f("--pay"),
              v(S::Pay, "cash:50000"), f("--staff"), v(S::Staff, "박미나"), f("--json")}),
        line("sale", "restaurant",
             {f("sale"), f("--item"), v(S::Item, "M-KIMCHIx2"), f("--pay"), v(S::Pay, "card:REF-7"), f("--staff"),
              v(S::Staff, "김서준")}),
        line("shift open", "salon-noshift",
             {f("shift"), f("open"), f("--float"), v(S::Amount, "100000"), f("--staff"), v(S::OptName, "김사장")}),
        line("shift cash", "salon",
             {f("shift"), f("cash"), v(S::Word, "in"), v(S::Amount, "5000"), f("--reason"),
              v(S::Note, "거스름돈 보충")}),
        line("shift cash", "salon",
             {f("shift"), f("cash"), v(S::Word, "out"), v(S::Amount, "1000"), f("--reason"), v(S::Note, "우유 구입"),
              f("--staff"), v(S::OptName, "김사장")}),
        line("shift close", "salon", {f("shift"), f("close"), f("--counted"), v(S::Amount, "150000"), f("--json")}),
        line("receipt", "restaurant",
             {f("receipt"), v(S::Word, "pdf"), f("--receipt"), v(S::Receipt, s.receipt), f("--out"),
              v(S::PathOut, "@OUT@"), f("--width"), v(S::Word, "80"), f("--lang"), v(S::Word, "ko")}),
        line("receipt", "restaurant",
             {f("receipt"), v(S::Word, "png"), f("--receipt"), v(S::Receipt, s.receipt), f("--out"),
              v(S::PathOut, "@OUT@"), f("--width"), v(S::Word, "58"), f("--lang"), v(S::Word, "en")}),
        line("receipt", "restaurant",
             {f("receipt"), v(S::Word, "escpos"), f("--receipt"), v(S::Receipt, s.receipt), f("--out"),
              v(S::PathOut, "@OUT@")}),
        line("journal export", "restaurant", {f("journal"), f("export"), f("--out"), v(S::PathOut, "@OUT@")}),
        line("journal verify", "restaurant", {f("journal"), f("verify"), f("--file"), v(S::FileJournal, "@FILE@")},
             InputFile{s.journal, {}, 0, {}, QStringLiteral("the journal export as it is")}),
        line("booking slots", "salon",
             {f("booking"), f("slots"), f("--service"), v(S::Sku, "CUT-M"), f("--date"), v(S::DateRead, s.day),
              f("--staff"), v(S::Staff, "박미나"), f("--step"), v(S::Step, "30"), f("--json")}),
        line("booking create", "salon",
             {f("booking"), f("create"), f("--service"), v(S::Sku, "CUT-M"), f("--start"), v(S::Start, start),
              f("--customer-phone"), v(S::Phone, "010-5555-1212"), f("--customer-name"), v(S::OptName, "김민수"),
              f("--staff"), v(S::Staff, "박미나"), f("--source"), v(S::Word, "phone"), f("--deposit"),
              v(S::Amount, "5000"), f("--notes"), v(S::Note, "창가 자리"), f("--json")}),
        line("booking create", "cleaning",
             {f("booking"), f("create"), f("--service"), v(S::Sku, "C-BASIC"), f("--start"),
              v(S::Start, s.day + QStringLiteral("T09:00")), f("--customer-phone"), v(S::Phone, "010-5555-3434"),
              f("--crew"), v(S::Crew, "A팀"), f("--address"), v(S::Address, "서울 마포구 1"), f("--access-notes"),
              v(S::Note, "현관 1234"), f("--repeat"), v(S::Word, "weekly"), f("--visits"), v(S::Visits, "3"),
              f("--json")}),
        line("booking list", "salon", {f("booking"), f("list"), f("--date"), v(S::DateRead, s.day), f("--json")}),
        line("booking cancel", "salon",
             {f("booking"), f("cancel"), v(S::BookingId, s.bookingId), f("--reason"), v(S::Note, "고객 요청")}),
        line("customer import-profile", "salon", {f("customer"), f("import-profile"), v(S::FileProfile, "@FILE@")},
             validFile(profileFiles)),
        line("customer show", "salon", {f("customer"), f("show"), f("--phone"), v(S::Phone, "010-1234-5678")}),
        line("resource station", "salon",
             {f("resource"), f("station"), f("--name"), v(S::Name, "의자 9"), f("--kind"), v(S::Word, "chair")}),
        line("resource service", "salon",
             {f("resource"), f("service"), v(S::Sku, "CUT-M"), f("--work"), v(S::Minutes, "30"), f("--processing"),
              v(S::Minutes, "0"), f("--finish"), v(S::Minutes, "5"), f("--buffer-before"), v(S::Minutes, "0"),
              f("--buffer-after"), v(S::Minutes, "5"), f("--station-kind"), v(S::OptWord, "chair")}),
        line("resource day-off", "salon",
             {f("resource"), f("day-off"), f("--staff"), v(S::Staff, "박미나"), f("--date"), v(S::DateWrite, s.day),
              f("--reason"), v(S::Note, "휴가")}),
        line("resource crew", "cleaning",
             {f("resource"), f("crew"), f("--name"), v(S::Name, "C팀"), f("--members"), v(S::Members, "윤민호,한소라"),
              f("--van"), v(S::Van, "승합차 1")}),
        line("resource travel", "cleaning",
             {f("resource"), f("travel"), f("--from"), v(S::Address, "서울 은평구 1"), f("--to"),
              v(S::Address, "서울 송파구 2"), f("--minutes"), v(S::Travel, "70")}),
        line("device set-terminal", "salon", {f("device"), f("set-terminal"), v(S::Terminal, "T2")}),
        line("backup", "salon", {f("backup"), f("--out"), v(S::PathOut, "@OUT@")}),
    };
}

QList<Case> generate(quint32 seed, int count, const Setting &s)
{
    QRandomGenerator rng(seed);
    const QList<Case> lines = validLines(s);
    QList<Case> cases;
    for (int n = 0; n < count; ++n) {
        Case c = lines.at(rng.bounded(int(lines.size())));
        if (rng.bounded(100) < 65) {
            replaceValue(rng, c, s);
        } else {
            mutateLine(rng, c);
        }
        cases << c;
    }
    return cases;
}

QList<Case> knownCases(const Setting &s)
{
    QList<Case> out;
    const auto known = [&](const char *family, const char *base, const QList<Arg> &args, const char *what,
                           const QString &hint = {}, std::optional<InputFile> file = {}) {
        Case c = line(family, base, args, std::move(file));
        c.generator = QStringLiteral("issue: ") + QString::fromUtf8(what);
        c.expect = Expect::MustRefuse;
        c.hint = hint;
        out << c;
    };
    using S = Slot;
    const QString esc(QChar(0x1b));
    known("shift cash", "salon",
          {f("shift"), f("cash"), f("in"), v(S::Amount, "9223372036854775807"), f("--reason"), v(S::Note, "x")},
          "cash in 9223372036854775807", QStringLiteral("maxim|too large|limit"));
    known("shift cash", "salon",
          {f("shift"), f("cash"), f("out"), v(S::Amount, "5000000"), f("--reason"), v(S::Note, "x")},
          "cash out of more than the drawer holds", QStringLiteral("approv"));
    for (const char *when : {"1900-01-01T10:00", "9999-12-31T10:00"}) {
        known("booking create", "salon",
              {f("booking"), f("create"), f("--service"), v(S::Sku, "CUT-M"), f("--start"), v(S::Start, when),
               f("--customer-phone"), v(S::Phone, "010-5555-1212")},
              when);
    }
    known("resource station", "salon",
          {f("resource"), f("station"), f("--name"), v(S::Name, QStringLiteral("abc\u202eexe.txt")), f("--kind"),
           f("chair")},
          "station name with U+202E");
    known("booking create", "salon",
          {f("booking"), f("create"), f("--service"), v(S::Sku, "CUT-M"), f("--start"),
           v(S::Start, s.day + QStringLiteral("T15:00")), f("--customer-phone"), v(S::Phone, "010-5555-1212"),
           f("--notes"), v(S::Note, QStringLiteral("red ") + esc + QStringLiteral("[31m"))},
          "notes with ESC");
    QRandomGenerator rng(1);
    QList<Expect> expects;
    const QList<InputFile> profiles = profileFiles(rng, &expects);
    known("customer import-profile", "salon", {f("customer"), f("import-profile"), v(S::FileProfile, "@FILE@")},
          "profile phone conflict", {}, profiles.at(profiles.size() - 3));
    known("sale", "salon",
          {f("sale"), f("--item"), v(S::Item, "CUT-Mx99999999999999999999"), f("--pay"), v(S::Pay, "cash")},
          "quantity over int64", QStringLiteral("quantit"));
    known("sale", "salon", {f("sale"), f("--item"), v(S::Item, "CUT-Mx1000000"), f("--pay"), v(S::Pay, "cash")},
          "quantity 1000000", QStringLiteral("quantit"));
    known("booking create", "cleaning",
          {f("booking"), f("create"), f("--service"), v(S::Sku, "C-BASIC"), f("--start"),
           v(S::Start, s.day + QStringLiteral("T09:00")), f("--customer-phone"), v(S::Phone, "010-5555-3434"),
           f("--crew"), v(S::Crew, "A팀"), f("--address"), v(S::Address, "서울 마포구 1"), f("--visits"),
           v(S::Visits, "3")},
          "--visits 3 without --repeat", QStringLiteral("repeat"));
    known("booking create", "cleaning",
          {f("booking"), f("create"), f("--service"), v(S::Sku, "C-BASIC"), f("--start"),
           v(S::Start, s.day + QStringLiteral("T09:00")), f("--customer-phone"), v(S::Phone, "010-5555-3434"),
           f("--crew"), v(S::Crew, "A팀"), f("--address"), v(S::Address, "서울 마포구 1"), f("--repeat"),
           f("monthly_weekday"), f("--visits"), v(S::Visits, "104")},
          "104 monthly visits (to 2035)");
    known("booking create", "cleaning",
          {f("booking"), f("create"), f("--service"), v(S::Sku, "C-BASIC"), f("--start"),
           v(S::Start, "9999-01-04T09:00"), f("--customer-phone"), v(S::Phone, "010-5555-3434"), f("--crew"),
           v(S::Crew, "A팀"), f("--address"), v(S::Address, "서울 마포구 1"), f("--repeat"), f("monthly_weekday"),
           f("--visits"), v(S::Visits, "104")},
          "104 monthly visits from 9999 reaching year 10000");
    known("catalog import", "restaurant", {f("catalog"), f("import"), v(S::FileCsv, "@FILE@")}, "a 1 MB category", {},
          InputFile{"sku,name,category,price,vat_rate,duration_min,barcode\nFZ-1,퍼즈,", "y", 1 << 20, ",9000,10,,\n",
                    QStringLiteral("a CSV with a 1 MB category")});
    known("backup", "salon", {f("backup"), f("--out"), v(S::PathOut, "@DB@")}, "backup onto the database itself");
    known("shift open", "salon", {f("shift"), f("open"), f("--float"), v(S::Amount, "1000")},
          "shift open while one is open");
    return out;
}

QList<Case> heavyCases()
{
    const qint64 mb50 = 50;
    const QByteArray zeroMb(1 << 20, '\0');
    const QList<std::tuple<const char *, const char *, QList<Arg>, InputFile>> rows{
        {"catalog import",
         "restaurant",
         {f("catalog"), f("import"), v(Slot::FileCsv, "@FILE@")},
         InputFile{{}, zeroMb, mb50, {}, QStringLiteral("50 MB of NUL bytes")}},
        {"catalog import",
         "restaurant",
         {f("catalog"), f("import"), v(Slot::FileCsv, "@FILE@")},
         InputFile{"sku,name,category,price,vat_rate,duration_min,barcode\nFZ-1,",
                   QByteArray(1 << 20, 'a'),
                   mb50,
                   {},
                   QStringLiteral("a CSV whose second line is 50 MB long")}},
        {"customer import-profile",
         "salon",
         {f("customer"), f("import-profile"), v(Slot::FileProfile, "@FILE@")},
         InputFile{{}, zeroMb, mb50, {}, QStringLiteral("50 MB of NUL bytes")}},
        {"journal verify",
         "restaurant",
         {f("journal"), f("verify"), f("--file"), v(Slot::FileJournal, "@FILE@")},
         InputFile{{}, zeroMb, mb50, {}, QStringLiteral("50 MB of NUL bytes")}},
        {"journal verify",
         "restaurant",
         {f("journal"), f("verify"), f("--file"), v(Slot::FileJournal, "@FILE@")},
         InputFile{"{\"seq\":1,\"x\":\"", QByteArray(1 << 20, '9'), mb50, "\"}\n",
                   QStringLiteral("a journal line of 50 MB")}}};
    QList<Case> out;
    for (const auto &[family, base, args, file] : rows) {
        Case c = line(family, base, args, file);
        c.generator = QStringLiteral("big file: ") + file.description;
        c.expect = Expect::MustRefuse;
        c.heavy = true;
        out << c;
    }
    return out;
}

} // namespace badinput
