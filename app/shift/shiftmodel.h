#pragma once

#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace madang {
struct ShiftReport;
}

/// The cash drawer's day on this terminal: opening a shift with a float, cash in and out with a reason,
/// a no-sale drawer opening with a manager's approval, the live X-report, and closing with the counted
/// cash, which gives the journaled Z-report. Failures return false and set error.
///
/// report (X while open, then the Z after closing) is a map for the screen:
/// {title, isZ, zNumber, periodText, salesCount, salesText, refundsCount, refundsText, voidsCount, voidsText,
///  tipsText, discountsText, netText, byMethod [{label, count, amountText}],
///  byVat [{label, grossText, netText, vatText}], byStaff [{name, orders, totalText}], floatText, cashInText,
///  cashOutText, noSaleCount, expectedText, countedText, differenceText, differenceMinor, outOfRangeText
///  (empty unless an older version stored figures beyond the limits, which are left out of the totals)}.
class ShiftModel : public QObject, public ViewModelStatus<ShiftModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(QString shiftId READ shiftId NOTIFY changed)
    /// "Opened 09:02 by 김민아 · float ₩100,000"
    Q_PROPERTY(QString openedText READ openedText NOTIFY changed)
    Q_PROPERTY(QVariantMap report READ report NOTIFY changed)
    Q_PROPERTY(bool hasReport READ hasReport NOTIFY changed)
    Q_PROPERTY(QString noSaleAction READ noSaleAction CONSTANT)
    /// The approval a cash-out larger than the drawer holds needs (on shiftId).
    Q_PROPERTY(QString cashOutAction READ cashOutAction CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static inline const QString kNoSaleAction = QStringLiteral("drawer.no_sale");
    static inline const QString kCashOutAction = QStringLiteral("drawer.cash_out_beyond");

    explicit ShiftModel(QObject *parent = nullptr);
    ~ShiftModel() override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] bool isOpen() const { return !m_shiftId.isEmpty(); }
    [[nodiscard]] QString shiftId() const { return m_shiftId; }
    [[nodiscard]] QString openedText() const { return m_openedText; }
    [[nodiscard]] QVariantMap report() const { return m_report; }
    [[nodiscard]] bool hasReport() const { return !m_report.isEmpty(); }
    [[nodiscard]] QString noSaleAction() const { return kNoSaleAction; }
    [[nodiscard]] QString cashOutAction() const { return kCashOutAction; }

    /// An amount in the merchant's currency, for keypads ("₩100,000").
    Q_INVOKABLE QString amountText(qint64 minor) const;
    /// Reads the open shift and its X-report again (a shown Z-report stays until dismissed).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE bool openShift(qint64 floatMinor);
    Q_INVOKABLE bool cashIn(qint64 amountMinor, const QString &reason);
    /// Takes cash out. More than the drawer holds needs a manager: without approvalToken that is refused,
    /// with cashOutNeedsApproval; with a token for cashOutAction on shiftId it goes through.
    Q_INVOKABLE bool cashOut(qint64 amountMinor, const QString &reason, const QString &approvalToken = {});
    /// Opens the drawer without a sale: needs a manager's token for noSaleAction on shiftId.
    Q_INVOKABLE bool noSale(const QString &reason, const QString &approvalToken);
    /// Closes the shift with the counted cash; report then holds the Z-report.
    Q_INVOKABLE bool closeShift(qint64 countedMinor);
    /// Leaves the Z-report view.
    Q_INVOKABLE void dismissReport();

Q_SIGNALS:
    void storeChanged();
    void changed();
    void errorChanged();
    /// The Z-report was journaled.
    void closed(int zNumber);
    /// cashOut was refused because the drawer holds less; subject says so, for the approval prompt.
    void cashOutNeedsApproval(qint64 amountMinor, const QString &reason, const QString &subject);

private:
    [[nodiscard]] QVariantMap toMap(const madang::ShiftReport &r) const;
    [[nodiscard]] QString timeText(const QString &iso) const;
    bool moveCash(const QString &kind, qint64 amountMinor, const QString &reason, const QString &approverId);
    /// moveCash with a manager's approval, which is used up with it (ApprovedWrites).
    bool approvedMove(const QString &kind, qint64 amountMinor, const QString &reason, const QString &approvalToken,
                      const QString &action);

    QPointer<AppStore> m_store;
    QString m_shiftId;
    QString m_openedText;
    QVariantMap m_report;
    bool m_showingZ = false;
};
