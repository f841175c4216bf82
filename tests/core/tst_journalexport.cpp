// Journal export: every single-byte change of an exported journal is caught at its own line; lines removed,
// swapped, duplicated, truncated or re-hashed are named; what the chain alone cannot see (a cut at a line end)
// is spelled out.
#include "base/canonicaljson.h"
#include "journalfixture.h"

#include <QJsonDocument>

namespace {
/// The 1-based line that holds byte pos (a newline belongs to the line it ends).
qint64 lineOf(const QByteArray &text, qsizetype pos)
{
    return 1 + text.left(pos).count('\n');
}

QString describeByte(const QByteArray &text, qsizetype pos, const char *how)
{
    return QStringLiteral("byte %1 (line %2, '%3' %4, near \"%5\")")
        .arg(pos)
        .arg(lineOf(text, pos))
        .arg(QLatin1Char(text.at(pos)))
        .arg(QLatin1String(how))
        .arg(QString::fromUtf8(text.mid(std::max<qsizetype>(0, pos - 12), 24)));
}
} // namespace

class TestJournalExport : public QObject, protected JournalFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void exportRoundTrips();
    void everySingleByteChangeIsCaught();
    void tampering_data();
    void tampering();
};

void TestJournalExport::exportRoundTrips()
{
    appendMany(5);
    const QByteArray text = exportAll();
    QVERIFY(text.endsWith('\n'));
    QCOMPARE(text.count('\n'), 5);
    auto stored = journal().entries();
    MADANG_VERIFY_OK(stored);
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < 5; ++i) {
        auto entry = JournalEntry::fromExportLine(lines.at(i));
        MADANG_VERIFY_OK(entry);
        QCOMPARE(entry->hash, stored->at(i).hash);
        QCOMPARE(entry->body, stored->at(i).body);
        QCOMPARE(entry->receipt, stored->at(i).receipt);
    }
    const JournalVerdict verdict = Journal::verifyExport(text, FakeSigner::check());
    QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    QCOMPARE(verdict.entries, 5);
}

void TestJournalExport::everySingleByteChangeIsCaught()
{
    appendMany(5);
    const QByteArray text = exportAll();
    QVERIFY(text.size() > 1000);
    // Three ways to change each byte: the lowest bit (digit to digit, hex to hex, base64 to base64 most of the
    // time), the next code (which also sets base64's unused low bits) and ASCII case.
    const struct
    {
        const char *how;
        char (*change)(char);
    } changes[] = {{"^0x01", [](char c) { return static_cast<char>(c ^ 0x01); }},
                   {"+1", [](char c) { return static_cast<char>(static_cast<unsigned char>(c) + 1); }},
                   {"^0x20", [](char c) { return static_cast<char>(c ^ 0x20); }}};
    QStringList missed;
    QStringList misplaced;
    int checked = 0;
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        for (const auto &change : changes) {
            QByteArray edited = text;
            edited[pos] = change.change(text.at(pos));
            const JournalVerdict verdict = Journal::verifyExport(edited, FakeSigner::check());
            ++checked;
            if (verdict.ok) {
                missed << describeByte(text, pos, change.how);
            } else if (verdict.firstBadSeq != lineOf(text, pos)) {
                misplaced << describeByte(text, pos, change.how) +
                                 QStringLiteral(" reported at line %1").arg(verdict.firstBadSeq);
            }
        }
    }
    qInfo("%d single-byte changes checked over %lld bytes", checked, static_cast<long long>(text.size()));
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("%1 change(s) not caught, e.g. %2")
                                              .arg(missed.size())
                                              .arg(missed.mid(0, 5).join(QStringLiteral("; ")))));
    QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.mid(0, 5).join(QStringLiteral("; "))));
}

void TestJournalExport::tampering_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("number"); // entries when ok, else the first bad line
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *tag, const char *op, int line, bool ok, qint64 number, const char *reason) {
        QTest::newRow(tag) << QString::fromLatin1(op) << line << ok << number << QString::fromUtf8(reason);
    };
    row("intact", "none", 0, true, 5, "");
    row("line removed", "remove", 3, false, 3, "entry 3 is missing");
    row("first line removed", "remove", 1, false, 1, "entry 1 is missing");
    row("two lines swapped", "swap", 2, false, 2, "entry 2 is missing (found 4 instead)");
    row("line duplicated", "duplicate", 3, false, 4, "out of order or repeated");
    row("truncated mid-line", "cut-mid", 4, false, 4, "not a JSON object");
    row("blank line inserted", "blank-before", 3, false, 3, "not a JSON object");
    row("CRLF line ends", "crlf", 0, false, 1, "canonical form");
    row("field added", "extra-field", 2, false, 2, "fields that a journal entry does not have");
    row("entry edited and re-hashed", "rehash", 3, false, 3, "signature is not the device's");
    row("signature with base64 padding bits set", "sig-padding", 2, false, 2, "");
    row("checked with another key", "wrong-key", 0, false, 1, "signature");
    row("empty file", "empty", 0, true, 0, "");
    // Like deleting the last stored entry: a cut exactly at a line end leaves a valid, shorter chain. Only
    // something outside the file (the last receipt's hash, the count of orders) shows what is missing.
    row("cut after a whole line", "cut-after", 3, true, 3, "");
    row("final newline missing", "no-final-newline", 0, true, 5, "");
}

void TestJournalExport::tampering()
{
    QFETCH(QString, op);
    QFETCH(int, line);
    QFETCH(bool, ok);
    QFETCH(qint64, number);
    QFETCH(QString, reason);
    appendMany(5);
    const QByteArray text = exportAll();
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // the empty piece after the final newline
    const qsizetype at = line - 1;
    SignatureCheck check = FakeSigner::check();
    QByteArray edited;
    if (op == QLatin1String("remove")) {
        lines.removeAt(at);
    } else if (op == QLatin1String("swap")) {
        lines.swapItemsAt(at, at + 2);
    } else if (op == QLatin1String("duplicate")) {
        lines.insert(at + 1, lines.at(at));
    } else if (op == QLatin1String("blank-before")) {
        lines.insert(at, QByteArray());
    } else if (op == QLatin1String("extra-field")) {
        lines[at].insert(1, "\"a\":1,");
    } else if (op == QLatin1String("rehash")) {
        auto entry = JournalEntry::fromExportLine(lines.at(at));
        MADANG_VERIFY_OK(entry);
        JournalEntry e = entry.value();
        e.totalMinor += 1000;
        auto canonicalText = canonical::json(e.hashedFields());
        MADANG_VERIFY_OK(canonicalText);
        e.hash = sha256Hex(e.prev, canonicalText.value());
        auto forged = e.exportLine();
        MADANG_VERIFY_OK(forged);
        lines[at] = forged.value();
    } else if (op == QLatin1String("sig-padding")) {
        // The last base64 character before '=' carries bits that decoding drops; the next code keeps the
        // decoded signature but changes the file.
        const qsizetype pad = lines.at(at).indexOf("=\"");
        QVERIFY(pad > 0);
        lines[at][pad - 1] = static_cast<char>(lines.at(at).at(pad - 1) + 1);
    } else if (op == QLatin1String("wrong-key")) {
        check = [](const QByteArray &data, const QByteArray &sig) -> Result<bool> {
            return QCryptographicHash::hash("another-key:" + data, QCryptographicHash::Sha256) == sig;
        };
    }
    if (op == QLatin1String("empty")) {
        edited.clear();
    } else if (op == QLatin1String("crlf")) {
        edited = lines.join("\r\n") + "\r\n";
    } else if (op == QLatin1String("no-final-newline")) {
        edited = lines.join('\n');
    } else if (op == QLatin1String("cut-after")) {
        edited = lines.mid(0, line).join('\n') + '\n';
    } else if (op == QLatin1String("cut-mid")) {
        edited = lines.mid(0, at).join('\n') + '\n' + lines.at(at).left(lines.at(at).size() / 2);
    } else {
        edited = lines.join('\n') + '\n';
    }
    const JournalVerdict verdict = Journal::verifyExport(edited, check);
    QCOMPARE(verdict.ok, ok);
    if (ok) {
        QCOMPARE(verdict.entries, number);
    } else {
        QCOMPARE(verdict.firstBadSeq, number);
        QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
    }
}

QTEST_GUILESS_MAIN(TestJournalExport)
#include "tst_journalexport.moc"
