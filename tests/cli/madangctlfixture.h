// madangctl driven as a script or an auditor would: the real binary, its exit codes, stdout and stderr.
#pragma once

#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The items of `catalog list --json`, by sku.
inline QHash<QString, QJsonObject> bySku(const QJsonArray &items)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue &v : items) {
        map.insert(v.toObject().value(QStringLiteral("sku")).toString(), v.toObject());
    }
    return map;
}

/// Shared set-up and helpers of the TestMadangctl tests.
class MadangctlFixture
{
protected:
    void setUp();
    void tearDown();

    Run ctl(const QStringList &args);
    QString db() const { return m_dir->filePath(QStringLiteral("terminal.db")); }
    QStringList withDb(const QStringList &args) const { return QStringList{QStringLiteral("--db"), db()} + args; }
    bool initRestaurant(bool demo = false);
    QJsonArray listJson(const QStringList &extra = {});
    QJsonObject checkJson(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    /// Set in madangctl's environment on top of the test's own (TZ, say).
    QHash<QString, QString> m_env;
};
