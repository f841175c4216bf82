#include "common/approvalmodel.h"

#include "base/particles.h"
#include "shell/appstore.h"
#include "staffauth.h"

using namespace madang;

ApprovalModel::ApprovalModel(QObject *parent) : QObject(parent) {}

void ApprovalModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
    }
}

bool ApprovalModel::approve(const QString &approverId, const QString &pin)
{
    if (!m_store) {
        return false;
    }
    auto token = m_store->staffAuth().approve(approverId, pin, m_action, m_record, m_reason);
    setResult(token ? token.value() : QString(), token ? QString() : token.error().message);
    return token.ok();
}

bool ApprovalModel::unlock(const QString &staffId, const QString &approverId, const QString &pin)
{
    if (!m_store) {
        return false;
    }
    auto done = m_store->staffAuth().unlock(staffId, approverId, pin);
    setResult({}, done ? QString() : done.error().message);
    return done.ok();
}

void ApprovalModel::reset()
{
    setResult({}, {});
}

void ApprovalModel::setResult(const QString &token, const QString &error)
{
    m_token = token;
    m_error = particles::resolve(error);
    Q_EMIT resultChanged();
}
