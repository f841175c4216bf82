#include "shell/syncstatusmodel.h"

#include "replication/opregistry.h"
#include "replication/outbox.h"
#include "replication/platformlink.h"
#include "storage/database.h"
#include "workflows/store.h"

#include <QDateTime>
#include <QLocale>
#include <QVariantMap>

SyncStatusModel::SyncStatusModel(QObject *parent) : QObject(parent) {}

void SyncStatusModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &SyncStatusModel::changed, {&AppStore::syncChanged})) {
        emit storeChanged();
        emit changed();
    }
}

const madang::sync::BackgroundSync::Snapshot *SyncStatusModel::snapshot() const
{
    return m_store && m_store->backgroundSync() ? &m_store->backgroundSync()->snapshot() : nullptr;
}

bool SyncStatusModel::paired() const
{
    return snapshot() != nullptr && snapshot()->paired;
}

bool SyncStatusModel::online() const
{
    return snapshot() != nullptr && snapshot()->online;
}

bool SyncStatusModel::running() const
{
    return snapshot() != nullptr && snapshot()->running;
}

int SyncStatusModel::pending() const
{
    return snapshot() != nullptr ? static_cast<int>(snapshot()->pending) : 0;
}

int SyncStatusModel::needsAttention() const
{
    return snapshot() != nullptr ? static_cast<int>(snapshot()->needsAttention) : 0;
}

QString SyncStatusModel::lastSyncText() const
{
    if (snapshot() == nullptr || snapshot()->lastSyncAt.isEmpty()) {
        return {};
    }
    const QDateTime at = QDateTime::fromString(snapshot()->lastSyncAt, Qt::ISODateWithMs).toLocalTime();
    return at.isValid() ? QLocale().toString(at.time(), QStringLiteral("HH:mm")) : QString();
}

QString SyncStatusModel::problem() const
{
    return snapshot() != nullptr ? snapshot()->problem : QString();
}

QString SyncStatusModel::headline() const
{
    if (!paired()) {
        return {};
    }
    const int waiting = pending();
    if (!online() && !problem().isEmpty()) {
        return waiting > 0 ? tr("Offline · %n waiting to upload", nullptr, waiting) : tr("Offline");
    }
    if (waiting > 0) {
        return tr("%n waiting to upload", nullptr, waiting);
    }
    const QString last = lastSyncText();
    return last.isEmpty() ? tr("Connecting…") : tr("Synced %1").arg(last);
}

QString SyncStatusModel::tone() const
{
    if (!online() && !problem().isEmpty()) {
        return QStringLiteral("offline");
    }
    return pending() > 0 || running() ? QStringLiteral("busy") : QStringLiteral("ok");
}

QString SyncStatusModel::problemText() const
{
    if (problem().isEmpty()) {
        return {};
    }
    return online() ? tr("The last round did not finish; it is tried again.")
                    : tr("The platform could not be reached. Everything waits on this terminal and goes up later.");
}

QString SyncStatusModel::kindOf(const QString &op)
{
    const madang::OpSpec *spec = madang::OpRegistry::find(op);
    const QString domain = spec != nullptr ? QString(spec->domain) : QString();
    if (domain == QLatin1String("sales")) {
        return tr("A sale");
    }
    if (domain == QLatin1String("shifts")) {
        return tr("A shift");
    }
    if (domain == QLatin1String("merchant")) {
        return tr("The shop's details or staff");
    }
    if (domain == QLatin1String("catalog")) {
        return tr("The menu");
    }
    if (domain == QLatin1String("customers")) {
        return tr("A customer");
    }
    if (domain == QLatin1String("bookings")) {
        return tr("Bookings and staff hours");
    }
    if (domain == QLatin1String("reservations")) {
        return tr("Reservations and the waitlist");
    }
    return tr("A change this terminal does not know");
}

QString SyncStatusModel::platformText() const
{
    return m_platformText;
}

void SyncStatusModel::refresh()
{
    m_attention.clear();
    m_platformText.clear();
    if (!m_store) {
        emit attentionChanged();
        return;
    }
    const QSqlDatabase db = m_store->store().database().connection();
    if (auto link = madang::PlatformLink::read(db); link && link->has_value()) {
        m_platformText =
            tr("%1 as terminal %2 · %3").arg(link->value().merchantName, link->value().terminalId, link->value().url);
    }
    if (auto refused = madang::Outbox::refused(db); refused) {
        for (const madang::OutboxOp &op : refused.value()) {
            m_attention << QVariantMap{
                {QStringLiteral("what"), kindOf(op.op)},
                {QStringLiteral("reason"), tr("The platform did not take this change. It stays on this terminal.")},
                {QStringLiteral("detail"), op.lastError}};
        }
    }
    if (auto pulled = madang::PlatformLink::attention(db); pulled) {
        for (const madang::AttentionRow &row : pulled.value()) {
            m_attention << QVariantMap{
                {QStringLiteral("what"), kindOf(row.op)},
                {QStringLiteral("reason"), tr("A change from terminal %1 could not be applied here.").arg(row.origin)},
                {QStringLiteral("detail"), row.reason}};
        }
    }
    emit attentionChanged();
    emit changed();
}

void SyncStatusModel::syncNow()
{
    if (m_store && m_store->backgroundSync()) {
        m_store->backgroundSync()->start();
    }
}
