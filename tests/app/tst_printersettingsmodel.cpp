// Settings → Printers: adding printers (what the print queue refuses is shown as addError and nothing is
// added), on/off, fallback, the receipt printer and automatic receipts, a test page, and owners and
// managers only.
#include "printing/printersettingsmodel.h"
#include "printingfixture.h"
#include "shell/session.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QSignalSpy>
#include <QTest>

using namespace madang;

class TestPrinterSettingsModel : public QObject
{
    Q_OBJECT

private slots:
    void refusesBadInput_data();
    void refusesBadInput();
    void addsAndChoosesTheReceiptPrinter();
    void onOffFallbackAndAutoReceipt();
    void testPrintQueuesATestPage_data();
    void testPrintQueuesATestPage();
    void staffCannotChangePrinters();
    void editIsAllOrNothing();
};

void TestPrinterSettingsModel::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<QString>("expected"); // a part of the message

    QTest::newRow("empty name") << "  "
                                << "tcp"
                                << "192.168.0.50" << 80 << "needs a name";
    QTest::newRow("port out of range") << "Counter"
                                       << "tcp"
                                       << "host:99999" << 80 << "bad port";
    QTest::newRow("60 mm roll") << "Counter"
                                << "tcp"
                                << "192.168.0.50" << 60 << "58 or 80 mm";
    QTest::newRow("no host") << "Counter"
                             << "tcp"
                             << ":9100" << 80 << "has no host";
    QTest::newRow("serial speed") << "Counter"
                                  << "serial"
                                  << "/dev/ttyUSB0@fast" << 80 << "bad speed";
    QTest::newRow("pdf without folder") << "Archive"
                                        << "pdf"
                                        << "" << 80 << "needs a folder";
    QTest::newRow("unknown kind") << "Counter"
                                  << "laser"
                                  << "192.168.0.50" << 80 << "unknown kind";
}

void TestPrinterSettingsModel::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, address);
    QFETCH(int, widthMm);
    QFETCH(QString, expected);

    PrintingFixture f;
    QVERIFY(f.ok());
    PrinterSettingsModel model;
    model.setStore(&f.app());
    QVERIFY(model.available());
    QCOMPARE(model.count(), 0);
    QSignalSpy errors(&model, &PrinterSettingsModel::addErrorChanged);
    QVERIFY(!model.addPrinter(name, kind, address, widthMm, {}));
    QVERIFY2(model.addError().contains(expected), qPrintable(model.addError()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.receiptPrinterId(), QString());
    model.clearAddError();
    QCOMPARE(model.addError(), QString());
}

void TestPrinterSettingsModel::addsAndChoosesTheReceiptPrinter()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    PrinterSettingsModel model;
    model.setStore(&f.app());
    QVERIFY2(model.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("192.168.0.50"), 80, {}),
             qPrintable(model.addError()));
    QCOMPARE(model.count(), 1);
    const QString counter = model.data(model.index(0), PrinterSettingsModel::PrinterIdRole).toString();
    QCOMPARE(model.receiptPrinterId(), counter); // the first printer prints receipts
    QCOMPARE(model.data(model.index(0), PrinterSettingsModel::ReceiptPrinterRole).toBool(), true);
    QCOMPARE(model.data(model.index(0), PrinterSettingsModel::AddressRole).toString(), QStringLiteral("192.168.0.50"));
    QCOMPARE(model.data(model.index(0), PrinterSettingsModel::WidthRole).toInt(), 80);

    // A second one with the first as its fallback; a duplicate name is refused.
    QVERIFY(model.addPrinter(QStringLiteral("Kitchen"), QStringLiteral("tcp"), QStringLiteral("192.168.0.51"), 80,
                             counter));
    QCOMPARE(model.count(), 2);
    QVERIFY(
        !model.addPrinter(QStringLiteral("Kitchen"), QStringLiteral("tcp"), QStringLiteral("192.168.0.52"), 80, {}));
    QVERIFY2(model.addError().contains(QStringLiteral("already")), qPrintable(model.addError()));
    QCOMPARE(model.receiptPrinterId(), counter);

    int kitchenRow = model.data(model.index(0), PrinterSettingsModel::NameRole) == QStringLiteral("Kitchen") ? 0 : 1;
    QCOMPARE(model.data(model.index(kitchenRow), PrinterSettingsModel::FallbackNameRole).toString(),
             QStringLiteral("Counter"));
    const QString kitchen = model.data(model.index(kitchenRow), PrinterSettingsModel::PrinterIdRole).toString();
    QVERIFY(model.setReceiptPrinter(kitchen));
    QCOMPARE(model.receiptPrinterId(), kitchen);
    QCOMPARE(f.printing().receiptPrinterId(), kitchen);
    QCOMPARE(model.choices(kitchen).size(), 2); // None and Counter
    QVERIFY(model.setReceiptPrinter({}));
    QCOMPARE(model.receiptPrinterId(), QString());
    QVERIFY(!model.setReceiptPrinter(QStringLiteral("no-such-printer")));
    QVERIFY(model.messageIsProblem());
}

void TestPrinterSettingsModel::onOffFallbackAndAutoReceipt()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    PrinterSettingsModel model;
    model.setStore(&f.app());
    QVERIFY(model.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 80, {}));
    QVERIFY(model.addPrinter(QStringLiteral("Narrow"), QStringLiteral("tcp"), QStringLiteral("127.0.0.2"), 58, {}));
    QVERIFY(model.addPrinter(QStringLiteral("Archive"), QStringLiteral("pdf"), f.folder(), 80, {}));
    const auto idOf = [&](const QString &name) {
        for (int row = 0; row < model.count(); ++row) {
            if (model.data(model.index(row), PrinterSettingsModel::NameRole).toString() == name) {
                return model.data(model.index(row), PrinterSettingsModel::PrinterIdRole).toString();
            }
        }
        return QString();
    };
    QVERIFY(model.setEnabled(idOf(QStringLiteral("Counter")), false));
    QCOMPARE(f.queue().printer(idOf(QStringLiteral("Counter"))).value().enabled, false);
    QVERIFY(model.setEnabled(idOf(QStringLiteral("Counter")), true));
    // A fallback must take the same bytes on the same roll.
    QVERIFY(!model.setFallback(idOf(QStringLiteral("Counter")), idOf(QStringLiteral("Narrow"))));
    QVERIFY(model.messageIsProblem());
    QVERIFY(!model.setFallback(idOf(QStringLiteral("Counter")), idOf(QStringLiteral("Archive"))));
    QVERIFY(!model.setFallback(idOf(QStringLiteral("Counter")), idOf(QStringLiteral("Counter"))));
    QVERIFY(model.autoReceipt());
    QVERIFY(model.setAutoReceipt(false));
    QVERIFY(!model.autoReceipt());
    QVERIFY(!f.printing().autoReceipt());
}

void TestPrinterSettingsModel::testPrintQueuesATestPage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("network 58 mm") << "tcp" << 58 << QByteArray("\x1b\x40", 2);
    QTest::newRow("pdf") << "pdf" << 80 << QByteArray("%PDF");
}

void TestPrinterSettingsModel::testPrintQueuesATestPage()
{
    QFETCH(QString, kind);
    QFETCH(int, widthMm);
    QFETCH(QByteArray, head);
    PrintingFixture f;
    QVERIFY(f.ok());
    PrinterSettingsModel model;
    model.setStore(&f.app());
    QVERIFY(model.addPrinter(QStringLiteral("Counter"), kind,
                             kind == QLatin1String("pdf") ? f.folder() : QStringLiteral("127.0.0.1"), widthMm, {}));
    const QString id = model.data(model.index(0), PrinterSettingsModel::PrinterIdRole).toString();
    QVERIFY2(model.testPrint(id), qPrintable(model.message()));
    QVERIFY2(model.message().contains(QStringLiteral("Counter")), qPrintable(model.message()));
    QVERIFY(!model.messageIsProblem());
    QCOMPARE(f.jobCount(QStringLiteral("test")), 1);
    QCOMPARE(model.data(model.index(0), PrinterSettingsModel::QueuedRole).toLongLong(), 1);
    QCOMPARE(f.printing().drainOnce(), 1);
    QVERIFY(f.log().sentBytes().first().startsWith(head));
    QCOMPARE(model.data(model.index(0), PrinterSettingsModel::QueuedRole).toLongLong(), 0);
}

void TestPrinterSettingsModel::staffCannotChangePrinters()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    f.app().session()->signOut();
    PrinterSettingsModel model;
    model.setStore(&f.app());
    QVERIFY(!model.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 80, {}));
    QVERIFY2(model.addError().contains(QStringLiteral("owners and managers")), qPrintable(model.addError()));
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.setAutoReceipt(false));
    QVERIFY(f.printing().autoReceipt());
}

void TestPrinterSettingsModel::editIsAllOrNothing()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    PrinterSettingsModel model;
    model.setStore(&f.app());
    QVERIFY(model.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("192.168.0.50"), 80, {}));
    QVERIFY(model.addPrinter(QStringLiteral("Narrow"), QStringLiteral("tcp"), QStringLiteral("192.168.0.51"), 58, {}));
    const QString counter = f.queue().listPrinters()->at(0).id;
    const QString narrow = f.queue().listPrinters()->at(1).id;
    // A new address with a fallback of the wrong width: refused as a whole, the address stays.
    QVERIFY(!model.updatePrinter(counter, QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("10.0.0.9"),
                                 80, narrow));
    QVERIFY2(model.addError().contains(QStringLiteral("cannot stand in")), qPrintable(model.addError()));
    QCOMPARE(f.queue().printer(counter)->address, QStringLiteral("192.168.0.50"));
    QCOMPARE(f.queue().printer(counter)->fallbackId, QString());
    // Narrowed to 58 mm in the same edit, the fallback fits.
    QVERIFY2(model.updatePrinter(counter, QStringLiteral("Front"), QStringLiteral("tcp"), QStringLiteral("10.0.0.9"),
                                 58, narrow),
             qPrintable(model.addError()));
    QCOMPARE(f.queue().printer(counter)->name, QStringLiteral("Front"));
    QCOMPARE(f.queue().printer(counter)->fallbackId, narrow);
    QVERIFY(model.addError().isEmpty());
    // The receipt printer (the first one added) is not removed; Narrow stands in for it until unset.
    QVERIFY(!model.removePrinter(counter));
    QVERIFY(!model.removePrinter(narrow));
    QVERIFY2(model.addError().contains(QStringLiteral("Front")), qPrintable(model.addError()));
    QVERIFY(model.setFallback(counter, {}));
    QVERIFY(model.removePrinter(narrow));
    QCOMPARE(model.count(), 1);
}

QTEST_MAIN(TestPrinterSettingsModel)
#include "tst_printersettingsmodel.moc"
