#include "setup/setupwizardmodel.h"

#include "base/money.h"
#include "demo/demodata.h"
#include "merchant/merchant.h"
#include "pinhasher.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "workflows/store.h"

using namespace madang;

SetupWizardModel::SetupWizardModel(QObject *parent) : QObject(parent) {}

void SetupWizardModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
    }
}

QStringList SetupWizardModel::currencies()
{
    return Currency::supportedCodes();
}

QString SetupWizardModel::checkStep(int step) const
{
    switch (step) {
    case 0:
        if (m_businessName.trimmed().isEmpty()) {
            return tr("Enter the name of your business.");
        }
        if (m_businessName.trimmed().size() > 80) {
            return tr("The business name is longer than 80 characters.");
        }
        return {};
    case 1:
        return verticalFromString(m_vertical) ? QString() : tr("Choose what kind of business this is.");
    case 2:
        return Currency::fromCode(m_currency) ? QString() : tr("Choose a currency.");
    case 3:
        if (m_ownerName.trimmed().isEmpty()) {
            return tr("Enter the owner's name.");
        }
        if (!PinHasher::isValidPin(m_ownerPin)) {
            return tr("The PIN must be 4 to 6 digits.");
        }
        if (m_ownerPin != m_ownerPinAgain) {
            return tr("The two PINs are not the same.");
        }
        return {};
    default:
        return {};
    }
}

bool SetupWizardModel::next()
{
    const QString problem = checkStep(m_step);
    setError(problem);
    if (!problem.isEmpty()) {
        return false;
    }
    if (m_step + 1 < stepCount()) {
        ++m_step;
        Q_EMIT stepChanged();
    }
    return true;
}

void SetupWizardModel::back()
{
    setError({});
    if (m_step > 0) {
        --m_step;
        Q_EMIT stepChanged();
    }
}

bool SetupWizardModel::finish()
{
    for (int s = 0; s < stepCount(); ++s) {
        if (const QString problem = checkStep(s); !problem.isEmpty()) {
            m_step = s;
            Q_EMIT stepChanged();
            setError(problem);
            return false;
        }
    }
    if (!m_store) {
        setError(ViewModelMessages::noDatabase());
        return false;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    MerchantProfile profile;
    profile.name = m_businessName.trimmed();
    profile.vertical = verticalFromString(m_vertical).value_or(Vertical::Salon);
    profile.currency = m_currency;
    auto pinHash = m_store->pinHasher().hash(m_ownerPin);
    if (!pinHash) {
        m_busy = false;
        Q_EMIT busyChanged();
        setError(pinHash.error().message);
        return false;
    }
    auto owner = DemoData::setUpTerminal(m_store->store(), profile, m_ownerName.trimmed(), m_demo, pinHash.value());
    m_busy = false;
    Q_EMIT busyChanged();
    if (!owner) {
        setError(owner.error().message);
        return false;
    }
    setError({});
    m_store->session()->signIn(owner->id, m_ownerPin);
    m_ownerPin.clear();
    m_ownerPinAgain.clear();
    m_store->notifySetUp();
    Q_EMIT finished();
    return true;
}
