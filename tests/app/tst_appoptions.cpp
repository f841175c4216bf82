#include "shell/appoptions.h"

#include <QStandardPaths>
#include <QTest>

class tst_AppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void defaultPathIsUnderAppData();
};

void tst_AppOptions::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("db");
    QTest::addColumn<bool>("smoke");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("vertical");
    QTest::addColumn<QString>("lang");

    const QString m = QStringLiteral("madang");
    QTest::newRow("db and smoke") << QStringList{m, QStringLiteral("--db"), QStringLiteral("/tmp/x.db"),
                                                 QStringLiteral("--smoke")}
                                  << true << QStringLiteral("/tmp/x.db") << true << false << QStringLiteral("salon")
                                  << QString();
    QTest::newRow("demo restaurant") << QStringList{m, QStringLiteral("--demo"), QStringLiteral("--vertical"),
                                                    QStringLiteral("restaurant"), QStringLiteral("--db=/tmp/y.db")}
                                     << true << QStringLiteral("/tmp/y.db") << false << true
                                     << QStringLiteral("restaurant") << QString();
    QTest::newRow("secrets folder") << QStringList{m, QStringLiteral("--secrets"), QStringLiteral("/tmp/keys"),
                                                   QStringLiteral("--db"), QStringLiteral("b.db")}
                                    << true << QStringLiteral("b.db") << false << false << QStringLiteral("salon")
                                    << QString();
    QTest::newRow("korean") << QStringList{m, QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--db"),
                                           QStringLiteral("a.db")}
                            << true << QStringLiteral("a.db") << false << false << QStringLiteral("salon")
                            << QStringLiteral("ko");
    QTest::newRow("bad vertical") << QStringList{m, QStringLiteral("--vertical"), QStringLiteral("spa")} << false
                                  << QString() << false << false << QString() << QString();
    QTest::newRow("bad lang") << QStringList{m, QStringLiteral("--lang"), QStringLiteral("fr")} << false << QString()
                              << false << false << QString() << QString();
    QTest::newRow("unknown option") << QStringList{m, QStringLiteral("--dbx"), QStringLiteral("a")} << false
                                    << QString() << false << false << QString() << QString();
    QTest::newRow("stray word") << QStringList{m, QStringLiteral("a.db")} << false << QString() << false << false
                                << QString() << QString();
    QTest::newRow("db without value") << QStringList{m, QStringLiteral("--db")} << false << QString() << false << false
                                      << QString() << QString();
}

void tst_AppOptions::parse()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    const AppOptions options = AppOptions::parse(args);
    QCOMPARE(options.error.isEmpty(), ok);
    if (!ok) {
        return;
    }
    QFETCH(QString, db);
    QFETCH(bool, smoke);
    QFETCH(bool, demo);
    QFETCH(QString, vertical);
    QFETCH(QString, lang);
    QCOMPARE(options.databasePath, db);
    QCOMPARE(options.smoke, smoke);
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.demoVertical, vertical);
    QCOMPARE(options.language, lang);
}

void tst_AppOptions::defaultPathIsUnderAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const AppOptions options = AppOptions::parse({QStringLiteral("madang")});
    QVERIFY(options.error.isEmpty());
    QVERIFY(options.databasePath.endsWith(QStringLiteral("/madang.db")));
    QVERIFY(options.databasePath.contains(QStringLiteral("qttest")));
    QVERIFY(options.secretsRoot.endsWith(QStringLiteral("/madang/secrets")));
}

QTEST_GUILESS_MAIN(tst_AppOptions)
#include "tst_appoptions.moc"
