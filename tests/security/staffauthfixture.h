// StaffAuth: PIN sign-in, escalating delays and lockout (also across a restart), unlock, staff management
// permissions, single-use approvals, the discount setting, and the audit trail that all of it leaves.
// PINs are hashed with 1000 iterations so the suite stays fast. Every test ends (in cleanup) by checking that
// the audit chain verifies and that no PIN, PIN hash or approval token shows up in the audit trail or the outbox.
#pragma once

#include "audit/auditlog.h"
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "pinhasher.h"
#include "replication/outbox.h"
#include "staffauth.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <utility>

using namespace madang;
using namespace madang::test;

constexpr int kTestIterations = 1000;
// Six digits, so they cannot turn up by chance in ids or times when the trail is searched for them.
const QString kOwnerPin = QStringLiteral("918273");
const QString kManagerPin = QStringLiteral("564738");
const QString kStaffPin = QStringLiteral("102938");
const QString kWrongPin = QStringLiteral("777111");

/// Shared set-up and helpers of the TestStaffAuth tests.
class StaffAuthFixture
{
protected:
    void setUp();
    void tearDown();

    StaffAuth &auth() { return *m_auth; }
    QSqlDatabase conn() { return m_store->database().connection(); }
    qint64 count(const QString &sql) { return queryInt(conn(), sql); }
    qint64 auditCount(QLatin1String action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit WHERE action = '%1'").arg(action));
    }
    StaffAccount account(const QString &id)
    {
        auto a = auth().account(id);
        return a ? a.value() : StaffAccount{};
    }
    void reopen();
    void lockOut(const QString &staffId);
    void checkTrail();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<PinHasher> m_hasher;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StaffAuth> m_auth;
    QString m_owner;
    QString m_manager;
    QString m_staff;
    QStringList m_tokens; ///< every token issued, to search the trail for
};
