#pragma once

#include "fakeclock.h"
#include "fakesigner.h"
#include "pinhasher.h"
#include "shell/appstore.h"

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

namespace madang {
class Store;
}

/// Test-only QML singleton: each call makes a store in its own new database file.
class Fixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Fixture(QObject *parent = nullptr);
    ~Fixture() override;

    /// vertical "" leaves the terminal un-set-up (for the wizard); otherwise it is set up, with
    /// demo data when demo is true, and the owner's PIN is ownerPin().
    Q_INVOKABLE AppStore *freshStore(const QString &vertical, bool demo);
    /// Rows in a table of the store's database, to check what a view-model wrote.
    Q_INVOKABLE int rowCount(AppStore *store, const QString &table) const;
    Q_INVOKABLE static QString ownerPin() { return QStringLiteral("1234"); }
    /// Moves the stores' shared fake clock.
    Q_INVOKABLE void advanceClock(int secs) { m_clock.advanceSecs(secs); }
    /// The owner's staff id in a set-up store.
    Q_INVOKABLE QString ownerId(AppStore *store) const;
    /// The most recently created staff member's id.
    Q_INVOKABLE QString lastStaffId(AppStore *store) const;
    /// The first column of the first row of an SQL query, as text: what a test checks in the database.
    Q_INVOKABLE QString query(AppStore *store, const QString &sql) const;
    /// Runs an SQL statement that returns nothing (a test sets up a case the screens cannot make); false on error.
    Q_INVOKABLE bool exec(AppStore *store, const QString &sql) const;
    /// Sells skus ("M-KIMCHI" or "M-KIMCHIx2") paid in cash (0: the exact total) with an optional tip, as the
    /// signed-in staff member (or the owner), like the Checkout screen does; the database reports the sale
    /// (ordersChanged).
    /// Returns {orderId, receipt, totalMinor, changeMinor}, or {error} when the sale is refused.
    Q_INVOKABLE QVariantMap sellDemo(AppStore *store, const QStringList &skus, qint64 cash, qint64 tip = 0);
    /// The id of the catalog item with this sku, or empty.
    Q_INVOKABLE QString itemIdBySku(AppStore *store, const QString &sku) const;
    /// The body of the newest journal entry (a sale's lines, payments, approver_id…), or an empty map.
    Q_INVOKABLE QVariantMap lastJournalBody(AppStore *store) const;
    /// Adds a tcp (ESC/POS) printer named name to the store's print queue; returns its id or empty.
    Q_INVOKABLE QString addPrinter(AppStore *store, const QString &name) const;
    /// A fast hasher (1,000 iterations) with a fixed test pepper: the real count is tested in tst_pinhasher.
    static const madang::PinHasher &testHasher();

private:
    QTemporaryDir m_dir;
    madang::test::FakeClock m_clock;
    madang::test::FakeSigner m_signer;
    std::vector<std::unique_ptr<madang::Store>> m_stores;
    int m_next = 0;
};
