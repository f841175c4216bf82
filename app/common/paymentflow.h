#pragma once

#include "common/viewmodelstatus.h"
#include "printing/salereceipt.h"
#include "sales/payment.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace madang {
struct FinalizedSale;
struct SaleContext;
} // namespace madang

/// Taking payment, as the one payment dialog shows it, for whatever is being paid: the counter's ticket
/// (PaymentModel) or a table's bill or a part of it (TablePaymentModel). Those say what is due and commit the
/// sale; this holds what the counter enters: the keypad's entry, card parts (charged on the external card
/// terminal, with its approval number), cash parts, and cash with change for the rest.
///
/// Deposits taken ahead (a booking's, the seated parties') are credits, not tenders typed here: dueMinor is
/// already after them, credits lists them, and the subclass puts them before the counter's tenders as the
/// `deposit` tenders they are. What is left and the quick cash amounts are core's arithmetic (sales/payment.h).
/// A refused or failed sale writes nothing and keeps the tenders entered, with error saying why.
class PaymentFlow : public QObject, public ViewModelStatus<PaymentFlow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use PaymentModel or TablePaymentModel.")
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// What the customer pays here, after deposit credits; and what is still left of it after the tenders.
    Q_PROPERTY(qint64 dueMinor READ dueMinor NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(QString paidText READ paidText NOTIFY changed)
    Q_PROPERTY(qint64 remainingMinor READ remainingMinor NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    /// The deposits credited: [{label, amountText}], e.g. {"Booking deposit · 김하늘", "₩20,000"}.
    Q_PROPERTY(QVariantList credits READ credits NOTIFY changed)
    /// The counter's tenders: [{method, label, amountText, reference}].
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY changed)
    Q_PROPERTY(qint64 entryMinor READ entryMinor NOTIFY changed)
    Q_PROPERTY(QString entryText READ entryText NOTIFY changed)
    /// [{minor, label, exact}]: the exact amount left, then the next round notes.
    Q_PROPERTY(QVariantList quickCash READ quickCash NOTIFY changed)
    /// Equal shares of what is due (shareWays > 1): [{label, amountMinor, amountText}], to put into the entry.
    Q_PROPERTY(int shareWays READ shareWays WRITE setShareWays NOTIFY changed)
    Q_PROPERTY(QVariantList shares READ shares NOTIFY changed)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY changed)
    Q_PROPERTY(bool done READ done NOTIFY changed)
    Q_PROPERTY(QString receipt READ receipt NOTIFY changed)
    /// After the sale: what was paid here (after deposits), the deposits credited, and the change.
    Q_PROPERTY(QString saleTotalText READ saleTotalText NOTIFY changed)
    Q_PROPERTY(QString saleCreditText READ saleCreditText NOTIFY changed)
    Q_PROPERTY(qint64 changeMinor READ changeMinor NOTIFY changed)
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// After the sale: where its receipt is printing, or why not ("No receipt printer set up…").
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printChanged)
    Q_PROPERTY(bool printProblem READ printProblem NOTIFY printChanged)

public:
    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] virtual qint64 dueMinor() const = 0;
    [[nodiscard]] QString dueText() const { return money(dueMinor()); }
    [[nodiscard]] QString paidText() const { return money(dueMinor() - remainingMinor()); }
    [[nodiscard]] qint64 remainingMinor() const;
    [[nodiscard]] QString remainingText() const { return money(remainingMinor()); }
    [[nodiscard]] QVariantList credits() const;
    [[nodiscard]] QVariantList tenders() const;
    [[nodiscard]] qint64 entryMinor() const { return m_entryMinor; }
    [[nodiscard]] QString entryText() const { return money(m_entryMinor); }
    [[nodiscard]] QVariantList quickCash() const;
    [[nodiscard]] int shareWays() const { return m_shareWays; }
    void setShareWays(int ways);
    [[nodiscard]] QVariantList shares() const;
    /// Everything is covered (by card parts or deposits, or nothing was due): finalize() would complete it.
    [[nodiscard]] bool canComplete() const { return !m_done && hasSomethingToPay() && remainingMinor() == 0; }
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] QString receipt() const { return m_receipt; }
    [[nodiscard]] QString saleTotalText() const { return moneyIn(m_salePaidMinor, m_saleCurrency); }
    [[nodiscard]] QString saleCreditText() const;
    [[nodiscard]] qint64 changeMinor() const { return m_changeMinor; }
    [[nodiscard]] QString changeText() const { return moneyIn(m_changeMinor, m_saleCurrency); }
    [[nodiscard]] QString printMessage() const { return m_print.last.message; }
    [[nodiscard]] bool printProblem() const { return m_print.last.problem; }

    /// Starts taking payment for what is due now: no tenders, an empty entry, no result.
    Q_INVOKABLE virtual bool start();
    /// The keypad: digits ("0"–"9", "00", "000") in minor units, backspace, clear; or a whole amount.
    Q_INVOKABLE void appendDigits(const QString &digits);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clearEntry();
    Q_INVOKABLE void setEntry(qint64 minor);
    /// A card part charged on the card terminal, with its approval number. When it covers what is left, the
    /// sale is completed at once. False (nothing added) without a reference, a positive amount or with more
    /// than what is left.
    Q_INVOKABLE bool addCard(qint64 amountMinor, const QString &reference);
    /// A part paid in cash, exactly (a guest's share); completes the sale when it covers what is left.
    Q_INVOKABLE bool addCash(qint64 amountMinor);
    /// Cash handed over for all that is left (with change): completes the sale. Too little: false, nothing written.
    Q_INVOKABLE bool payCash(qint64 tenderedMinor);
    /// The cash button: less than what is left is a cash part, as much or more pays the rest with change.
    Q_INVOKABLE bool takeCash(qint64 tenderedMinor);
    Q_INVOKABLE bool removeTender(int index);
    /// Completes with the tenders entered so far (e.g. to retry after a storage error).
    Q_INVOKABLE bool finalize();
    /// After a sale: ready for the next one.
    Q_INVOKABLE void newSale() { start(); }
    /// After the sale: prints its receipt (again: a journaled DUPLICATE). The sale stands either way.
    Q_INVOKABLE bool printReceipt();

Q_SIGNALS:
    void storeChanged();
    void changed();
    void errorChanged();
    void printChanged();
    /// The sale is committed: receipt holds its number.
    void completed(const QString &receipt);

protected:
    explicit PaymentFlow(QObject *parent = nullptr);

    /// A deposit taken ahead that this payment credits, as the `deposit` tender it is written as.
    struct Credit
    {
        madang::PaymentInput tender;
        QString label; ///< "Booking deposit · 김하늘"
    };

    [[nodiscard]] virtual QString currency() const = 0;
    /// There is a ticket (or a part of one) to pay.
    [[nodiscard]] virtual bool hasSomethingToPay() const = 0;
    /// The deposits credited now, in the order they are applied.
    [[nodiscard]] virtual QList<Credit> currentCredits() const = 0;
    /// Writes the sale with these tenders (the credits first, then the counter's), in one transaction.
    virtual madang::Result<madang::FinalizedSale> commit(const QList<madang::PaymentInput> &tenders,
                                                         const madang::SaleContext &who) = 0;
    /// After a committed sale, before completed() is emitted (the counter starts a new ticket).
    virtual void afterSale() {}

    [[nodiscard]] QString money(qint64 minor) const { return moneyIn(minor, currency()); }
    [[nodiscard]] static QString moneyIn(qint64 minor, const QString &currency);
    /// Clears the tenders, entry and result (start() does this, then works out what is due).
    void reset();

private:
    bool commitSale(const QList<madang::PaymentInput> &tenders);
    bool addPart(const madang::PaymentInput &tender, qint64 amountMinor);
    /// True (with the error shown) once the sale is done: nothing more is taken.
    bool refuseWhenDone();
    [[nodiscard]] QList<madang::PaymentInput> creditTenders() const;

    QPointer<AppStore> m_store;
    QList<madang::PaymentInput> m_tenders;
    qint64 m_entryMinor = 0;
    int m_shareWays = 0;
    bool m_done = false;
    QString m_receipt;
    qint64 m_salePaidMinor = 0;
    qint64 m_saleCreditMinor = 0;
    qint64 m_changeMinor = 0;
    QString m_saleCurrency;
    SaleReceipt m_print;
};
