#include "fixture.h"

#include "demodata.h"
#include "store.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace madang;

Fixture::Fixture(QObject *parent) : QObject(parent) {}

Fixture::~Fixture() = default;

AppStore *Fixture::freshStore(const QString &vertical, bool demo)
{
    const QString path = m_dir.filePath(QStringLiteral("store%1.db").arg(m_next++));
    auto store = Store::open(path, Database::Mode::ReadWrite, m_clock);
    if (!store) {
        qWarning("Fixture: %s", qPrintable(store.error().message));
        return nullptr;
    }
    if (const auto v = verticalFromString(vertical)) {
        auto done = store.value()->setUp(test::sampleProfile(*v), QStringLiteral("Owner"), demo,
                                         testHasher().hash(ownerPin()).value());
        if (!done) {
            qWarning("Fixture: %s", qPrintable(done.error().message));
            return nullptr;
        }
    }
    m_stores.push_back(std::move(store).value());
    return new AppStore(*m_stores.back(), testHasher(), m_signer, this);
}

int Fixture::rowCount(AppStore *store, const QString &table) const
{
    if (store == nullptr) {
        return -1;
    }
    return static_cast<int>(
        test::queryInt(store->store().database().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)));
}

QString Fixture::ownerId(AppStore *store) const
{
    if (store == nullptr) {
        return {};
    }
    return test::queryString(store->store().database().connection(),
                             QStringLiteral("SELECT id FROM staff WHERE role = 'owner' ORDER BY created_at LIMIT 1"));
}

const PinHasher &Fixture::testHasher()
{
    static const PinHasher hasher(QByteArray(32, 'p'), 1000);
    return hasher;
}

QString Fixture::lastStaffId(AppStore *store) const
{
    if (store == nullptr) {
        return {};
    }
    return test::queryString(store->store().database().connection(),
                             QStringLiteral("SELECT id FROM staff ORDER BY created_at DESC, rowid DESC LIMIT 1"));
}
