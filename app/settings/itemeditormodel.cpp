#include "settings/itemeditormodel.h"

#include "base/money.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "shell/appstore.h"
#include "workflows/store.h"

#include <tuple>

using namespace madang;

ItemEditorModel::ItemEditorModel(QObject *parent) : QObject(parent) {}

void ItemEditorModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
        startNew();
    }
}

void ItemEditorModel::loadCategories()
{
    m_categories.clear();
    if (!m_store) {
        return;
    }
    if (auto cats = m_store->store().catalog().categories(); cats) {
        for (const Category &c : cats.value()) {
            m_categories << c.name;
        }
    }
    m_currencyCode = m_store->currency();
}

void ItemEditorModel::startNew()
{
    m_itemId.clear();
    m_sku.clear();
    m_name.clear();
    m_category.clear();
    m_price.clear();
    m_duration = QStringLiteral("0");
    m_phases = Service{};
    loadPhases();
    m_barcode.clear();
    m_active = true;
    int vat = kDefaultVatBasisPoints;
    if (m_store) {
        if (auto p = m_store->store().merchant().profile(); p && p.value()) {
            vat = p.value()->vatBasisPoints;
        }
    }
    m_vatRate = formatVatPercent(vat).chopped(1);
    loadCategories();
    setError({});
    Q_EMIT loaded();
}

bool ItemEditorModel::load(const QString &itemId)
{
    if (!m_store) {
        return false;
    }
    auto found = m_store->store().catalog().find(itemId);
    if (!found || !found.value()) {
        setError(found ? tr("This item no longer exists.") : found.error().message);
        return false;
    }
    const CatalogItem &item = *found.value();
    loadCategories();
    auto currency = Currency::fromCode(m_currencyCode);
    m_itemId = item.id;
    m_sku = item.sku;
    m_name = item.name;
    m_category = item.categoryName;
    m_price = currency ? Money(item.priceMinor, currency.value()).toMajorString() : QString::number(item.priceMinor);
    m_vatRate = formatVatPercent(item.vatBasisPoints).chopped(1);
    m_duration = QString::number(item.durationMin);
    m_phases = Service{};
    if (item.durationMin > 0) {
        if (auto service = m_store->store().resources().service(item.id); service) {
            m_phases = service->phases;
        }
    }
    loadPhases();
    m_barcode = item.barcode;
    m_active = item.active;
    setError({});
    Q_EMIT loaded();
    return true;
}

bool ItemEditorModel::save()
{
    if (!m_store) {
        setError(ViewModelMessages::noDatabase());
        return false;
    }
    auto currency = Currency::fromCode(m_currencyCode);
    if (!currency) {
        setError(currency.error().message);
        return false;
    }
    CatalogItem item;
    item.id = m_itemId;
    item.sku = m_sku.trimmed();
    item.name = m_name.trimmed();
    item.categoryName = m_category.trimmed();
    item.barcode = m_barcode.trimmed();
    item.active = m_active;
    auto price = Money::parseMajor(m_price, currency.value());
    if (!price) {
        return failAt(QStringLiteral("price"), price.error().message);
    }
    item.priceMinor = price->minor();
    auto vat = parseVatPercent(m_vatRate);
    if (!vat) {
        return failAt(QStringLiteral("vatRate"), vat.error().message);
    }
    item.vatBasisPoints = vat.value();
    bool ok = false;
    item.durationMin = m_duration.trimmed().isEmpty() ? 0 : m_duration.trimmed().toInt(&ok);
    if (!m_duration.trimmed().isEmpty() && !ok) {
        return failAt(QStringLiteral("durationMin"), tr("Enter whole minutes, for example 45."));
    }
    // Checked before anything is written, so that the item and its phases are saved together or not at all.
    const auto phases = phasesFor(item.durationMin);
    if (!phases) {
        return false;
    }
    auto stored = m_store->store().catalog().save(item);
    if (!stored) {
        setError(stored.error().message);
        return false;
    }
    const Service &service = *phases;
    const bool plain = service.processingMin == 0 && service.finishMin == 0 && service.bufferBeforeMin == 0 &&
                       service.bufferAfterMin == 0;
    const bool hadPhases = m_phases.processingMin > 0 || m_phases.finishMin > 0 || m_phases.bufferBeforeMin > 0 ||
                           m_phases.bufferAfterMin > 0 || !m_phases.stationKind.isEmpty();
    if (item.durationMin > 0 && (!plain || hadPhases)) {
        if (auto booked = m_store->store().resources().saveService(stored->id, service); !booked) {
            setError(booked.error().message);
            return false;
        }
    }
    m_itemId = stored->id;
    load(m_itemId);
    Q_EMIT saved(m_itemId);
    return true;
}

void ItemEditorModel::loadPhases()
{
    m_processing = QString::number(m_phases.processingMin);
    m_finish = QString::number(m_phases.finishMin);
    m_bufferBefore = QString::number(m_phases.bufferBeforeMin);
    m_bufferAfter = QString::number(m_phases.bufferAfterMin);
}

std::optional<Service> ItemEditorModel::phasesFor(int durationMin)
{
    constexpr int kMaxPhaseMin = 600;
    Service phases = m_phases;
    for (const auto &[text, field, label] : {std::tuple{m_processing, &phases.processingMin, tr("Processing gap")},
                                             std::tuple{m_finish, &phases.finishMin, tr("Finish")},
                                             std::tuple{m_bufferBefore, &phases.bufferBeforeMin, tr("Buffer before")},
                                             std::tuple{m_bufferAfter, &phases.bufferAfterMin, tr("Buffer after")}}) {
        bool ok = true;
        *field = text.trimmed().isEmpty() ? 0 : text.trimmed().toInt(&ok);
        if (!ok || *field < 0 || *field > kMaxPhaseMin) {
            setErrorAt(QStringLiteral("phases"),
                       tr("%1: enter whole minutes from 0 to %2.").arg(label).arg(kMaxPhaseMin));
            return std::nullopt;
        }
    }
    if (durationMin == 0) {
        if (phases.processingMin + phases.finishMin + phases.bufferBeforeMin + phases.bufferAfterMin > 0) {
            setErrorAt(QStringLiteral("phases"),
                       tr("Only a service with a duration has a processing gap, a finish or buffers."));
            return std::nullopt;
        }
        return phases;
    }
    phases.workMin = durationMin - phases.processingMin - phases.finishMin;
    if (phases.workMin < 1) {
        setErrorAt(QStringLiteral("phases"),
                   tr("The processing gap and the finish must leave time for the work: together less than %1 min.")
                       .arg(durationMin));
        return std::nullopt;
    }
    if (phases.processingMin == 0 && phases.finishMin > 0) {
        setErrorAt(QStringLiteral("phases"),
                   tr("A finish comes after a processing gap; without a gap, put its minutes in the duration."));
        return std::nullopt;
    }
    return phases;
}
