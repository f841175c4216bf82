#pragma once

#include "checkout/checkoutmodel.h"
#include "common/viewmodelstatus.h"
#include "printing/salereceipt.h"
#include "sales/payment.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Taking payment for the checkout's ticket: card parts first (charged on the external card terminal,
/// entered with its approval number), then cash with change. The sale is finalized in one transaction
/// by the sales service, signed by this terminal, as the signed-in staff member. A refused or failed
/// sale writes nothing and keeps the ticket and the card parts entered, with error saying why.
class PaymentModel : public QObject, public ViewModelStatus<PaymentModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(CheckoutModel *checkout READ checkout WRITE setCheckout NOTIFY checkoutChanged)
    Q_PROPERTY(qint64 dueMinor READ dueMinor NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(QString paidText READ paidText NOTIFY changed)
    Q_PROPERTY(qint64 remainingMinor READ remainingMinor NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY changed)
    Q_PROPERTY(qint64 entryMinor READ entryMinor NOTIFY changed)
    Q_PROPERTY(QString entryText READ entryText NOTIFY changed)
    Q_PROPERTY(QVariantList quickCash READ quickCash NOTIFY changed)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY changed)
    Q_PROPERTY(bool done READ done NOTIFY changed)
    Q_PROPERTY(QString receipt READ receipt NOTIFY changed)
    Q_PROPERTY(QString saleTotalText READ saleTotalText NOTIFY changed)
    Q_PROPERTY(qint64 changeMinor READ changeMinor NOTIFY changed)
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// After the sale: where its receipt is printing, or why not ("No receipt printer set up…").
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printChanged)
    Q_PROPERTY(bool printProblem READ printProblem NOTIFY printChanged)

public:
    explicit PaymentModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] CheckoutModel *checkout() const { return m_checkout; }
    void setCheckout(CheckoutModel *checkout);
    [[nodiscard]] qint64 dueMinor() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] QString paidText() const;
    [[nodiscard]] qint64 remainingMinor() const;
    [[nodiscard]] QString remainingText() const;
    [[nodiscard]] QVariantList tenders() const;
    [[nodiscard]] qint64 entryMinor() const { return m_entryMinor; }
    [[nodiscard]] QString entryText() const;
    [[nodiscard]] QVariantList quickCash() const;
    /// Everything is covered (by card parts, or nothing was due): finalize() would complete the sale.
    [[nodiscard]] bool canComplete() const
    {
        return !m_done && m_checkout && m_checkout->count() > 0 && remainingMinor() == 0;
    }
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] QString receipt() const { return m_receipt; }
    [[nodiscard]] QString saleTotalText() const;
    [[nodiscard]] qint64 changeMinor() const { return m_changeMinor; }
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] QString printMessage() const { return m_print.last.message; }
    [[nodiscard]] bool printProblem() const { return m_print.last.problem; }

    /// Starts taking payment for the ticket as it is now: no tenders, an empty entry, no result.
    Q_INVOKABLE void start();
    /// The keypad: digits ("0"–"9", "00", "000") in minor units, backspace, clear; or a whole amount.
    Q_INVOKABLE void appendDigits(const QString &digits);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clearEntry();
    Q_INVOKABLE void setEntry(qint64 minor);
    /// A card part charged on the card terminal, with its approval number. When it covers what is
    /// left, the sale is finalized at once. False (nothing added) without a reference, a positive
    /// amount or with more than what is left.
    Q_INVOKABLE bool addCard(qint64 amountMinor, const QString &reference);
    Q_INVOKABLE bool removeTender(int index);
    /// Cash handed over for what is left (with change); finalizes the sale. Too little: false, nothing written.
    Q_INVOKABLE bool payCash(qint64 tenderedMinor);
    /// Finalizes with the tenders entered so far (e.g. to retry after a storage error).
    Q_INVOKABLE bool finalize();
    /// After a sale: ready for the next one.
    Q_INVOKABLE void newSale();

    /// After the sale: prints its receipt (again: a journaled DUPLICATE). The sale stands either way.
    Q_INVOKABLE bool printReceipt();

Q_SIGNALS:
    void printChanged();
    void storeChanged();
    void checkoutChanged();
    void changed();
    void errorChanged();
    /// The sale is committed: receipt holds its number.
    void completed(const QString &receipt);

private:
    bool commitSale(const QList<madang::PaymentInput> &tenders);
    [[nodiscard]] QString currency() const;
    [[nodiscard]] QString money(qint64 minor) const;

    QPointer<AppStore> m_store;
    QPointer<CheckoutModel> m_checkout;
    QList<madang::PaymentInput> m_tenders;
    qint64 m_entryMinor = 0;
    bool m_done = false;
    QString m_receipt;
    qint64 m_saleTotalMinor = 0;
    qint64 m_changeMinor = 0;
    QString m_saleCurrency;
    SaleReceipt m_print;
};
