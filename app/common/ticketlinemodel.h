#pragma once

#include "sales/ticket.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// The lines of the open ticket, as priced, for the checkout screen. CheckoutModel owns and fills it.
class TicketLineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TicketLineModel belongs to CheckoutModel")

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        QtyRole,
        UnitTextRole,      ///< unit price with options
        TotalTextRole,     ///< after the line's discount and its share of the order discount
        ModifiersTextRole, ///< "맵기: 보통 · 추가: 공기밥 +₩1,000"
        NoteRole,
        DiscountTextRole,  ///< "−10%" or "−₩1,000"; empty without a line discount
        DiscountKindRole,  ///< "none", "percent" or "amount"
        DiscountValueRole, ///< basis points or minor units
    };
    Q_ENUM(Role)

    explicit TicketLineModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows ticket with its pricing (totals.lines parallel to ticket.lines, or empty if unpriced).
    void show(const madang::Ticket &ticket, const madang::TicketTotals &totals);

    /// "−10%", "−₩1,000" or empty; shared with the order discount line.
    static QString discountText(const madang::Discount &discount, const QString &currency);

private:
    QList<madang::TicketLine> m_lines;
    QList<madang::PricedLine> m_priced;
    QString m_currency;
};
