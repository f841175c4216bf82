// checkText: the characters no stored text may hold, and each kind's maximum length at its boundary.
#include "base/textrules.h"

#include <QTest>

using namespace madang;

Q_DECLARE_METATYPE(madang::TextKind)

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void checkText_data();
    void checkText();
    void lengthsAtTheBoundary_data();
    void lengthsAtTheBoundary();
    void visibleText_data();
    void visibleText();
};

void TestTextRules::checkText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<TextKind>("kind");
    QTest::addColumn<QString>("refusal"); // empty: accepted; otherwise the whole message

    const auto with = [](const char *before, char32_t c, const char *after) {
        return QString::fromUtf8(before) + QString::fromUcs4(&c, 1) + QString::fromUtf8(after);
    };
    QTest::newRow("empty") << QString() << TextKind::Name << "";
    QTest::newRow("plain") << "Cut and colour" << TextKind::Name << "";
    QTest::newRow("Hangul") << QStringLiteral("김하늘 두피 알레르기") << TextKind::Note << "";
    QTest::newRow("emoji with joiner") << QStringLiteral("👩‍👩‍👧 family table 🎉") << TextKind::Name
                                       << "";
    QTest::newRow("Arabic, no override") << QStringLiteral("مرحبا") << TextKind::Name << "";
    QTest::newRow("line feed in a note") << "first line\nsecond line" << TextKind::Note << "";
    QTest::newRow("line feed in a profile value") << "a\nb" << TextKind::ProfileValue << "";

    QTest::newRow("NUL") << with("abc", 0x0000, "") << TextKind::Category
                         << "The category contains a control character (U+0000) at position 4.";
    QTest::newRow("ESC") << with("abc", 0x001B, "[31m") << TextKind::Category
                         << "The category contains a control character (U+001B) at position 4.";
    QTest::newRow("BEL") << with("", 0x0007, "ding") << TextKind::Name
                         << "The category contains a control character (U+0007) at position 1.";
    QTest::newRow("tab") << with("a", 0x0009, "b") << TextKind::Name
                         << "The category contains a control character (U+0009) at position 2.";
    QTest::newRow("carriage return in a note") << with("a", 0x000D, "\nb") << TextKind::Note
                                               << "The category contains a control character (U+000D) at position 2.";
    QTest::newRow("line feed in a name") << "Mina\nKim" << TextKind::Name
                                         << "The category contains a control character (U+000A) at position 5.";
    QTest::newRow("line feed in an address") << "1 Main St\nSeoul" << TextKind::Address
                                             << "The category contains a control character (U+000A) at position 10.";
    QTest::newRow("DEL") << with("ab", 0x007F, "") << TextKind::Sku
                         << "The category contains a control character (U+007F) at position 3.";
    QTest::newRow("C1 CSI") << with("ab", 0x009B, "") << TextKind::Name
                            << "The category contains a control character (U+009B) at position 3.";
    QTest::newRow("C1 NEL") << with("ab", 0x0085, "") << TextKind::Note
                            << "The category contains a control character (U+0085) at position 3.";
    QTest::newRow("line separator") << with("ab", 0x2028, "") << TextKind::Note
                                    << "The category contains a control character (U+2028) at position 3.";
    QTest::newRow("RLO") << with("abc", 0x202E, "exe.txt") << TextKind::Name
                         << "The category contains a text direction control (U+202E) at position 4.";
    QTest::newRow("LRE") << with("", 0x202A, "x") << TextKind::Name
                         << "The category contains a text direction control (U+202A) at position 1.";
    QTest::newRow("isolate LRI") << with("x", 0x2066, "") << TextKind::Name
                                 << "The category contains a text direction control (U+2066) at position 2.";
    QTest::newRow("isolate PDI") << with("x", 0x2069, "") << TextKind::Name
                                 << "The category contains a text direction control (U+2069) at position 2.";
    QTest::newRow("LRM") << with("x", 0x200E, "") << TextKind::Name
                         << "The category contains a text direction control (U+200E) at position 2.";
    QTest::newRow("RLM") << with("x", 0x200F, "") << TextKind::Name
                         << "The category contains a text direction control (U+200F) at position 2.";
    QTest::newRow("Arabic letter mark") << with("x", 0x061C, "") << TextKind::Name
                                        << "The category contains a text direction control (U+061C) at position 2.";
    QTest::newRow("replacement character") << QString::fromUtf8("caf\xff") << TextKind::Name
                                           << "The category contains an invalid character (U+FFFD) at position 4: "
                                              "the text was not valid UTF-8.";
    QTest::newRow("lone high surrogate") << (QStringLiteral("ab") + QChar(0xD83D)) << TextKind::Name
                                         << "The category contains an invalid character (U+D83D) at position 3: "
                                            "the text was not valid UTF-8.";
    QTest::newRow("lone low surrogate") << (QChar(0xDE00) + QStringLiteral("ab")) << TextKind::Name
                                        << "The category contains an invalid character (U+DE00) at position 1: "
                                           "the text was not valid UTF-8.";
    QTest::newRow("position counts an emoji once") << with("🎉", 0x001B, "") << TextKind::Name
                                                   << "The category contains a control character (U+001B) at "
                                                      "position 2.";
    QTest::newRow("a megabyte gets the length message") << QString(1024 * 1024, QLatin1Char('x')) << TextKind::Category
                                                        << "The category is 1048576 characters; the maximum is 40.";
}

void TestTextRules::checkText()
{
    QFETCH(QString, value);
    QFETCH(TextKind, kind);
    QFETCH(QString, refusal);

    const Status checked = madang::checkText(value, kind, QStringLiteral("category"));
    if (refusal.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
    } else {
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
        QCOMPARE(checked.error().message, refusal);
    }
}

void TestTextRules::lengthsAtTheBoundary_data()
{
    QTest::addColumn<TextKind>("kind");
    QTest::addColumn<int>("max");

    QTest::newRow("name") << TextKind::Name << 80;
    QTest::newRow("item name") << TextKind::ItemName << 120;
    QTest::newRow("category") << TextKind::Category << 40;
    QTest::newRow("SKU") << TextKind::Sku << 64;
    QTest::newRow("barcode") << TextKind::Barcode << 32;
    QTest::newRow("note") << TextKind::Note << 500;
    QTest::newRow("reason") << TextKind::Reason << 500;
    QTest::newRow("address") << TextKind::Address << 200;
    QTest::newRow("phone") << TextKind::Phone << 32;
    QTest::newRow("identifier") << TextKind::Identifier << 64;
    QTest::newRow("profile value") << TextKind::ProfileValue << 1000;
}

void TestTextRules::lengthsAtTheBoundary()
{
    QFETCH(TextKind, kind);
    QFETCH(int, max);

    QCOMPARE(maxTextLength(kind), max);
    // Hangul at the maximum, emoji (two UTF-16 units each) at the maximum: characters are counted, not units.
    QVERIFY(madang::checkText(QString(max, QChar(0xD55C)), kind, QStringLiteral("note")).ok());
    QVERIFY(madang::checkText(QStringLiteral("😀").repeated(max), kind, QStringLiteral("note")).ok());
    const Status over = madang::checkText(QString(max + 1, QChar(0xD55C)), kind, QStringLiteral("note"));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().message,
             QStringLiteral("The note is %1 characters; the maximum is %2.").arg(max + 1).arg(max));
    const Status emojiOver = madang::checkText(QStringLiteral("😀").repeated(max + 1), kind, QStringLiteral("note"));
    QVERIFY(!emojiOver.ok());
}

void TestTextRules::visibleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("clean Hangul and emoji stay") << QStringLiteral("의자 1 😀") << QStringLiteral("의자 1 😀");
    QTest::newRow("ESC") << QStringLiteral("K\x1bR") << QStringLiteral("K\\u001BR");
    QTest::newRow("a line feed") << QStringLiteral("A\nB") << QStringLiteral("A\\u000AB");
    QTest::newRow("DEL and a C1 code") << QStringLiteral("a\x7f\u0085b") << QStringLiteral("a\\u007F\\u0085b");
    QTest::newRow("a right-to-left override") << QStringLiteral("abc\u202Eexe") << QStringLiteral("abc\\u202Eexe");
}

void TestTextRules::visibleText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(madang::visibleText(text), shown);
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
