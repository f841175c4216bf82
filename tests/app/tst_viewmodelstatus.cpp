// ViewModelStatus: setError/fail/succeeded set a view-model's error and emit errorChanged only on a change;
// ViewModelMessages::noDatabase is the one "No terminal database is open.".
#include "common/viewmodelstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace madang;

/// A view-model as the real ones use the helper.
class StatusModel : public QObject, public ViewModelStatus<StatusModel>
{
    Q_OBJECT
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    using ViewModelStatus::fail;
    using ViewModelStatus::failNoDatabase;
    using ViewModelStatus::setError;
    using ViewModelStatus::succeeded;

Q_SIGNALS:
    void errorChanged();
};

class tst_ViewModelStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data();
    void steps();
    void noDatabase();
};

void tst_ViewModelStatus::steps_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("returned");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("emitted");

    const QString refused = QStringLiteral("Refused.");
    QTest::newRow("fail shows the message") << QString() << QStringLiteral("fail") << false << refused << 1;
    QTest::newRow("fail with the same message again") << refused << QStringLiteral("fail") << false << refused << 0;
    QTest::newRow("failed status shows its message")
        << QString() << QStringLiteral("failedStatus") << false << refused << 1;
    QTest::newRow("ok status clears") << refused << QStringLiteral("okStatus") << true << QString() << 1;
    QTest::newRow("ok status with nothing shown") << QString() << QStringLiteral("okStatus") << true << QString() << 0;
    QTest::newRow("setError replaces") << refused << QStringLiteral("setOther") << true << QStringLiteral("Other.")
                                       << 1;
    QTest::newRow("no database") << QString() << QStringLiteral("noDatabase") << false
                                 << QStringLiteral("No terminal database is open.") << 1;
}

void tst_ViewModelStatus::steps()
{
    QFETCH(QString, before);
    QFETCH(QString, step);
    QFETCH(bool, returned);
    QFETCH(QString, after);
    QFETCH(int, emitted);

    StatusModel model;
    model.setError(before);
    QSignalSpy changed(&model, &StatusModel::errorChanged);
    bool result = true;
    if (step == QLatin1String("fail")) {
        result = model.fail(QStringLiteral("Refused."));
    } else if (step == QLatin1String("failedStatus")) {
        result = model.succeeded(makeError(ErrorCode::InvalidInput, QStringLiteral("Refused.")));
    } else if (step == QLatin1String("okStatus")) {
        result = model.succeeded(Done{});
    } else if (step == QLatin1String("setOther")) {
        model.setError(QStringLiteral("Other."));
    } else if (step == QLatin1String("noDatabase")) {
        result = model.failNoDatabase();
    }
    QCOMPARE(result, returned);
    QCOMPARE(model.error(), after);
    QCOMPARE(model.property("error").toString(), after);
    QCOMPARE(changed.count(), emitted);
}

void tst_ViewModelStatus::noDatabase()
{
    QCOMPARE(ViewModelMessages::noDatabase(), QStringLiteral("No terminal database is open."));
}

QTEST_GUILESS_MAIN(tst_ViewModelStatus)
#include "tst_viewmodelstatus.moc"
