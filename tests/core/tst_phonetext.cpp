// phonetext::display: the one way phone numbers are shown, over the shapes of Korean numbers and bad input.
#include "base/phonetext.h"

#include <QTest>

using namespace madang;

class TestPhoneText : public QObject
{
    Q_OBJECT

private slots:
    void display_data();
    void display();
};

void TestPhoneText::display_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("shown");
    const auto row = [](const char *tag, const char *number, const char *shown) {
        QTest::newRow(tag) << QString::fromUtf8(number) << QString::fromUtf8(shown);
    };
    // As stored (normalized, see CustomerRepository::normalizePhone).
    row("mobile, stored", "+821012345678", "010-1234-5678");
    row("old mobile of 10 digits, stored", "+82111234567", "011-123-4567");
    row("Seoul, 7 digits, stored", "+8221234567", "02-123-4567");
    row("Seoul, 8 digits, stored", "+82212345678", "02-1234-5678");
    row("Gyeonggi, stored", "+82311234567", "031-123-4567");
    row("Busan, 8 digits, stored", "+825112345678", "051-1234-5678");
    row("internet phone, stored", "+827012345678", "070-1234-5678");
    row("Busan, 7 digits, stored", "+82511234567", "051-123-4567");
    row("too short, stored", "+8210123", "+8210123");
    // As typed.
    row("mobile, digits", "01012345678", "010-1234-5678");
    row("mobile, hyphenated", "010-1234-5678", "010-1234-5678");
    row("mobile, spaces", " 010 1234 5678 ", "010-1234-5678");
    row("mobile, dots", "010.1234.5678", "010-1234-5678");
    row("mobile, +82 with spaces", "+82 10 1234 5678", "010-1234-5678");
    row("mobile, 0082", "00821012345678", "010-1234-5678");
    row("Seoul, digits", "021234567", "02-123-4567");
    row("Seoul, parentheses", "(02) 1234-5678", "02-1234-5678");
    row("Gyeonggi, digits", "0311234567", "031-123-4567");
    row("Jeju, 8 digits", "06412345678", "064-1234-5678");
    row("toll-free", "0801234567", "080-123-4567");
    row("personal number", "050512345678", "0505-1234-5678");
    row("representative number", "15881234", "1588-1234");
    row("representative, hyphenated", "1644-1234", "1644-1234");
    row("representative 18xx", "18005678", "1800-5678");
    // Anything else, as given.
    row("empty", "", "");
    row("US number", "+12125550123", "+12125550123");
    row("Japan, 0081", "0081312345678", "0081312345678");
    row("mobile, too short", "0101234567", "010-123-4567"); // 10 digits is an old 01x shape
    row("mobile, too few", "010123456", "010123456");
    row("mobile, too many", "010123456789", "010123456789");
    row("Seoul, too few", "02123456", "02123456");
    row("Seoul, too many", "02123456789", "02123456789");
    row("unknown prefix", "0991234567", "0991234567");
    row("only zeros", "0000", "0000");
    row("last four only", "5678", "5678");
    row("eight digits, not 15xx", "12345678", "12345678");
    row("letters", "call me", "call me");
    row("digits with letters", "010-1234-abcd", "010-1234-abcd");
    row("Hangul", "공일공", "공일공");
    row("full-width digits", "０１０１２３４５６７８", "０１０１２３４５６７８");
    row("plus inside", "010+12345678", "010+12345678");
    row("two pluses", "++821012345678", "++821012345678");
    row("lone plus", "+", "+");
    row("hyphens only", "--", "--");
}

void TestPhoneText::display()
{
    QFETCH(QString, number);
    QFETCH(QString, shown);
    QCOMPARE(phonetext::display(number), shown);
}

QTEST_GUILESS_MAIN(TestPhoneText)
#include "tst_phonetext.moc"
