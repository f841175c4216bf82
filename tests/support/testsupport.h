#pragma once

// Shared helpers for the Madang tests: result checks, fixture paths, temporary stores and SQL peeks.

#include "base/error.h"
#include "catalog/catalog.h"
#include "fakeclock.h"
#include "merchant/merchant.h"
#include "testpaths.h"
#include "workflows/store.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(madang::ErrorCode)
Q_DECLARE_METATYPE(madang::Vertical)

namespace madang {
/// "DiskFull", "Locked", ...
const char *errorCodeName(ErrorCode code);
/// Found by QCOMPARE through argument-dependent lookup, so failures print the code by name.
char *toString(ErrorCode code);
} // namespace madang

namespace madang::test {

/// "ok" or "<Code>: <message>", for failure messages.
template <typename T> QByteArray describe(const Result<T> &result)
{
    if (result.ok()) {
        return QByteArrayLiteral("ok");
    }
    return QByteArray(errorCodeName(result.error().code)) + ": " + result.error().message.toUtf8();
}

/// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
/// Whole file, or an empty array if it cannot be read.
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);
/// SHA-256 of a file's bytes, to show that something did not touch it.
QByteArray fileHash(const QString &path);

/// First column of the first row, or -1 (and a warning) when the query fails.
qint64 queryInt(const QSqlDatabase &db, const QString &sql);
QString queryString(const QSqlDatabase &db, const QString &sql);
/// Runs one statement; on failure returns false and the driver's message in *error.
bool execSql(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);
/// Names of the user tables, sorted.
QStringList tableNames(const QSqlDatabase &db);

/// A valid profile (KRW unless told otherwise).
MerchantProfile sampleProfile(Vertical vertical = Vertical::Restaurant,
                              const QString &currency = QStringLiteral("KRW"));
CatalogItem makeItem(const QString &sku, const QString &name, qint64 priceMinor, const QString &category = {},
                     const QString &barcode = {});

/// A store in a fresh file inside dir; the clock must outlive it.
Result<std::unique_ptr<Store>> openStore(const QTemporaryDir &dir, const Clock &clock,
                                         const QString &fileName = QStringLiteral("madang.db"));
/// Same, then set up with sampleProfile(vertical, currency) and no demo data.
Result<std::unique_ptr<Store>> openSetUpStore(const QTemporaryDir &dir, const Clock &clock,
                                              Vertical vertical = Vertical::Restaurant,
                                              const QString &currency = QStringLiteral("KRW"));

} // namespace madang::test

/// Fails the test with the error's code and message unless expr (a Result or Status) is ok.
/// expr is evaluated once.
#define MADANG_VERIFY_OK(expr)                                                                                         \
    do {                                                                                                               \
        const auto &madangResult_ = (expr);                                                                            \
        QVERIFY2(madangResult_.ok(), ::madang::test::describe(madangResult_).constData());                             \
    } while (false)

/// Fails the test unless expr is an error with the given ErrorCode. expr is evaluated once.
#define MADANG_VERIFY_ERROR(expr, expectedCode)                                                                        \
    do {                                                                                                               \
        const auto &madangResult_ = (expr);                                                                            \
        QVERIFY2(!madangResult_.ok(), "expected an error, got ok");                                                    \
        QCOMPARE(madangResult_.error().code, expectedCode);                                                            \
    } while (false)
