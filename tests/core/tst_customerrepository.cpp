// CustomerRepository: phone numbers stored normalized, search by the last four digits, and the
// consent-scoped shared profile received from the platform (imports that replace, revoke and refuse).
#include "customerrepository.h"
#include "outbox.h"
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
    void displayPhone_data();
    void displayPhone();
    void saveAndSearch();
    void onePhoneOneCustomer();
    void importSharedProfile();
    void revokedFieldsDisappear();
    void badProfileChangesNothing_data();
    void badProfileChangesNothing();

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

void TestCustomerRepository::displayPhone_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("mobile") << "+821012345678"
                            << "010-1234-5678";
    QTest::newRow("Seoul") << "+8221234567"
                           << "02-123-4567";
    QTest::newRow("Seoul 8 digits") << "+82212345678"
                                    << "02-1234-5678";
    QTest::newRow("Busan") << "+82511234567"
                           << "051-123-4567";
    QTest::newRow("odd length") << "+8210123"
                                << "010123";
    QTest::newRow("abroad") << "+14155550100"
                            << "+14155550100";
}

void TestCustomerRepository::displayPhone()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(CustomerRepository::displayPhone(stored), shown);
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

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
