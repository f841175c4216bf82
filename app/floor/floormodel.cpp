#include "floor/floormodel.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "common/moneytext.h"
#include "merchant/merchantrepository.h"
#include "shell/session.h"
#include "workflows/store.h"

#include <algorithm>

using namespace madang;

namespace {
constexpr int kMaxGuests = 99;
} // namespace

FloorModel::FloorModel(QObject *parent) : QAbstractListModel(parent) {}

int FloorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FloorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TableState &s = m_tables.at(index.row());
    switch (role) {
    case TableIdRole:
        return s.table.id;
    case Qt::DisplayRole:
    case NameRole:
        return s.table.name;
    case SeatsRole:
        return s.table.seats;
    case XRole:
        return s.table.x;
    case YRole:
        return s.table.y;
    case WidthRole:
        return s.table.width;
    case HeightRole:
        return s.table.height;
    case RoundRole:
        return s.table.round;
    case StatusRole:
        return tableStatusName(s.status);
    case StatusTextRole:
        return statusText(tableStatusName(s.status));
    case JoinedToRole:
        return s.joinedTo;
    case JoinedToNameRole:
        return s.joinedToName;
    case CombineGroupRole:
        return s.combineGroup;
    case CombinePositionRole:
        return s.combinePosition;
    case GuestsRole:
        return s.guests;
    case TotalTextRole:
        return s.totalMinor > 0 ? moneyText(s.totalMinor, m_currency) : QString();
    case MinutesRole: {
        const QDateTime opened = madang::timetext::fromWire(s.openedAt);
        if (s.status == TableStatus::Free || !opened.isValid() || !m_store) {
            return -1;
        }
        return static_cast<int>(std::max<qint64>(0, opened.secsTo(m_store->store().clock().now()) / 60));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FloorModel::roleNames() const
{
    return {{TableIdRole, "tableId"},
            {NameRole, "name"},
            {SeatsRole, "seats"},
            {XRole, "planX"},
            {YRole, "planY"},
            {WidthRole, "planWidth"},
            {HeightRole, "planHeight"},
            {RoundRole, "round"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {GuestsRole, "guests"},
            {TotalTextRole, "totalText"},
            {MinutesRole, "minutes"},
            {JoinedToRole, "joinedTo"},
            {JoinedToNameRole, "joinedToName"},
            {CombineGroupRole, "combineGroup"},
            {CombinePositionRole, "combinePosition"}};
}

void FloorModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &FloorModel::refresh,
                         {&AppStore::profileChanged, &AppStore::ordersChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

QVariantList FloorModel::areas() const
{
    QVariantList out;
    for (const Area &a : m_areas) {
        out << QVariantMap{{QStringLiteral("areaId"), a.id}, {QStringLiteral("name"), a.name}};
    }
    return out;
}

void FloorModel::setAreaId(const QString &areaId)
{
    if (m_areaId != areaId) {
        m_areaId = areaId;
        Q_EMIT areaIdChanged();
        refresh();
    }
}

int FloorModel::occupiedCount() const
{
    return static_cast<int>(std::count_if(m_tables.cbegin(), m_tables.cend(),
                                          [](const TableState &s) { return s.status != TableStatus::Free; }));
}

int FloorModel::guestCount() const
{
    int n = 0;
    for (const TableState &s : m_tables) {
        n += s.guests;
    }
    return n;
}

QRect FloorModel::bounds() const
{
    QRect r;
    for (const TableState &s : m_tables) {
        r = r.united(QRect(s.table.x, s.table.y, s.table.width, s.table.height));
    }
    return r.isValid() ? r : QRect(0, 0, kPlanSize, kPlanSize);
}

QString FloorModel::statusText(const QString &status)
{
    if (status == QLatin1String("seated")) {
        return tr("Seated");
    }
    if (status == QLatin1String("ordered")) {
        return tr("Ordered");
    }
    if (status == QLatin1String("bill")) {
        return tr("Bill printed");
    }
    return tr("Free");
}

void FloorModel::refresh()
{
    if (!m_store) {
        return;
    }
    TableService &tables = m_store->store().tables();
    QString problem;
    auto areas = tables.areas();
    m_areas = areas ? areas.value() : QList<Area>();
    if (!areas) {
        problem = areas.error().message;
    }
    const bool known =
        std::any_of(m_areas.cbegin(), m_areas.cend(), [this](const Area &a) { return a.id == m_areaId; });
    if (!known) {
        m_areaId = m_areas.isEmpty() ? QString() : m_areas.constFirst().id;
        Q_EMIT areaIdChanged();
    }
    Q_EMIT areasChanged();
    beginResetModel();
    m_currency = m_store->currency();
    m_tables.clear();
    if (!m_areaId.isEmpty()) {
        auto floor = tables.floor(m_areaId);
        if (floor) {
            m_tables = floor.value();
        } else {
            problem = floor.error().message;
        }
    }
    endResetModel();
    Q_EMIT refreshed();
    if (!problem.isEmpty()) {
        setError(problem);
    }
}

void FloorModel::clearError()
{
    setError({});
}

int FloorModel::rowOf(const QString &tableId) const
{
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).table.id == tableId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QVariantMap FloorModel::table(const QString &tableId) const
{
    const int row = rowOf(tableId);
    if (row < 0) {
        return {};
    }
    QVariantMap out;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    }
    return out;
}

bool FloorModel::open(const QString &tableId, int guests)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (guests < 1 || guests > kMaxGuests) {
        return fail(tr("Enter between 1 and %1 guests.").arg(kMaxGuests));
    }
    auto opened =
        m_store->store().tables().open(tableId, guests, m_store->blankTicket(), m_store->session()->staffId());
    return done(opened ? Status(Done{}) : Status(opened.error()));
}

QVariantList FloorModel::moveTargets(const QString &tableId, bool occupied) const
{
    QVariantList out;
    if (!m_store) {
        return out;
    }
    auto floor = m_store->store().tables().floor();
    if (!floor) {
        return out;
    }
    QHash<QString, QString> areaNames;
    QHash<QString, int> areaOrder;
    for (const Area &a : m_areas) {
        areaNames.insert(a.id, a.name);
        areaOrder.insert(a.id, static_cast<int>(areaOrder.size()));
    }
    // Area by area, then "2" before "10" (numbers first, then other names).
    const auto byName = [](const QString &a, const QString &b) {
        bool aNumber = false;
        bool bNumber = false;
        const int x = a.toInt(&aNumber);
        const int y = b.toInt(&bNumber);
        if (aNumber && bNumber) {
            return x < y;
        }
        return aNumber != bNumber ? aNumber : QString::localeAwareCompare(a, b) < 0;
    };
    QList<TableState> tables = floor.value();
    std::sort(tables.begin(), tables.end(), [&](const TableState &a, const TableState &b) {
        const int byArea = areaOrder.value(a.table.areaId) - areaOrder.value(b.table.areaId);
        return byArea != 0 ? byArea < 0 : byName(a.table.name, b.table.name);
    });
    for (const TableState &s : std::as_const(tables)) {
        // A joined table moves with the table its party's ticket is on.
        if (s.table.id != tableId && s.joinedTo.isEmpty() && (s.status != TableStatus::Free) == occupied) {
            out << QVariantMap{{QStringLiteral("tableId"), s.table.id},
                               {QStringLiteral("name"), s.table.name},
                               {QStringLiteral("areaName"), areaNames.value(s.table.areaId)}};
        }
    }
    return out;
}

bool FloorModel::transfer(const QString &fromTableId, const QString &toTableId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    // Through the reservations: a seated party's reservation moves with its ticket.
    return done(m_store->store().reservations().transferParty(fromTableId, toTableId, m_store->session()->staffId()));
}

bool FloorModel::merge(const QString &fromTableId, const QString &intoTableId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    return done(m_store->store().reservations().mergeParties(fromTableId, intoTableId, m_store->session()->staffId()));
}

bool FloorModel::done(const Status &status)
{
    refresh();
    return succeeded(status);
}
