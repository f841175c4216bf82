#pragma once

#include "printqueue/printqueue.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Settings → Printers (owners and managers): the terminal's printers with their queued jobs, adding one
/// (PrintQueue checks name, kind, address, width and fallback; addError says what is wrong), switching
/// them on and off, fallbacks, which one prints receipts and bills, whether receipts print after every
/// sale, and a test page.
class PrinterSettingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString receiptPrinterId READ receiptPrinterId NOTIFY settingsChanged)
    Q_PROPERTY(bool autoReceipt READ autoReceipt NOTIFY settingsChanged)
    /// False when this build cannot print, or no print service is running.
    Q_PROPERTY(bool available READ available NOTIFY storeChanged)
    /// Why the last add was refused; empty after a good one.
    Q_PROPERTY(QString addError READ addError NOTIFY addErrorChanged)
    /// The last action's result ("A test page is printing on Counter.") or problem.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)

public:
    enum Role {
        PrinterIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        AddressRole,
        WidthRole,
        FallbackIdRole,
        FallbackNameRole,
        EnabledRole,
        QueuedRole,
        ReceiptPrinterRole
    };
    Q_ENUM(Role)

    explicit PrinterSettingsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return static_cast<int>(m_printers.size()); }
    [[nodiscard]] QString receiptPrinterId() const;
    [[nodiscard]] bool autoReceipt() const;
    [[nodiscard]] bool available() const;
    [[nodiscard]] QString addError() const { return m_addError; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsProblem() const { return m_messageIsProblem; }

    Q_INVOKABLE void refresh();
    /// Adds a printer; kind "tcp", "serial" or "pdf", widthMm 58 or 80, fallbackId empty for none.
    /// False with addError when refused.
    Q_INVOKABLE bool addPrinter(const QString &name, const QString &kind, const QString &address, int widthMm,
                                const QString &fallbackId);
    /// Changes a printer's name, kind, address, width and fallback together. False with addError when refused
    /// (see PrintQueue::updatePrinter: jobs waiting keep its paper width and kind of output).
    Q_INVOKABLE bool updatePrinter(const QString &printerId, const QString &name, const QString &kind,
                                   const QString &address, int widthMm, const QString &fallbackId);
    /// Removes a printer with nothing left to print; the receipt printer must be replaced first. False with
    /// addError when refused.
    Q_INVOKABLE bool removePrinter(const QString &printerId);
    Q_INVOKABLE void clearAddError();
    Q_INVOKABLE bool setEnabled(const QString &printerId, bool enabled);
    Q_INVOKABLE bool setFallback(const QString &printerId, const QString &fallbackId);
    /// Empty: no receipt printer (receipts and bills are not printed).
    Q_INVOKABLE bool setReceiptPrinter(const QString &printerId);
    Q_INVOKABLE bool setAutoReceipt(bool on);
    Q_INVOKABLE bool testPrint(const QString &printerId);
    /// [{value, text}] for a printer chooser: "None" first, then the printers except exceptId.
    Q_INVOKABLE QVariantList choices(const QString &exceptId = {}) const;

Q_SIGNALS:
    void storeChanged();
    void countChanged();
    void settingsChanged();
    void addErrorChanged();
    void messageChanged();

private:
    /// Shows message in the printer dialog (addError) and returns false.
    bool refuseEdit(const QString &message);
    /// Owners and managers only; otherwise says so in message.
    bool allowed();
    bool report(const madang::Status &status, const QString &success);
    void setMessage(const QString &message, bool problem);

    QPointer<AppStore> m_store;
    QList<madang::PrinterConfig> m_printers;
    QHash<QString, qint64> m_queued;
    QString m_addError;
    QString m_message;
    bool m_messageIsProblem = false;
};
