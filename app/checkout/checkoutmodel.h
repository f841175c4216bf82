#pragma once

#include "common/ticketlinemodel.h"
#include "common/viewmodelstatus.h"
#include "sales/ticket.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The open ticket at the counter: lines, options, notes, discounts, tip, totals with VAT per rate,
/// and tickets on hold. Nothing here is written to the ledgers; PaymentModel finalizes the sale.
///
/// Discounts take percent in basis points (1000 = 10%) and amounts in minor units. A discount above the
/// merchant's limit (StaffAuth::discountApprovalPercent) is held back and approvalNeeded is emitted; a
/// manager's token for approvalAction/approvalRecord, passed to approveDiscount(), applies it.
/// Failures never throw: they return false and set error.
class CheckoutModel : public QObject, public ViewModelStatus<CheckoutModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(TicketLineModel *lines READ lines CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(QString currency READ currency NOTIFY changed)
    /// Digits after the decimal point in the currency (KRW 0): amounts typed in major units × 10^minorDigits.
    Q_PROPERTY(int minorDigits READ minorDigits NOTIFY changed)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    Q_PROPERTY(QString orderDiscountText READ orderDiscountText NOTIFY changed)
    Q_PROPERTY(QString orderDiscountKind READ orderDiscountKind NOTIFY changed)
    Q_PROPERTY(qint64 orderDiscountValue READ orderDiscountValue NOTIFY changed)
    Q_PROPERTY(QVariantList vatLines READ vatLines NOTIFY changed)
    Q_PROPERTY(bool vatIncluded READ vatIncluded NOTIFY changed)
    Q_PROPERTY(QString tipText READ tipText NOTIFY changed)
    Q_PROPERTY(int tipPercent READ tipPercent NOTIFY changed)
    Q_PROPERTY(QVariantList tipPresets READ tipPresets CONSTANT)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(qint64 totalMinor READ totalMinor NOTIFY changed)
    Q_PROPERTY(int discountApprovalPercent READ discountApprovalPercent NOTIFY changed)
    Q_PROPERTY(bool approvalPending READ approvalPending NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalAction READ approvalAction CONSTANT)
    Q_PROPERTY(QString approvalRecord READ approvalRecord NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalSubject READ approvalSubject NOTIFY approvalChanged)
    Q_PROPERTY(QVariantList parkedTickets READ parkedTickets NOTIFY parkedChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// Checking out a booking: "김하늘 · Mina", and its deposit, credited at payment: depositCreditMinor is
    /// what of it this ticket takes (at most its total), depositText that amount ("" without a credit).
    Q_PROPERTY(QString bookingText READ bookingText NOTIFY changed)
    Q_PROPERTY(qint64 depositMinor READ depositMinor NOTIFY changed)
    Q_PROPERTY(qint64 depositCreditMinor READ depositCreditMinor NOTIFY changed)
    Q_PROPERTY(QString depositText READ depositText NOTIFY changed)
    /// What is left to pay: the total less the deposit credited. The total line, the Pay button and the
    /// payment all show this one figure.
    Q_PROPERTY(qint64 dueMinor READ dueMinor NOTIFY changed)
    // The customer the ticket is rung up for: "김하늘 · 010-1234-5678", empty for none (checkoutcustomer.cpp).
    Q_PROPERTY(QString customerId READ customerId NOTIFY changed)
    Q_PROPERTY(QString customerText READ customerText NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)

public:
    static inline const QString kDiscountAction = QStringLiteral("ticket.discount");

    explicit CheckoutModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] TicketLineModel *lines() { return &m_lines; }
    [[nodiscard]] int count() const { return static_cast<int>(m_ticket.lines.size()); }
    [[nodiscard]] int itemCount() const;
    [[nodiscard]] QString currency() const { return m_ticket.currency; }
    [[nodiscard]] int minorDigits() const;
    [[nodiscard]] QString subtotalText() const;
    [[nodiscard]] QString discountText() const;
    [[nodiscard]] QString orderDiscountText() const;
    /// "none", "percent" or "amount", and its value (basis points or minor units), to edit it.
    [[nodiscard]] QString orderDiscountKind() const;
    [[nodiscard]] qint64 orderDiscountValue() const
    {
        return m_ticket.orderDiscount.isNone() ? 0 : m_ticket.orderDiscount.value;
    }
    [[nodiscard]] QVariantList vatLines() const;
    [[nodiscard]] bool vatIncluded() const { return m_ticket.pricesIncludeVat; }
    [[nodiscard]] QString tipText() const;
    [[nodiscard]] int tipPercent() const { return m_tipBp; }
    [[nodiscard]] QVariantList tipPresets() const;
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] qint64 totalMinor() const { return m_totals.totalMinor - depositCreditMinor(); }
    [[nodiscard]] int discountApprovalPercent() const;
    [[nodiscard]] bool approvalPending() const { return m_pending.active; }
    [[nodiscard]] QString approvalAction() const { return kDiscountAction; }
    [[nodiscard]] QString approvalRecord() const { return m_ticketKey; }
    [[nodiscard]] QString approvalSubject() const;
    [[nodiscard]] QVariantList parkedTickets() const { return m_parked; }

    /// The ticket as it stands, and the manager whose approval a discount on it consumed (for the sale;
    /// empty once the ticket has no discount left).
    [[nodiscard]] const madang::Ticket &ticket() const { return m_ticket; }
    [[nodiscard]] QString bookingText() const { return m_bookingText; }
    [[nodiscard]] qint64 depositMinor() const { return m_depositMinor; }
    [[nodiscard]] qint64 depositCreditMinor() const;
    [[nodiscard]] QString depositText() const;
    /// The deposit credit as the payment lists it: "Booking deposit · 김하늘 · Mina".
    [[nodiscard]] QString depositLabel() const;
    [[nodiscard]] qint64 dueMinor() const { return m_totals.totalMinor - depositCreditMinor(); }
    [[nodiscard]] QString dueText() const { return money(dueMinor()); }
    /// A new ticket for a checked-in booking: its service, done by its staff member, with its deposit to
    /// credit. False (and error) for a booking that is not checked in or in service. In checkoutbooking.cpp.
    Q_INVOKABLE bool startFromBooking(const QString &bookingId);
    [[nodiscard]] QString discountApproverId() const;
    [[nodiscard]] QString customerId() const { return m_ticket.customerId; }
    [[nodiscard]] QString customerText() const;
    /// Rings the ticket up for a customer found at the counter (CustomerSearchModel); their name shows on the
    /// ticket and the sale's order and journal entry name them. False (and error) for an unknown id.
    Q_INVOKABLE bool setCustomer(const QString &customerId);
    Q_INVOKABLE void clearCustomer();
    /// After the sale was committed: a new, empty ticket.
    void finishSale();

    /// Adds one of the item. Items with option groups are not added: modifiersNeeded is emitted instead.
    Q_INVOKABLE bool addItem(const QString &itemId);
    /// Adds the item with options: a list of {groupId, optionId}. Names and prices come from the
    /// catalog; choices that break a group's min/max or are not offered are refused.
    Q_INVOKABLE bool addItemWithChoices(const QString &itemId, const QVariantList &choices);
    /// A scanned or typed barcode. False with error when no item has it.
    Q_INVOKABLE bool addByBarcode(const QString &code);
    Q_INVOKABLE bool increment(int row);
    /// One fewer; at 1 the line is removed.
    Q_INVOKABLE bool decrement(int row);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool setNote(int row, const QString &note);
    /// kind: "none", "percent" (value in basis points) or "amount" (value in minor units).
    Q_INVOKABLE bool setLineDiscount(int row, const QString &kind, qint64 value);
    Q_INVOKABLE bool setOrderDiscount(const QString &kind, qint64 value);
    /// Applies the discount waiting for approval, consuming the manager's single-use token.
    Q_INVOKABLE bool approveDiscount(const QString &token);
    Q_INVOKABLE void cancelDiscount();
    /// A tip as a share of what the lines cost after discounts (basis points; kept as lines change).
    Q_INVOKABLE bool setTipPercent(int basisPoints);
    Q_INVOKABLE bool setTipAmount(qint64 minor);
    Q_INVOKABLE void clear();
    /// Puts the ticket on hold (label empty: the time) and starts a new one.
    Q_INVOKABLE bool park(const QString &label);
    /// Takes a held ticket back. The current ticket must be empty.
    Q_INVOKABLE bool resume(const QString &parkedId);
    Q_INVOKABLE void refreshParked();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void storeChanged();
    void changed();
    void approvalChanged();
    void parkedChanged();
    void errorChanged();
    /// The item offers options: open the chooser, then call addItemWithChoices().
    void modifiersNeeded(const QString &itemId, const QString &name);
    /// A discount above the limit waits for a manager (see approvalAction, approvalRecord).
    void approvalNeeded();

private:
    struct PendingDiscount
    {
        bool active = false;
        int row = -1; ///< -1: the order discount
        madang::Discount discount;
    };

    /// Prices next and, if it prices (or is empty), makes it the ticket. With force, keeps it anyway.
    bool commit(madang::Ticket next, bool force = false);
    bool addLine(madang::TicketLine line);
    bool validRow(int row);
    bool setDiscount(int row, const QString &kind, qint64 value);
    [[nodiscard]] bool needsApproval(const madang::Discount &discount, qint64 base) const;
    void startTicket();
    [[nodiscard]] QString money(qint64 minor) const;

    QPointer<AppStore> m_store;
    TicketLineModel m_lines;
    madang::Ticket m_ticket;
    QString m_bookingText;
    qint64 m_depositMinor = 0;
    QString m_bookingItemId; // the booked service: its line is done by the booking's staff member
    QString m_bookingStaffId;
    madang::TicketTotals m_totals;
    int m_tipBp = 0; ///< -1: a typed amount
    QString m_ticketKey;
    PendingDiscount m_pending;
    QVariantList m_parked;
    mutable QString m_customerTextFor; // the customer id customerText() last read, and what it read
    mutable QString m_customerText;
};
