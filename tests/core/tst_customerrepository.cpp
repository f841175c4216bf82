// CustomerRepository: phone numbers stored normalized, search by the last four digits, and the
// consent-scoped shared profile received from the platform (imports that replace, revoke and refuse).
#include "customers/customerrepository.h"
#include "replication/outbox.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void normalizePhone_data();
    void normalizePhone();
    void saveAndSearch();
    void phoneLookup_data();
    void phoneLookup();
    void searchLongerThanAnyNameIsRefused();
    void onePhoneOneCustomer();
    void importSharedProfile();
    void revokedFieldsDisappear();
    void badProfileChangesNothing_data();
    void badProfileChangesNothing();
    void profileCannotTakeOverAnotherCustomer();
    void profileLimitsAndCleanText_data();
    void profileLimitsAndCleanText();
    void customerTextIsClean_data();
    void customerTextIsClean();

private:
    CustomerRepository &customers() { return m_store->customers(); }
    QStringList fieldNames(const QString &customerId);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestCustomerRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestCustomerRepository::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestCustomerRepository::fieldNames(const QString &customerId)
{
    QStringList names;
    const auto fields = customers().sharedProfile(customerId);
    for (const SharedField &f : fields.value()) {
        names << f.field;
    }
    return names;
}

void TestCustomerRepository::normalizePhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("mobile with dashes") << "010-1234-5678"
                                        << "+821012345678";
    QTest::newRow("mobile plain") << "01012345678"
                                  << "+821012345678";
    QTest::newRow("international") << "+82 10 1234 5678"
                                   << "+821012345678";
    QTest::newRow("00 prefix") << "0082-10-1234-5678"
                               << "+821012345678";
    QTest::newRow("Seoul landline") << "(02) 123-4567"
                                    << "+8221234567";
    QTest::newRow("US number") << "+1 (415) 555-0100"
                               << "+14155550100";
    QTest::newRow("padded") << "  010.1234.5678 "
                            << "+821012345678";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("letters") << "010-CALL-NOW"
                             << "";
    QTest::newRow("no prefix") << "1234-5678"
                               << "";
    QTest::newRow("too short") << "010-12"
                               << "";
    QTest::newRow("too long") << "+82 10 1234 5678 9012"
                              << "";
    QTest::newRow("plus in the middle") << "010+12345678"
                                        << "";
    QTest::newRow("full-width digits") << QStringLiteral("０１０１２３４５６７８") << "";
    QTest::newRow("country code zero") << "+0 10 1234 5678"
                                       << "";
}

void TestCustomerRepository::normalizePhone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    auto normalized = CustomerRepository::normalizePhone(input);
    if (expected.isEmpty()) {
        QVERIFY(!normalized.ok());
        QCOMPARE(normalized.error().code, ErrorCode::InvalidInput);
    } else {
        MADANG_VERIFY_OK(normalized);
        QCOMPARE(normalized.value(), expected);
    }
}

void TestCustomerRepository::saveAndSearch()
{
    const QList<std::pair<QString, QString>> people{{QStringLiteral("김하늘"), QStringLiteral("010-1234-5678")},
                                                    {QStringLiteral("김민수"), QStringLiteral("010-9876-5678")},
                                                    {QStringLiteral("Park Jiwoo"), QStringLiteral("010-5555-0001")},
                                                    {QStringLiteral("No Phone"), QString()}};
    for (const auto &[name, phone] : people) {
        MADANG_VERIFY_OK(customers().save(Customer{{}, name, phone, {}, {}}));
    }
    const auto names = [&](const QString &text) {
        QStringList out;
        const auto found = customers().search(text);
        for (const Customer &c : found.value()) {
            out << c.name;
        }
        return out;
    };
    QCOMPARE(names(QStringLiteral("5678")), (QStringList{QStringLiteral("김민수"), QStringLiteral("김하늘")}));
    QCOMPARE(names(QStringLiteral("0001")), QStringList{QStringLiteral("Park Jiwoo")});
    QCOMPARE(names(QStringLiteral("김")), (QStringList{QStringLiteral("김민수"), QStringLiteral("김하늘")}));
    QCOMPARE(names(QStringLiteral("9876")), QStringList{});                          // not the last four
    QCOMPARE(names(QStringLiteral("98765")), QStringList{QStringLiteral("김민수")}); // digits anywhere
    QCOMPARE(names(QStringLiteral("%")), QStringList{});                             // LIKE wildcards are plain text
    auto stored = customers().findByPhone(QStringLiteral("+82 10 1234 5678"));
    MADANG_VERIFY_OK(stored);
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->phone, QStringLiteral("+821012345678"));
    auto bad = customers().save(Customer{{}, QStringLiteral("X"), QStringLiteral("call me"), {}, {}});
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    auto nameless = customers().save(Customer{{}, QStringLiteral("  "), {}, {}, {}});
    QCOMPARE(nameless.error().code, ErrorCode::InvalidInput);
}

void TestCustomerRepository::phoneLookup_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("names"); // by name
    const auto row = [](const char *tag, const char *typed, QStringList names) {
        QTest::newRow(tag) << QString::fromUtf8(typed) << names;
    };
    const QString haneul = QStringLiteral("김하늘");
    const QString minsu = QStringLiteral("김민수");
    row("full number", "01012345678", {haneul});
    row("hyphenated", "010-1234-5678", {haneul});
    row("spaces", " 010 1234 5678 ", {haneul});
    row("international", "+82 10 1234 5678", {haneul});
    row("international, 00", "0082 10 1234 5678", {haneul});
    row("last four, two customers", "5678", {minsu, haneul});
    row("last four, one", "0001", {QStringLiteral("Park Jiwoo")});
    row("start of a number", "010-9876", {minsu});
    row("digits inside", "98765", {minsu});
    row("Seoul number", "02-123-4567", {QStringLiteral("이서울")});
    row("no such number", "01099990000", {});
    row("no such last four", "4321", {});
    row("four digits, not the last", "9876", {});
    row("fewer than four digits", "567", {});
    row("a prefix every number has", "010", {});
    row("name", "김", {minsu, haneul});
    row("name and digits is a name", "김 5678", {});
    row("LIKE wildcard is plain text", "%", {});
}

void TestCustomerRepository::searchLongerThanAnyNameIsRefused()
{
    MADANG_VERIFY_OK(
        customers().save(Customer{{}, QString(80, QChar(0xAE40)), QStringLiteral("010-1234-5678"), {}, {}}));
    auto longest = customers().search(QString(80, QChar(0xAE40)));
    MADANG_VERIFY_OK(longest);
    QCOMPARE(longest.value().size(), 1);
    MADANG_VERIFY_ERROR(customers().search(QString(81, QChar(0xAE40))), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(customers().search(QString(100000, QLatin1Char('1'))), ErrorCode::InvalidInput);
}

void TestCustomerRepository::phoneLookup()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, names);
    const QList<std::pair<QString, QString>> people{{QStringLiteral("김하늘"), QStringLiteral("010-1234-5678")},
                                                    {QStringLiteral("김민수"), QStringLiteral("01098765678")},
                                                    {QStringLiteral("Park Jiwoo"), QStringLiteral("010-5555-0001")},
                                                    {QStringLiteral("이서울"), QStringLiteral("021234567")},
                                                    {QStringLiteral("No Phone"), QString()}};
    for (const auto &[name, phone] : people) {
        MADANG_VERIFY_OK(customers().save(Customer{{}, name, phone, {}, {}}));
    }
    auto found = customers().search(typed);
    MADANG_VERIFY_OK(found);
    QStringList got;
    for (const Customer &c : found.value()) {
        got << c.name;
    }
    QCOMPARE(got, names);
}

void TestCustomerRepository::onePhoneOneCustomer()
{
    auto first = customers().save(Customer{{}, QStringLiteral("A"), QStringLiteral("010-1111-2222"), {}, {}});
    MADANG_VERIFY_OK(first);
    const qint64 ops = Outbox::pendingCount(m_store->database().connection()).value();
    auto second = customers().save(Customer{{}, QStringLiteral("B"), QStringLiteral("+821011112222"), {}, {}});
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QCOMPARE(Outbox::pendingCount(m_store->database().connection()).value(), ops);
    auto same = customers().findOrAdd(QStringLiteral("01011112222"), QStringLiteral("ignored"));
    MADANG_VERIFY_OK(same);
    QCOMPARE(same->id, first->id);
    auto added = customers().findOrAdd(QStringLiteral("010-3333-4444"), {});
    MADANG_VERIFY_OK(added);
    QCOMPARE(added->name, QStringLiteral("010-3333-4444"));
}

void TestCustomerRepository::importSharedProfile()
{
    auto first = customers().importSharedProfile(readFile(dataPath(QStringLiteral("shared_profile/hana.json"))));
    MADANG_VERIFY_OK(first);
    QVERIFY(first->customerCreated);
    QCOMPARE(first->fields, 4);
    auto customer = customers().find(first->customerId);
    QCOMPARE(customer.value()->platformId, QStringLiteral("cus_7f3a9c"));
    QCOMPARE(customer.value()->phone, QStringLiteral("+821012345678"));
    const QList<SharedField> fields = customers().sharedProfile(first->customerId).value();
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields.at(3).field, QStringLiteral("preferred_staff"));
    QCOMPARE(fields.at(3).value, QStringLiteral("Mina"));
    QCOMPARE(fields.at(3).scope, QStringLiteral("bookings"));
    QCOMPARE(fields.at(3).consentedAt, QStringLiteral("2026-11-28T10:12:00+09:00"));
    // The same document again changes nothing and finds the same customer.
    auto again = customers().importSharedProfile(readFile(dataPath(QStringLiteral("shared_profile/hana.json"))));
    MADANG_VERIFY_OK(again);
    QVERIFY(!again->customerCreated);
    QCOMPARE(again->customerId, first->customerId);
    QCOMPARE(again->removed, 0);
}

void TestCustomerRepository::revokedFieldsDisappear()
{
    // A customer known by phone at the counter gets linked to the platform on the first import.
    auto local = customers().save(Customer{{}, QStringLiteral("하늘"), QStringLiteral("01012345678"), {}, {}});
    MADANG_VERIFY_OK(local);
    auto first = customers().importSharedProfile(readFile(dataPath(QStringLiteral("shared_profile/hana.json"))));
    MADANG_VERIFY_OK(first);
    QVERIFY(!first->customerCreated);
    QCOMPARE(first->customerId, local->id);
    auto revoked = customers().importSharedProfile(
        readFile(dataPath(QStringLiteral("shared_profile/hana_revoked_playlist.json"))));
    MADANG_VERIFY_OK(revoked);
    QCOMPARE(revoked->removed, 1);
    QCOMPARE(fieldNames(local->id), (QStringList{QStringLiteral("allergies"), QStringLiteral("preferences"),
                                                 QStringLiteral("preferred_staff")}));
    QCOMPARE(queryInt(m_store->database().connection(),
                      QStringLiteral("SELECT count(*) FROM shared_profile WHERE value LIKE '%playlist%'")),
             0);
}

void TestCustomerRepository::badProfileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");

    const QByteArray good = readFile(dataPath(QStringLiteral("shared_profile/hana.json")));
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("wrong format") << QByteArray(good).replace("madang.shared-profile", "other.profile");
    QTest::newRow("wrong version") << QByteArray(good).replace("\"version\": 1", "\"version\": 2");
    QTest::newRow("no platform id") << QByteArray(good).replace("cus_7f3a9c", "");
    QTest::newRow("bad phone") << QByteArray(good).replace("010-1234-5678", "call me");
    QTest::newRow("field twice") << QByteArray(good).replace("\"playlist\"", "\"allergies\"");
    QTest::newRow("bad field name") << QByteArray(good).replace("\"playlist\"", "\"Play List\"");
    QTest::newRow("consent without offset")
        << QByteArray(good).replace("2026-11-29T21:40:00+09:00", "2026-11-29T21:40:00");
    QTest::newRow("consent not a date") << QByteArray(good).replace("2026-11-29T21:40:00+09:00", "yesterday+09:00");
    QTest::newRow("empty value") << QByteArray(good).replace("\"Mina\"", "\"  \"");
    QTest::newRow("no scope") << QByteArray(good).replace("\"scope\": \"bookings\"", "\"scope\": \"\"");
    QTest::newRow("fields not a list") << QByteArray(R"({"format":"madang.shared-profile","version":1,)"
                                                     R"("customer":{"platform_id":"p","name":"n"},"fields":{}})");
}

void TestCustomerRepository::badProfileChangesNothing()
{
    QFETCH(QByteArray, json);

    auto first = customers().importSharedProfile(readFile(dataPath(QStringLiteral("shared_profile/hana.json"))));
    MADANG_VERIFY_OK(first);
    const QSqlDatabase db = m_store->database().connection();
    const QString before = queryString(db, QStringLiteral("SELECT group_concat(field || '=' || value, ';') FROM "
                                                          "shared_profile"));
    const qint64 customersBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM customers"));
    auto imported = customers().importSharedProfile(json);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    QVERIFY2(imported.error().message.startsWith(QStringLiteral("The shared profile was not imported")),
             qPrintable(imported.error().message));
    QCOMPARE(queryString(db, QStringLiteral("SELECT group_concat(field || '=' || value, ';') FROM shared_profile")),
             before);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM customers")), customersBefore);
}

void TestCustomerRepository::profileCannotTakeOverAnotherCustomer()
{
    auto hana = customers().importSharedProfile(readFile(dataPath(QStringLiteral("shared_profile/hana.json"))));
    MADANG_VERIFY_OK(hana);
    const QSqlDatabase db = m_store->database().connection();
    const QString fieldsBefore = queryString(db, QStringLiteral("SELECT group_concat(field || '=' || value || '@' || "
                                                                "scope, ';') FROM shared_profile"));
    const qint64 customersBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 opsBefore = Outbox::pendingCount(db).value();
    // Another platform customer's profile carries 김하늘's number.
    const QByteArray other = R"({"format": "madang.shared-profile", "version": 1,
        "customer": {"platform_id": "cus_phone_conflict", "name": "Someone Else", "phone": "+82 10 1234 5678"},
        "fields": [{"field": "preferred_staff", "value": "Jun", "scope": "bookings",
                    "consented_at": "2026-12-01T09:00:00+09:00"}]})";
    auto imported = customers().importSharedProfile(other);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::Conflict);
    QCOMPARE(imported.error().message,
             QStringLiteral("The shared profile was not imported: the phone number 010-1234-5678 belongs to 김하늘, "
                            "who is linked to another platform customer (cus_7f3a9c)."));
    // 김하늘 keeps her link and everything she shared; nobody was added; nothing was queued.
    auto stillHana = customers().find(hana->customerId);
    QCOMPARE(stillHana.value()->platformId, QStringLiteral("cus_7f3a9c"));
    QCOMPARE(stillHana.value()->name, QStringLiteral("김하늘"));
    QCOMPARE(queryString(db, QStringLiteral("SELECT group_concat(field || '=' || value || '@' || scope, ';') FROM "
                                            "shared_profile")),
             fieldsBefore);
    QCOMPARE(customers().sharedProfile(hana->customerId).value().size(), 4);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM customers")), customersBefore);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM customers WHERE platform_id = 'cus_phone_conflict'")),
             0);
    QCOMPARE(Outbox::pendingCount(db).value(), opsBefore);
}

void TestCustomerRepository::profileLimitsAndCleanText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");

    const QByteArray good = readFile(dataPath(QStringLiteral("shared_profile/hana.json")));
    QTest::newRow("unknown scope") << QByteArray(good).replace("\"scope\": \"bookings\"", "\"scope\": \"marketing\"")
                                   << QStringLiteral("\"preferred_staff\" has the consent scope \"marketing\"; the "
                                                     "known scopes are bookings, visit.");
    QTest::newRow("ESC in a value") << QByteArray(good).replace("\"Mina\"", "\"Mi\\u001b[2Jna\"")
                                    << QStringLiteral("The value of \"preferred_staff\" contains a control character "
                                                      "(U+001B) at position 3.");
    QTest::newRow("RLO in the name")
        << QByteArray(good).replace("김하늘", "abc\\u202eexe.txt")
        << QStringLiteral("The customer's name contains a text direction control (U+202E) at position 4.");
    QTest::newRow("NUL in the platform id") << QByteArray(good).replace("cus_7f3a9c", "cus\\u0000x")
                                            << QStringLiteral("The platform_id contains a control character (U+0000) "
                                                              "at position 4.");
    QTest::newRow("platform id of 65 characters")
        << QByteArray(good).replace("cus_7f3a9c", QByteArray(65, 'c'))
        << QStringLiteral("The platform_id is 65 characters; the maximum is 64.");
    QTest::newRow("name of 81 characters")
        << QByteArray(good).replace("김하늘", QByteArray(81, 'n'))
        << QStringLiteral("The customer's name is 81 characters; the maximum is 80.");
    QTest::newRow("value of 1,001 characters")
        << QByteArray(good).replace("\"Mina\"", "\"" + QByteArray(1001, 'm') + "\"")
        << QStringLiteral("The value of \"preferred_staff\" is 1001 characters; the maximum is 1000.");
    QTest::newRow("value of 40,000 characters")
        << QByteArray(good).replace("\"Mina\"", "\"" + QByteArray(40000, 'm') + "\"")
        << QStringLiteral("The value of \"preferred_staff\" is 40000 characters; the maximum is 1000.");
    QTest::newRow("a phone of 40,000 characters")
        << QByteArray(good).replace("010-1234-5678", QByteArray(40000, '1'))
        << QStringLiteral("The phone number is 40000 characters; the maximum is 32.");
    QByteArray many = R"({"format": "madang.shared-profile", "version": 1,
        "customer": {"platform_id": "cus_many", "name": "Many"}, "fields": [)";
    for (int n = 0; n < 51; ++n) {
        many += (n > 0 ? "," : "") + QByteArray(R"({"field": "f)") + QByteArray::number(n) +
                R"(", "value": "v", "scope": "visit", "consented_at": "2026-12-01T09:00:00+09:00"})";
    }
    many += "]}";
    QTest::newRow("51 fields") << many << QStringLiteral("it lists 51 fields; the maximum is 50.");
}

void TestCustomerRepository::profileLimitsAndCleanText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);

    auto first = customers().importSharedProfile(readFile(dataPath(QStringLiteral("shared_profile/hana.json"))));
    MADANG_VERIFY_OK(first);
    const QSqlDatabase db = m_store->database().connection();
    const QString before = queryString(db, QStringLiteral("SELECT group_concat(field || '=' || value, ';') FROM "
                                                          "shared_profile"));
    const qint64 customersBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 opsBefore = Outbox::pendingCount(db).value();
    auto imported = customers().importSharedProfile(json);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    QCOMPARE(imported.error().message, QStringLiteral("The shared profile was not imported: ") + says);
    QCOMPARE(queryString(db, QStringLiteral("SELECT group_concat(field || '=' || value, ';') FROM shared_profile")),
             before);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM customers")), customersBefore);
    QCOMPARE(Outbox::pendingCount(db).value(), opsBefore);
}

void TestCustomerRepository::customerTextIsClean_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("says");

    QTest::newRow("BEL in the name") << (QStringLiteral("Kim") + QChar(0x07)) << QString()
                                     << QStringLiteral("The customer's name contains a control character (U+0007) at "
                                                       "position 4.");
    QTest::newRow("name of 81 characters")
        << QString(81, QChar(0xAC00)) << QString()
        << QStringLiteral("The customer's name is 81 characters; the maximum is 80.");
    QTest::newRow("notes of 40,000 characters") << QStringLiteral("Kim") << QString(40000, QLatin1Char('n'))
                                                << QStringLiteral("The customer note is 40000 characters; the maximum "
                                                                  "is 500.");
    QTest::newRow("isolate in the notes") << QStringLiteral("Kim") << (QStringLiteral("vip ") + QChar(0x2067))
                                          << QStringLiteral("The customer note contains a text direction control "
                                                            "(U+2067) at position 5.");
}

void TestCustomerRepository::customerTextIsClean()
{
    QFETCH(QString, name);
    QFETCH(QString, notes);
    QFETCH(QString, says);

    const QSqlDatabase db = m_store->database().connection();
    const qint64 customersBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 opsBefore = Outbox::pendingCount(db).value();
    auto saved = customers().save(Customer{{}, name, QStringLiteral("010-2222-3333"), notes, {}});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(saved.error().message, says);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM customers")), customersBefore);
    QCOMPARE(Outbox::pendingCount(db).value(), opsBefore);
    // With clean text of a sane length, the same customer is saved; the notes may span lines.
    MADANG_VERIFY_OK(customers().save(
        Customer{{}, QStringLiteral("김하늘 🌸"), QStringLiteral("010-2222-3333"), QStringLiteral("VIP\n2층"), {}}));
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
