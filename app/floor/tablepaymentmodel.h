#pragma once

#include "common/paymentflow.h"
#include "sales/ticket.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Paying a table: the whole ticket, or the picked items of it (picks from TableTicketModel), through the one
/// payment flow (PaymentFlow: a guest's card, a guest's share in cash, then cash with change for the rest).
/// The deposits the parties seated there took are credited first: dueMinor is what is left after them.
///
/// The sale and the table are settled in one transaction (Checkout::payTable): the picked items are split off
/// and sold, or the whole ticket is sold and the table freed. A refused or failed sale writes nothing: the
/// table keeps its items, and the tenders entered stay for a retry. If the table's ticket changed since
/// start(), the sale is refused, so that nobody pays an amount they were not shown.
class TablePaymentModel : public PaymentFlow
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString tableId MEMBER m_tableId NOTIFY requestChanged)
    /// [{lineId, qty}]; empty: the whole table.
    Q_PROPERTY(QVariantList picks MEMBER m_picks NOTIFY requestChanged)
    Q_PROPERTY(bool wholeTable READ wholeTable NOTIFY changed)
    /// The bill before deposits ("₩90,000"), as the table's ticket shows it.
    Q_PROPERTY(QString billText READ billText NOTIFY changed)

public:
    explicit TablePaymentModel(QObject *parent = nullptr);

    [[nodiscard]] bool wholeTable() const { return m_picks.isEmpty(); }
    [[nodiscard]] qint64 dueMinor() const override;
    [[nodiscard]] QString billText() const { return money(m_billMinor); }

    /// Works out what is due for the table (or the picks) as they are now; clears tenders and results.
    Q_INVOKABLE bool start() override;

Q_SIGNALS:
    void requestChanged();

protected:
    [[nodiscard]] QString currency() const override { return m_currency; }
    [[nodiscard]] bool hasSomethingToPay() const override { return m_hasBill; }
    [[nodiscard]] QList<Credit> currentCredits() const override { return m_credits; }
    madang::Result<madang::FinalizedSale> commit(const QList<madang::PaymentInput> &tenders,
                                                 const madang::SaleContext &who) override;

private:
    QString m_tableId;
    QVariantList m_picks;
    QString m_currency = QStringLiteral("KRW");
    bool m_hasBill = false;
    qint64 m_billMinor = 0; // the ticket (or part) as priced at start(): payTable's expectedDueMinor
    QList<Credit> m_credits;
};
