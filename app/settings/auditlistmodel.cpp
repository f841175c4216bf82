#include "settings/auditlistmodel.h"

#include "merchant/merchantrepository.h"
#include "shell/appstore.h"
#include "workflows/store.h"

#include <QLocale>

using namespace madang;

AuditListModel::AuditListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &AuditListModel::filterChanged, this, &AuditListModel::refresh);
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return e.seq;
    case AtRole:
        return QLocale().toString(e.time(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorRole:
        return e.actorName.isEmpty() ? tr("This terminal") : e.actorName;
    case Qt::DisplayRole:
    case ActionRole:
        return actionLabel(e.action);
    case ActionCodeRole:
        return e.action;
    case RecordRole: {
        // "staff:<id>" reads better as the person's name.
        const QString prefix = QStringLiteral("staff:");
        if (e.record.startsWith(prefix) && m_names.contains(e.record.mid(prefix.size()))) {
            return tr("staff: %1").arg(m_names.value(e.record.mid(prefix.size())));
        }
        return e.record;
    }
    case ApproverRole:
        return e.approverId.isEmpty() ? QString() : m_names.value(e.approverId, e.approverId);
    case ReasonRole:
        return e.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditListModel::roleNames() const
{
    return {{SeqRole, "seq"},
            {AtRole, "at"},
            {ActorRole, "actor"},
            {ActionRole, "actionName"},
            {ActionCodeRole, "actionCode"},
            {RecordRole, "record"},
            {ApproverRole, "approver"},
            {ReasonRole, "reason"}};
}

QString AuditListModel::actionLabel(const QString &action)
{
    using namespace madang::audit;
    const QList<std::pair<QLatin1String, QString>> labels{
        {SignIn, tr("Signed in")},
        {SignInFailed, tr("Sign-in refused")},
        {Lockout, tr("Locked out")},
        {Unlock, tr("Unlocked")},
        {SignOut, tr("Signed out")},
        {Approval, tr("Manager approved")},
        {ApprovalDenied, tr("Approval refused")},
        {SettingChanged, tr("Setting changed")},
        {KioskExit, tr("Left kiosk mode")},
        {PrivilegedAction, tr("Privileged action")},
        {TerminalSetUp, tr("Terminal set up")},
    };
    for (const auto &[code, label] : labels) {
        if (action == code) {
            return label;
        }
    }
    return action;
}

QStringList AuditListModel::actionLabels()
{
    QStringList labels;
    for (const QString &action : actions()) {
        labels << actionLabel(action);
    }
    return labels;
}

void AuditListModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &AuditListModel::refresh,
                         {&AppStore::staffChanged, &AppStore::catalogChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void AuditListModel::refresh()
{
    if (!m_store) {
        return;
    }
    Store &store = m_store->store();
    AuditFilter filter;
    if (!m_action.isEmpty()) {
        filter.actions = {m_action};
    }
    filter.actorId = m_actorId;
    auto entries = store.audit().list(filter);
    m_names.clear();
    if (auto staff = store.merchant().staff(); staff) {
        for (const StaffMember &m : staff.value()) {
            m_names.insert(m.id, m.name);
        }
    }
    beginResetModel();
    m_entries = entries ? entries.value() : QList<AuditEntry>();
    endResetModel();
    m_error = entries ? QString() : entries.error().message;
    auto verdict = AuditLog::verify(store.database().connection());
    m_intact = verdict && verdict->ok;
    m_verdict = !verdict ? verdict.error().message
                : verdict->ok
                    ? tr("The audit trail is whole: %n entries, none changed or removed.", "", verdict->entries)
                    : verdict->reason;
    Q_EMIT countChanged();
}
