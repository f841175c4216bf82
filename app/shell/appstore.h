#pragma once

#include "engine/backgroundsync.h"
#include "sales/ticket.h"
#include "shell/session.h"
#include "storage/changefeed.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <initializer_list>
#include <memory>

class PrintService;

namespace madang {
class PinHasher;
class Signer;
class StaffAuth;
class Store;
} // namespace madang

/// The open terminal database as QML sees it: a handle that view-models take as their `store`
/// property, plus change notifications so that screens refresh after anything writes: the database's
/// ChangeFeed says which domains each commit touched, whoever made it (a screen, a worker, later the
/// sync), and AppStore turns them into the per-screen signals below (see routeChanges()).
/// Created once by main.cpp and passed to Main.qml as an initial property.
class AppStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppStore is created by the application")
    Q_PROPERTY(bool setUp READ isSetUp NOTIFY setUpChanged)
    Q_PROPERTY(QString businessName READ businessName NOTIFY profileChanged)
    Q_PROPERTY(QString vertical READ vertical NOTIFY profileChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY profileChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(Session *session READ session CONSTANT)

public:
    /// hasher comes from the device pepper and signer is the device key (both DeviceIdentity); tests pass
    /// a hasher with a test pepper and a fake signer. Both must outlive the AppStore.
    AppStore(madang::Store &store, const madang::PinHasher &hasher, const madang::Signer &signer,
             QObject *parent = nullptr);
    ~AppStore() override;

    [[nodiscard]] madang::Store &store() const { return m_store; }
    [[nodiscard]] const madang::PinHasher &pinHasher() const { return m_hasher; }
    /// Signs journal entries (sales, refunds, closures, reprints) as this terminal.
    [[nodiscard]] const madang::Signer &signer() const { return m_signer; }
    [[nodiscard]] madang::StaffAuth &staffAuth() const { return *m_auth; }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] QString terminalId() const { return m_terminalId; }
    [[nodiscard]] bool isSetUp() const;
    [[nodiscard]] QString businessName() const;
    [[nodiscard]] QString vertical() const;
    [[nodiscard]] QString currency() const;
    [[nodiscard]] QString databasePath() const;

    /// Points a view-model's `store` at next: disconnects it from the old store and connects
    /// refresh to the given change signals of the new one. False if nothing changed.
    template <typename Model>
    static bool rebind(QPointer<AppStore> &current, AppStore *next, Model *model, void (Model::*refresh)(),
                       std::initializer_list<void (AppStore::*)()> changeSignals)
    {
        if (current == next) {
            return false;
        }
        if (current) {
            QObject::disconnect(current, nullptr, model, nullptr);
        }
        current = next;
        if (current) {
            for (const auto signal : changeSignals) {
                QObject::connect(current, signal, model, refresh);
            }
        }
        return true;
    }

    /// The set-up wizard calls this once it has signed the owner in: setUpChanged() swaps the wizard for
    /// the counter, which must not happen at the commit of the set-up (before the sign-in), as a change
    /// from the database would.
    void notifySetUp();
    /// SettingsModel calls this once the display language it saved is applied, so that dates and other
    /// locale-formatted text redraw (profileChanged); the commit of the setting came before that.
    void notifyLanguageChanged();
    /// The booking card's "Check out": the shell shows Checkout, which opens a ticket for the booking.
    Q_INVOKABLE void requestCheckout(const QString &bookingId);
    /// A party was seated: the shell shows the floor with that table's ticket open.
    Q_INVOKABLE void requestTable(const QString &tableId);
    /// An empty ticket in the merchant's currency and VAT mode, to open on a table.
    [[nodiscard]] madang::Ticket blankTicket() const;

    /// The terminal's printing (main.cpp's, or a test's with fake printers); null: nothing prints.
    /// Its queueChanged() is re-emitted as printQueueChanged().
    void setPrintService(PrintService *printing);
    [[nodiscard]] PrintService *printService() const;
    /// The terminal's background sync (main.cpp's); null: the screens show no sync indicator. Its changed() is
    /// re-emitted as syncChanged().
    void setBackgroundSync(madang::sync::BackgroundSync *sync);
    [[nodiscard]] madang::sync::BackgroundSync *backgroundSync() const { return m_sync; }

Q_SIGNALS:
    void setUpChanged();
    void profileChanged();
    void catalogChanged();
    void staffChanged();
    void ordersChanged();
    void bookingsChanged();
    void checkoutRequested(const QString &bookingId);
    void tableRequested(const QString &tableId);
    /// Print jobs were queued, printed, failed, retried or cancelled, or printers changed.
    void printQueueChanged();
    /// A sync round started or ended (BackgroundSync::changed).
    void syncChanged();

private:
    /// Emits the signals of the screens that show what the commit changed.
    void routeChanges(madang::ChangeFeed::Domains domains);

    madang::Store &m_store;
    const madang::PinHasher &m_hasher;
    const madang::Signer &m_signer;
    QString m_terminalId;
    std::unique_ptr<madang::StaffAuth> m_auth;
    std::unique_ptr<Session> m_session;
    QPointer<PrintService> m_printing;
    QPointer<madang::sync::BackgroundSync> m_sync;
};
