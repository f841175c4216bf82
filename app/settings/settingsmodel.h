#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Settings → General: the UI language (kept in the device's settings) and the merchant profile.
class SettingsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// "system", "ko" or "en"
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// "ko" or "en": what is on screen now
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString businessName READ businessName NOTIFY storeChanged)
    Q_PROPERTY(QString vertical READ vertical NOTIFY storeChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY storeChanged)
    Q_PROPERTY(QString vatRate READ vatRate NOTIFY storeChanged)
    Q_PROPERTY(bool pricesIncludeVat READ pricesIncludeVat NOTIFY storeChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY storeChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// Discounts above this percentage need a manager's approval (owners and managers may change it).
    Q_PROPERTY(int discountApprovalPercent READ discountApprovalPercent NOTIFY thresholdsChanged)

public:
    explicit SettingsModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString effectiveLanguage() const;
    [[nodiscard]] QString businessName() const;
    [[nodiscard]] QString vertical() const;
    [[nodiscard]] QString currency() const;
    [[nodiscard]] QString vatRate() const;
    [[nodiscard]] bool pricesIncludeVat() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] static QString version();
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int discountApprovalPercent() const;
    Q_INVOKABLE bool setDiscountApprovalPercent(int percent);

    static inline const QString kLanguageKey = QStringLiteral("ui.language");

Q_SIGNALS:
    void storeChanged();
    void languageChanged();
    void errorChanged();
    void thresholdsChanged();

private:
    QPointer<AppStore> m_store;
    QString m_language = QStringLiteral("system");
    QString m_error;
};
