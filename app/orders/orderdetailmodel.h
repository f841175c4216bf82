#pragma once

#include "sales/order.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

/// Orders screen, right side: one order with its lines, payments, VAT per rate and the refunds or void
/// already made; reprints it (journaled as a DUPLICATE), refunds lines or all of it, or voids it. Refunds
/// and voids need a reason and a manager's single-use approval token for "order.refund" / "order.void" on
/// this order; the token is consumed in the same transaction as the refund, so a refused refund writes
/// nothing and leaves the token unused.
class OrderDetailModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY orderIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString receipt READ receipt NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    Q_PROPERTY(QString time READ time NOTIFY changed)
    Q_PROPERTY(QString staff READ staff NOTIFY changed)
    Q_PROPERTY(QString tableName READ tableName NOTIFY changed)
    /// The customer the sale was for, "김하늘 · 010-1234-5678"; empty for none.
    Q_PROPERTY(QString customer READ customer NOTIFY changed)
    /// Refunds and voids: the sale they correct, why, and the manager who approved.
    Q_PROPERTY(QString correctsReceipt READ correctsReceipt NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString approver READ approver NOTIFY changed)
    Q_PROPERTY(QString subtotal READ subtotal NOTIFY changed)
    Q_PROPERTY(QString discount READ discount NOTIFY changed) ///< empty without a discount
    Q_PROPERTY(QString tip READ tip NOTIFY changed)           ///< empty without a tip
    Q_PROPERTY(QString total READ total NOTIFY changed)
    /// [{lineNo, name, qty, modifiers, unitPrice, total, refunded, refundable}]
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    /// [{method, amount, tendered, change, reference}]
    Q_PROPERTY(QVariantList payments READ payments NOTIFY changed)
    /// [{rate, net, vat, gross}], by rate
    Q_PROPERTY(QVariantList vat READ vat NOTIFY changed)
    /// [{orderId, receipt, kind, kindText, time, total, reason, approver, staff}], oldest first
    Q_PROPERTY(QVariantList corrections READ corrections NOTIFY changed)
    Q_PROPERTY(bool canRefund READ canRefund NOTIFY changed)
    Q_PROPERTY(bool canVoid READ canVoid NOTIFY changed)
    /// After reprint(): the copy is a DUPLICATE, journaled as entry reprintSeq.
    Q_PROPERTY(bool duplicate READ duplicate NOTIFY resultChanged)
    Q_PROPERTY(int reprintSeq READ reprintSeq NOTIFY resultChanged)
    /// After a refund or void: its receipt number.
    Q_PROPERTY(QString lastReceipt READ lastReceipt NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)

public:
    static inline const QString kRefundAction = QStringLiteral("order.refund");
    static inline const QString kVoidAction = QStringLiteral("order.void");

    explicit OrderDetailModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString orderId() const { return m_orderId; }
    void setOrderId(const QString &id);

    [[nodiscard]] bool found() const { return m_order.has_value(); }
    [[nodiscard]] QString receipt() const { return m_order ? m_order->receipt : QString(); }
    [[nodiscard]] QString kind() const { return m_order ? m_order->kind : QString(); }
    [[nodiscard]] QString kindText() const;
    [[nodiscard]] QString time() const;
    [[nodiscard]] QString staff() const { return m_order ? m_order->staffName : QString(); }
    [[nodiscard]] QString tableName() const { return m_order ? m_order->tableName : QString(); }
    [[nodiscard]] QString correctsReceipt() const { return m_correctsReceipt; }
    [[nodiscard]] QString customer() const { return m_customer; }
    [[nodiscard]] QString reason() const { return m_order ? m_order->reason : QString(); }
    [[nodiscard]] QString approver() const;
    [[nodiscard]] QString subtotal() const;
    [[nodiscard]] QString discount() const;
    [[nodiscard]] QString tip() const;
    [[nodiscard]] QString total() const;
    [[nodiscard]] QVariantList lines() const { return m_lines; }
    [[nodiscard]] QVariantList payments() const { return m_payments; }
    [[nodiscard]] QVariantList vat() const { return m_vat; }
    [[nodiscard]] QVariantList corrections() const { return m_corrections; }
    [[nodiscard]] bool canRefund() const { return m_canRefund; }
    [[nodiscard]] bool canVoid() const { return m_canVoid; }
    [[nodiscard]] bool duplicate() const { return m_reprintSeq > 0; }
    [[nodiscard]] int reprintSeq() const { return static_cast<int>(m_reprintSeq); }
    [[nodiscard]] QString lastReceipt() const { return m_lastReceipt; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Reads the order again.
    Q_INVOKABLE void reload();
    /// Journals a reprint of this order's receipt, marked DUPLICATE. Writes no order.
    Q_INVOKABLE bool reprint();
    /// Refunds lines: [{lineNo, qty}] (at least one). approvalToken: from ApprovalModel for
    /// "order.refund" on this order.
    Q_INVOKABLE bool refund(const QVariantList &lines, const QString &reason, const QString &approvalToken);
    /// Refunds everything not refunded yet, the tip included.
    Q_INVOKABLE bool refundAll(const QString &reason, const QString &approvalToken);
    /// Voids the whole sale (only when it has no refunds). approvalToken: for "order.void" on this order.
    Q_INVOKABLE bool voidSale(const QString &reason, const QString &approvalToken);
    /// What refunding lines (or, with all, everything left) would pay back, e.g. "-₩11,000": worked out by
    /// the sale service itself in a transaction that is rolled back. Empty when it would be refused.
    Q_INVOKABLE QString previewRefund(const QVariantList &lines, bool all);
    Q_INVOKABLE void clearResult();

Q_SIGNALS:
    void storeChanged();
    void orderIdChanged();
    void changed();
    void resultChanged();

private:
    enum class Correction { Refund, RefundAll, Void };
    bool correct(Correction what, const QVariantList &lines, const QString &reason, const QString &approvalToken);
    void setResult(const QString &message, const QString &error);
    void clear();

    QPointer<AppStore> m_store;
    QString m_orderId;
    std::optional<madang::Order> m_order;
    QHash<QString, QString> m_names; // staff id -> name
    QString m_correctsReceipt;
    QString m_customer;
    QVariantList m_lines;
    QVariantList m_payments;
    QVariantList m_vat;
    QVariantList m_corrections;
    bool m_canRefund = false;
    bool m_canVoid = false;
    qint64 m_reprintSeq = 0;
    QString m_lastReceipt;
    QString m_message;
    QString m_error;
};
