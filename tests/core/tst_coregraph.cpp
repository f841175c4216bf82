// The dependency graph inside core/: each domain folder includes only itself and the folders below it, so
// there is no circle, and core never includes a GUI, QML, network or OpenSSL header (docs/architecture.md).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Lowest first. A folder may include its own files and those of any folder before it in this list.
const QStringList kLayers{
    QStringLiteral("base"),         QStringLiteral("storage"),    QStringLiteral("replication"),
    QStringLiteral("audit"),        QStringLiteral("merchant"),   QStringLiteral("catalog/search"),
    QStringLiteral("catalog"),      QStringLiteral("customers"),  QStringLiteral("sales"),
    QStringLiteral("shifts"),       QStringLiteral("floor"),      QStringLiteral("bookings"),
    QStringLiteral("reservations"), QStringLiteral("printqueue"), QStringLiteral("workflows"),
    QStringLiteral("demo"),
};

QString coreDir()
{
    return QStringLiteral(MADANG_CORE_DIR);
}

/// The folder (layer) of a path relative to core/: its directory, e.g. "catalog/search" or "sales".
QString layerOf(const QString &relativePath)
{
    const int slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : relativePath.left(slash);
}

struct Include
{
    QString file; ///< relative to core/
    int line = 0;
    QString target; ///< as written between the quotes or brackets
    bool quoted = true;
};

QList<Include> includesOf(const QString &folder)
{
    QList<Include> out;
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QDirIterator it(coreDir() + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        const QString relative = QDir(coreDir()).relativeFilePath(path);
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const auto match = include.match(QString::fromUtf8(file.readLine()));
            if (match.hasMatch()) {
                out << Include{relative, line, match.captured(2), match.captured(1) == QLatin1String("\"")};
            }
        }
    }
    return out;
}

} // namespace

class TestCoreGraph : public QObject
{
    Q_OBJECT

private slots:
    void everyFolderIsALayer();
    void includesPointDown_data();
    void includesPointDown();
    void noFrameworkAboveQtCoreAndSql_data();
    void noFrameworkAboveQtCoreAndSql();
};

void TestCoreGraph::everyFolderIsALayer()
{
    QDirIterator it(coreDir(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = QDir(coreDir()).relativeFilePath(it.next());
        const bool hasSources =
            !QDir(it.filePath()).entryList({QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files).isEmpty();
        if (hasSources) {
            QVERIFY2(kLayers.contains(folder), qPrintable(folder + QStringLiteral(" is not in the layer list")));
        }
    }
    QVERIFY2(QDir(coreDir()).entryList({QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files).isEmpty(),
             "core/ keeps its sources in domain folders");
}

void TestCoreGraph::includesPointDown_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &layer : kLayers) {
        QTest::newRow(qPrintable(layer)) << layer;
    }
}

void TestCoreGraph::includesPointDown()
{
    QFETCH(QString, folder);
    const int level = kLayers.indexOf(folder);
    QStringList wrong;
    const QList<Include> includes = includesOf(folder);
    QVERIFY2(!includes.isEmpty(), "every layer has sources that include something");
    for (const Include &inc : includes) {
        if (!inc.quoted) {
            continue;
        }
        const QString target = layerOf(inc.target);
        const int targetLevel = kLayers.indexOf(target);
        if (target.isEmpty() || targetLevel < 0) {
            wrong << QStringLiteral("%1:%2 includes \"%3\", which is not written from core/")
                         .arg(inc.file)
                         .arg(inc.line)
                         .arg(inc.target);
        } else if (targetLevel > level) {
            wrong << QStringLiteral("%1:%2 includes \"%3\" from the higher layer %4")
                         .arg(inc.file)
                         .arg(inc.line)
                         .arg(inc.target, target);
        } else if (!QFile::exists(coreDir() + QLatin1Char('/') + inc.target)) {
            wrong << QStringLiteral("%1:%2 includes \"%3\", which does not exist")
                         .arg(inc.file)
                         .arg(inc.line)
                         .arg(inc.target);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestCoreGraph::noFrameworkAboveQtCoreAndSql_data()
{
    includesPointDown_data();
}

void TestCoreGraph::noFrameworkAboveQtCoreAndSql()
{
    QFETCH(QString, folder);
    static const QRegularExpression forbidden(
        QStringLiteral(R"(^(QtGui|QtQuick|QtQml|QtNetwork|QtWidgets|openssl)/|^Q(Gui|Quick|Qml|Network)|^QImage)"));
    QStringList wrong;
    for (const Include &inc : includesOf(folder)) {
        if (!inc.quoted && forbidden.match(inc.target).hasMatch()) {
            wrong << QStringLiteral("%1:%2 includes <%3>").arg(inc.file).arg(inc.line).arg(inc.target);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCoreGraph)
#include "tst_coregraph.moc"
