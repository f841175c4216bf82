#pragma once

#include "bookings/availability.h"
#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <optional>

/// Add or edit one catalog item. Fields are text as typed; save() validates and writes the
/// item together with its outbox op.
class ItemEditorModel : public QObject, public ViewModelStatus<ItemEditorModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString sku MEMBER m_sku NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY loaded)
    Q_PROPERTY(QString category MEMBER m_category NOTIFY loaded)
    Q_PROPERTY(QString price MEMBER m_price NOTIFY loaded)
    Q_PROPERTY(QString vatRate MEMBER m_vatRate NOTIFY loaded)
    Q_PROPERTY(QString durationMin MEMBER m_duration NOTIFY loaded)
    // How a bookable service's duration is spent: work, then a processing gap in which the staff member is free
    // (hair colour taking), then a finish; and buffers before and after for the staff member only.
    Q_PROPERTY(QString processingMin MEMBER m_processing NOTIFY loaded)
    Q_PROPERTY(QString finishMin MEMBER m_finish NOTIFY loaded)
    Q_PROPERTY(QString bufferBeforeMin MEMBER m_bufferBefore NOTIFY loaded)
    Q_PROPERTY(QString bufferAfterMin MEMBER m_bufferAfter NOTIFY loaded)
    Q_PROPERTY(QString barcode MEMBER m_barcode NOTIFY loaded)
    Q_PROPERTY(bool active MEMBER m_active NOTIFY loaded)
    Q_PROPERTY(QStringList categories READ categories NOTIFY loaded)
    Q_PROPERTY(QString currency READ currency NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// "price", "vatRate", "durationMin" or "phases" for an error about that input; empty for the whole item.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    explicit ItemEditorModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] bool isNew() const { return m_itemId.isEmpty(); }
    [[nodiscard]] QStringList categories() const { return m_categories; }
    [[nodiscard]] QString currency() const { return m_currencyCode; }

    /// Starts a blank item with the merchant's default VAT rate.
    Q_INVOKABLE void startNew();
    /// Loads an existing item; false (with error) if it does not exist.
    Q_INVOKABLE bool load(const QString &itemId);
    /// Validates and saves; on success the fields hold the stored item.
    Q_INVOKABLE bool save();
    /// An input changed: the refusal of what it held goes.
    Q_INVOKABLE void clearError() { setError({}); }

Q_SIGNALS:
    void storeChanged();
    void loaded();
    void errorChanged();
    void saved(const QString &itemId);

private:
    void loadCategories();
    void loadPhases();
    /// The booking phases from the fields, checked against the duration; nullopt after setting the error.
    [[nodiscard]] std::optional<madang::Service> phasesFor(int durationMin);

    QPointer<AppStore> m_store;
    QString m_itemId;
    QString m_sku;
    QString m_name;
    QString m_category;
    QString m_price;
    QString m_vatRate;
    QString m_duration;
    QString m_processing;
    QString m_finish;
    QString m_bufferBefore;
    QString m_bufferAfter;
    madang::Service m_phases; // as stored, so that a save keeps what the editor does not show (the station kind)
    QString m_barcode;
    bool m_active = true;
    QStringList m_categories;
    QString m_currencyCode = QStringLiteral("KRW");
};
