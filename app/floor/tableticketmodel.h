#pragma once

#include "common/viewmodelstatus.h"
#include "floor/kitchen.h"
#include "floor/tableservice.h"
#include "reservations/reservationservice.h"
#include "sales/ticket.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The picked units of the ticket's lines as a ticket of their own, without a tip (what TableService::split
/// takes off the table).
madang::Ticket pickedPart(const madang::Ticket &ticket, const QList<madang::LinePick> &picks);

/// The running ticket of one table: its lines with what the kitchen has of each, adding and changing
/// items (each change is saved at once), sending to the kitchen, the bill, and choosing items to pay
/// separately (picks) or sharing what is left to pay evenly. TablePaymentModel takes the payment.
/// Failures return false and set error.
class TableTicketModel : public QAbstractListModel, public ViewModelStatus<TableTicketModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString tableId READ tableId WRITE setTableId NOTIFY tableIdChanged)
    Q_PROPERTY(QString tableName READ tableName NOTIFY changed)
    Q_PROPERTY(int guests READ guests NOTIFY changed)
    /// "free" (no ticket), "seated", "ordered" or "bill".
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool hasTicket READ hasTicket NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(qint64 totalMinor READ totalMinor NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(QString vatText READ vatText NOTIFY changed)
    /// The deposits of the parties seated here, credited on the bill as its payment does: the amount
    /// ("" without one), whose they are ("이도윤"; "이도윤, 김하늘" after a merge), and what is left to pay.
    Q_PROPERTY(QString depositText READ depositText NOTIFY changed)
    Q_PROPERTY(QString depositGuests READ depositGuests NOTIFY changed)
    Q_PROPERTY(qint64 dueMinor READ dueMinor NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    /// Changes the kitchen has not had yet: new, changed and removed lines.
    Q_PROPERTY(int unsentCount READ unsentCount NOTIFY changed)
    /// Slips sent from this screen, newest first, as the kitchen reads them.
    Q_PROPERTY(QStringList kitchenLog READ kitchenLog NOTIFY kitchenLogChanged)
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY changed)
    Q_PROPERTY(QString pickedTotalText READ pickedTotalText NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// After printBill(): where the bill is printing, or why not.
    Q_PROPERTY(QString billMessage MEMBER m_billMessage NOTIFY billChanged)
    Q_PROPERTY(bool billProblem MEMBER m_billProblem NOTIFY billChanged)

public:
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        NameRole,
        QtyRole,
        OptionsTextRole, ///< "매운맛, 공기밥"
        NoteRole,
        KitchenRole, ///< "new", "changed" or "sent"
        KitchenTextRole,
        TotalTextRole,
        PickedRole, ///< units chosen to pay separately
    };
    Q_ENUM(Role)

    explicit TableTicketModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString tableId() const { return m_tableId; }
    void setTableId(const QString &tableId);
    [[nodiscard]] QString tableName() const { return m_tableName; }
    [[nodiscard]] int guests() const { return m_guests; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] bool hasTicket() const { return m_hasTicket; }
    [[nodiscard]] int count() const { return static_cast<int>(m_ticket.lines.size()); }
    [[nodiscard]] int itemCount() const;
    [[nodiscard]] qint64 totalMinor() const { return m_totals.totalMinor; }
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QString vatText() const;
    [[nodiscard]] qint64 depositCreditMinor() const;
    [[nodiscard]] QString depositText() const;
    [[nodiscard]] QString depositGuests() const;
    [[nodiscard]] qint64 dueMinor() const { return m_totals.totalMinor - depositCreditMinor(); }
    [[nodiscard]] QString dueText() const { return money(dueMinor()); }
    [[nodiscard]] int unsentCount() const;
    [[nodiscard]] QStringList kitchenLog() const { return m_kitchenLog; }
    [[nodiscard]] int pickedCount() const;
    [[nodiscard]] QString pickedTotalText() const;

    /// The ticket as stored, and the picked units as TablePaymentModel takes them: [{lineId, qty}].
    [[nodiscard]] const madang::Ticket &ticket() const { return m_ticket; }
    Q_INVOKABLE QVariantList picks() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError();
    /// One of the item. Items with option groups are not added: modifiersNeeded is emitted instead.
    Q_INVOKABLE bool addItem(const QString &itemId);
    /// The item with options: [{groupId, optionId}], checked against the item's groups.
    Q_INVOKABLE bool addItemWithChoices(const QString &itemId, const QVariantList &choices);
    Q_INVOKABLE bool increment(int row);
    /// One fewer; at 1 the line goes (the kitchen hears of it at the next send).
    Q_INVOKABLE bool decrement(int row);
    Q_INVOKABLE bool setNote(int row, const QString &note);
    /// Sends what changed since the last send. Returns the number of slips (0: nothing new), -1 on error.
    Q_INVOKABLE int sendToKitchen();
    /// Marks the bill printed (the table shows "bill") and queues the guest check (BILL / 계산서, not a
    /// receipt) for the receipt printer; billMessage says where, or why not.
    Q_INVOKABLE bool printBill();
    /// What is left to pay (after the deposits) shared evenly by n guests (largest remainder):
    /// [{label, amountMinor, amountText}].
    Q_INVOKABLE QVariantList shares(int n) const;
    /// Items to pay separately: one unit more or less of a line, all of it, or nothing.
    Q_INVOKABLE bool pickMore(int row);
    Q_INVOKABLE bool pickLess(int row);
    Q_INVOKABLE void clearPicks();

Q_SIGNALS:
    void storeChanged();
    void tableIdChanged();
    void changed();
    void kitchenLogChanged();
    void errorChanged();
    void billChanged();
    /// The item offers options: open the chooser, then call addItemWithChoices().
    void modifiersNeeded(const QString &itemId, const QString &name);

private:
    void afterSale();
    /// Saves next as the table's ticket and shows it; keeps the old one on failure.
    bool commit(madang::Ticket next);
    void show(const madang::Ticket &ticket);
    bool addLine(madang::TicketLine line);
    bool validRow(int row);
    [[nodiscard]] QString kitchenState(const madang::TicketLine &line) const;
    [[nodiscard]] QString money(qint64 minor) const;
    void setBillMessage(const QString &message, bool problem);

    QPointer<AppStore> m_store;
    QString m_tableId;
    QString m_tableName;
    int m_guests = 0;
    QString m_status = QStringLiteral("free");
    bool m_hasTicket = false;
    madang::Ticket m_ticket;
    madang::TicketTotals m_totals;
    madang::KitchenSent m_sent;
    QList<madang::SeatedDeposit> m_deposits; ///< of the parties seated here, as of refresh()
    QHash<QString, qint64> m_picked;         ///< by line id
    QStringList m_kitchenLog;
    QString m_billMessage;
    bool m_billProblem = false;
};
