#pragma once

#include "common/viewmodelstatus.h"
#include "printing/salereceipt.h"
#include "sales/payment.h"
#include "shell/appstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Paying a table: the whole ticket, or the picked items of it (picks from TableTicketModel), in one or
/// more tenders (a guest's card, a guest's share in cash, then cash with change for the rest).
///
/// The sale and the table are settled in one transaction: the picked items are split off and sold, or
/// the whole ticket is sold and the table freed. A refused or failed sale writes nothing: the table keeps
/// its items, and the tenders entered stay for a retry. If the table's ticket changed since start(), the
/// sale is refused, so that nobody pays an amount they were not shown.
class TablePaymentModel : public QObject, public ViewModelStatus<TablePaymentModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString tableId MEMBER m_tableId NOTIFY requestChanged)
    /// [{lineId, qty}]; empty: the whole table.
    Q_PROPERTY(QVariantList picks MEMBER m_picks NOTIFY requestChanged)
    Q_PROPERTY(bool wholeTable READ wholeTable NOTIFY changed)
    Q_PROPERTY(qint64 dueMinor READ dueMinor NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(qint64 remainingMinor READ remainingMinor NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    /// [{label, amountText, reference}]
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY changed)
    Q_PROPERTY(bool done READ done NOTIFY changed)
    Q_PROPERTY(QString receipt READ receipt NOTIFY changed)
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// After the sale: where its receipt is printing, or why not ("No receipt printer set up…").
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printChanged)
    Q_PROPERTY(bool printProblem READ printProblem NOTIFY printChanged)

public:
    explicit TablePaymentModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] bool wholeTable() const { return m_picks.isEmpty(); }
    [[nodiscard]] qint64 dueMinor() const { return m_dueMinor; }
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] qint64 remainingMinor() const;
    [[nodiscard]] QString remainingText() const;
    [[nodiscard]] QVariantList tenders() const;
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] QString receipt() const { return m_receipt; }
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] QString printMessage() const { return m_print.last.message; }
    [[nodiscard]] bool printProblem() const { return m_print.last.problem; }

    /// An amount in the bill's currency, for the keypad.
    Q_INVOKABLE QString amountText(qint64 minor) const { return money(minor); }
    /// Works out what is due for the table (or the picks) as they are now; clears tenders and results.
    Q_INVOKABLE bool start();
    /// A card part charged on the card terminal, with its approval number; completes the sale when it
    /// covers what is left.
    Q_INVOKABLE bool addCard(qint64 amountMinor, const QString &reference);
    /// A guest's share paid in cash, exactly; completes the sale when it covers what is left.
    Q_INVOKABLE bool addCash(qint64 amountMinor);
    /// Cash handed over for all that is left, with change: completes the sale.
    Q_INVOKABLE bool payCash(qint64 tenderedMinor);
    Q_INVOKABLE bool removeTender(int index);
    /// Completes with the tenders entered (a retry after an error).
    Q_INVOKABLE bool finalize();

    /// After the sale: prints its receipt (again: a journaled DUPLICATE). The sale stands either way.
    Q_INVOKABLE bool printReceipt();

Q_SIGNALS:
    void printChanged();
    void storeChanged();
    void requestChanged();
    void changed();
    void errorChanged();
    /// The sale is committed (and the table freed when it was the whole ticket).
    void completed(const QString &receipt);

private:
    bool commitSale(const QList<madang::PaymentInput> &tenders);
    bool addTender(const madang::PaymentInput &tender, qint64 applied);
    [[nodiscard]] QString money(qint64 minor) const;

    QPointer<AppStore> m_store;
    QString m_tableId;
    QVariantList m_picks;
    QString m_currency = QStringLiteral("KRW");
    qint64 m_dueMinor = 0;
    QList<madang::PaymentInput> m_tenders;
    QHash<QString, QString> m_depositGuests; // reservation id → whose deposit a deposit tender credits
    bool m_done = false;
    QString m_receipt;
    qint64 m_changeMinor = 0;
    SaleReceipt m_print;
};
