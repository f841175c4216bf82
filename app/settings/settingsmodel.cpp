#include "settings/settingsmodel.h"

#include "audit/auditlog.h"
#include "merchant/merchant.h"
#include "merchant/merchantrepository.h"
#include "shell/appstore.h"
#include "shell/translator.h"
#include "staffauth.h"
#include "workflows/store.h"

#include <QQmlEngine>

using namespace madang;

namespace {
std::optional<MerchantProfile> profileOf(const AppStore *store)
{
    if (store == nullptr) {
        return std::nullopt;
    }
    auto p = store->store().merchant().profile();
    return p ? p.value() : std::nullopt;
}
} // namespace

SettingsModel::SettingsModel(QObject *parent) : QObject(parent) {}

void SettingsModel::setStore(AppStore *store)
{
    if (m_store == store) {
        return;
    }
    m_store = store;
    if (m_store) {
        m_language = m_store->store().merchant().setting(kLanguageKey, QStringLiteral("system"));
        connect(m_store, &AppStore::profileChanged, this, &SettingsModel::storeChanged);
    }
    Q_EMIT storeChanged();
    Q_EMIT languageChanged();
}

void SettingsModel::setLanguage(const QString &language)
{
    if (language != QStringLiteral("system") && language != QStringLiteral("ko") && language != QStringLiteral("en")) {
        m_error = tr("Unknown language \"%1\".").arg(language);
        Q_EMIT errorChanged();
        return;
    }
    if (language == m_language) {
        return;
    }
    if (m_store) {
        if (auto saved = m_store->store().merchant().setSetting(kLanguageKey, language); !saved) {
            m_error = saved.error().message;
            Q_EMIT errorChanged();
            return;
        }
    }
    AuditEntry entry;
    if (m_store) {
        entry.actorId = m_store->session()->staffId();
        entry.actorName = m_store->session()->staffName();
        entry.action = audit::SettingChanged;
        entry.record = QStringLiteral("setting:") + kLanguageKey;
        entry.detail = {{QStringLiteral("from"), m_language}, {QStringLiteral("to"), language}};
        if (auto logged = m_store->store().audit().append(entry); !logged) {
            m_error = logged.error().message;
            Q_EMIT errorChanged();
        }
    }
    m_language = language;
    Translator::apply(language);
    if (QQmlEngine *engine = qmlEngine(this)) {
        engine->retranslate();
    }
    Q_EMIT languageChanged();
    if (m_store) {
        m_store->notifyLanguageChanged(); // dates and other locale-formatted text
    }
}

QString SettingsModel::effectiveLanguage() const
{
    return Translator::resolve(m_language);
}

QString SettingsModel::businessName() const
{
    const auto p = profileOf(m_store);
    return p ? p->name : QString();
}

QString SettingsModel::vertical() const
{
    const auto p = profileOf(m_store);
    return p ? verticalToString(p->vertical) : QString();
}

QString SettingsModel::currency() const
{
    const auto p = profileOf(m_store);
    return p ? p->currency : QString();
}

QString SettingsModel::vatRate() const
{
    const auto p = profileOf(m_store);
    return p ? formatVatPercent(p->vatBasisPoints) : QString();
}

bool SettingsModel::pricesIncludeVat() const
{
    const auto p = profileOf(m_store);
    return p ? p->pricesIncludeVat : true;
}

QString SettingsModel::databasePath() const
{
    return m_store ? m_store->databasePath() : QString();
}

QString SettingsModel::version()
{
    return QStringLiteral(MADANG_VERSION);
}

int SettingsModel::discountApprovalPercent() const
{
    return m_store ? m_store->staffAuth().discountApprovalPercent() : 10;
}

bool SettingsModel::setDiscountApprovalPercent(int percent)
{
    if (!m_store) {
        return false;
    }
    auto done = m_store->staffAuth().setDiscountApprovalPercent(m_store->session()->staffId(), percent);
    m_error = done ? QString() : done.error().message;
    Q_EMIT errorChanged();
    Q_EMIT thresholdsChanged();
    return done.ok();
}
