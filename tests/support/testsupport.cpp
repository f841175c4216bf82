#include "testsupport.h"

#include "workflows/setup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace madang {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "InvalidInput";
    case ErrorCode::NotFound:
        return "NotFound";
    case ErrorCode::Conflict:
        return "Conflict";
    case ErrorCode::Overflow:
        return "Overflow";
    case ErrorCode::CurrencyMismatch:
        return "CurrencyMismatch";
    case ErrorCode::Storage:
        return "Storage";
    case ErrorCode::DiskFull:
        return "DiskFull";
    case ErrorCode::Locked:
        return "Locked";
    case ErrorCode::SchemaTooNew:
        return "SchemaTooNew";
    case ErrorCode::MigrationFailed:
        return "MigrationFailed";
    case ErrorCode::Io:
        return "Io";
    case ErrorCode::WrongPin:
        return "WrongPin";
    case ErrorCode::RetryLater:
        return "RetryLater";
    case ErrorCode::LockedOut:
        return "LockedOut";
    case ErrorCode::Forbidden:
        return "Forbidden";
    case ErrorCode::Expired:
        return "Expired";
    case ErrorCode::AlreadyUsed:
        return "AlreadyUsed";
    }
    return "?";
}

char *toString(ErrorCode code)
{
    return qstrdup(errorCodeName(code));
}

} // namespace madang

namespace madang::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(MADANG_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s: %s", qPrintable(path), qPrintable(f.errorString()));
        return {};
    }
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

qint64 queryInt(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString queryString(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0).toString();
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error != nullptr) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

QStringList tableNames(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY name"))) {
        while (q.next()) {
            names << q.value(0).toString();
        }
    }
    return names;
}

MerchantProfile sampleProfile(Vertical vertical, const QString &currency)
{
    MerchantProfile p;
    p.name = QStringLiteral("테스트 가게 (Test Shop)");
    p.vertical = vertical;
    p.currency = currency;
    p.businessRegistrationNumber = QStringLiteral("123-45-67890");
    return p;
}

CatalogItem makeItem(const QString &sku, const QString &name, qint64 priceMinor, const QString &category,
                     const QString &barcode)
{
    CatalogItem item;
    item.sku = sku;
    item.name = name;
    item.priceMinor = priceMinor;
    item.categoryName = category;
    item.barcode = barcode;
    return item;
}

Result<std::unique_ptr<Store>> openStore(const QTemporaryDir &dir, const Clock &clock, const QString &fileName)
{
    if (!dir.isValid()) {
        return makeError(ErrorCode::Io, QStringLiteral("the temporary folder could not be created"));
    }
    return Store::open(dir.filePath(fileName), Database::Mode::ReadWrite, clock);
}

Result<std::unique_ptr<Store>> openSetUpStore(const QTemporaryDir &dir, const Clock &clock, Vertical vertical,
                                              const QString &currency)
{
    auto store = openStore(dir, clock);
    if (!store) {
        return store;
    }
    if (auto owner = Setup(*store.value()).run(sampleProfile(vertical, currency), QStringLiteral("김사장")); !owner) {
        return owner.error();
    }
    return store;
}

} // namespace madang::test
