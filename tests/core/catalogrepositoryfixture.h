// CatalogRepository: create/update with outbox ops, conflicts, search (Latin, Hangul, initials), bulk upsert.
#pragma once

#include "base/uuid7.h"
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

struct Counts
{
    qint64 items = 0;
    qint64 categories = 0;
    qint64 outbox = 0;
    qint64 indexed = 0;
    bool operator==(const Counts &o) const
    {
        return items == o.items && categories == o.categories && outbox == o.outbox && indexed == o.indexed;
    }
};
inline char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("items=%1 categories=%2 outbox=%3 indexed=%4")
                       .arg(c.items)
                       .arg(c.categories)
                       .arg(c.outbox)
                       .arg(c.indexed)
                       .toUtf8()
                       .constData());
}

/// Shared set-up and helpers of the TestCatalogRepository tests.
class CatalogRepositoryFixture
{
protected:
    void setUp();
    void tearDown();

    CatalogRepository &catalog() { return m_store->catalog(); }
    QSqlDatabase conn() { return m_store->database().connection(); }
    Counts counts();
    QList<OutboxOp> ops(const QString &name);
    void addSearchFixture();
    QStringList skus(const QString &query, int limit = 200);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};
