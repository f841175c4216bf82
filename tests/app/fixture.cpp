#include "fixture.h"

#include "catalog/catalogrepository.h"
#include "demo/demodata.h"
#include "merchant/merchantrepository.h"
#include "printqueue/printqueue.h"
#include "sales/saleservice.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
        auto done = DemoData::setUpTerminal(*store.value(), test::sampleProfile(*v), QStringLiteral("Owner"), demo,
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

QString Fixture::query(AppStore *store, const QString &sql) const
{
    return store == nullptr ? QString() : test::queryString(store->store().database().connection(), sql);
}

bool Fixture::exec(AppStore *store, const QString &sql) const
{
    return store != nullptr && test::execSql(store->store().database().connection(), sql);
}

QVariantMap Fixture::sellDemo(AppStore *store, const QStringList &skus, qint64 cash, qint64 tip)
{
    const auto refused = [](const QString &why) { return QVariantMap{{QStringLiteral("error"), why}}; };
    if (store == nullptr) {
        return refused(QStringLiteral("no store"));
    }
    Store &s = store->store();
    auto profile = s.merchant().profile();
    if (!profile || !profile.value()) {
        return refused(QStringLiteral("the store is not set up"));
    }
    Ticket ticket;
    ticket.currency = profile.value()->currency;
    ticket.pricesIncludeVat = profile.value()->pricesIncludeVat;
    ticket.tipMinor = tip;
    static const QRegularExpression withQty(QStringLiteral("^(.+)x([0-9]+)$"));
    for (const QString &spec : skus) {
        const auto m = withQty.match(spec);
        auto item = s.catalog().findBySku(m.hasMatch() ? m.captured(1) : spec);
        if (!item || !item.value()) {
            return refused(QStringLiteral("no item %1").arg(spec));
        }
        ticket.lines << TicketLine::fromItem(*item.value(), m.hasMatch() ? m.captured(2).toLongLong() : 1);
    }
    auto totals = priceTicket(ticket);
    if (!totals) {
        return refused(totals.error().message);
    }
    const Session *session = store->session();
    const QString staffId = session->signedIn() ? session->staffId() : ownerId(store);
    const QString staffName = session->signedIn() ? session->staffName() : QStringLiteral("Owner");
    auto sale = s.sales().finalize(ticket, {PaymentInput::cash(cash > 0 ? cash : totals.value().totalMinor)},
                                   {staffId, staffName, {}, {}}, m_signer);
    if (!sale) {
        return refused(sale.error().message);
    }
    return {{QStringLiteral("orderId"), sale.value().orderId},
            {QStringLiteral("receipt"), sale.value().receipt},
            {QStringLiteral("totalMinor"), sale.value().totalMinor},
            {QStringLiteral("changeMinor"), sale.value().changeMinor}};
}

QString Fixture::itemIdBySku(AppStore *store, const QString &sku) const
{
    if (store == nullptr) {
        return {};
    }
    auto item = store->store().catalog().findBySku(sku);
    return item && item.value() ? item.value()->id : QString();
}

QVariantMap Fixture::lastJournalBody(AppStore *store) const
{
    if (store == nullptr) {
        return {};
    }
    QSqlQuery q(store->store().database().connection());
    if (!q.exec(QStringLiteral("SELECT body FROM journal ORDER BY seq DESC LIMIT 1")) || !q.next()) {
        return {};
    }
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().toVariantMap();
}

QString Fixture::addPrinter(AppStore *store, const QString &name) const
{
    if (store == nullptr) {
        return {};
    }
    Store &s = store->store();
    PrintQueue queue(s.database(), s.clock(), s.ids());
    PrinterConfig printer;
    printer.name = name;
    printer.kind = QStringLiteral("tcp");
    printer.address = QStringLiteral("127.0.0.1:9100");
    auto id = queue.addPrinter(printer);
    return id ? id.value() : QString();
}
