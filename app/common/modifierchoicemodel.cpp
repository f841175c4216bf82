#include "common/modifierchoicemodel.h"

#include "base/particles.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "common/moneytext.h"
#include "common/viewmodelstatus.h"
#include "workflows/store.h"

using namespace madang;

ModifierChoiceModel::ModifierChoiceModel(QObject *parent) : QAbstractListModel(parent) {}

void ModifierChoiceModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
    }
}

int ModifierChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

QVariant ModifierChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ModifierGroup &g = m_groups.at(index.row());
    const QList<bool> &selected = m_selected.at(index.row());
    switch (role) {
    case GroupIdRole:
        return g.id;
    case Qt::DisplayRole:
    case NameRole:
        return g.name;
    case RuleTextRole:
        if (g.minChoices == g.maxChoices) {
            return tr("Choose %n", nullptr, g.minChoices);
        }
        if (g.minChoices == 0) {
            return tr("Optional, up to %n", nullptr, g.maxChoices);
        }
        return tr("Choose %1–%2").arg(g.minChoices).arg(g.maxChoices);
    case RequiredRole:
        return g.minChoices > 0;
    case SatisfiedRole: {
        const auto n = selected.count(true);
        return n >= g.minChoices && n <= g.maxChoices;
    }
    case OptionsRole: {
        QVariantList options;
        for (qsizetype i = 0; i < g.options.size(); ++i) {
            const ModifierOption &o = g.options.at(i);
            options << QVariantMap{{QStringLiteral("optionId"), o.id},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("priceText"),
                                    o.priceMinor != 0 ? QStringLiteral("+") + money(o.priceMinor) : QString()},
                                   {QStringLiteral("selected"), selected.at(i)}};
        }
        return options;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ModifierChoiceModel::roleNames() const
{
    return {{GroupIdRole, "groupId"},   {NameRole, "name"},           {RuleTextRole, "ruleText"},
            {RequiredRole, "required"}, {SatisfiedRole, "satisfied"}, {OptionsRole, "options"}};
}

bool ModifierChoiceModel::load(const QString &itemId)
{
    QString error;
    CatalogItem item;
    QList<ModifierGroup> groups;
    if (!m_store) {
        error = ViewModelMessages::noDatabase();
    } else if (auto found = m_store->store().catalog().find(itemId); !found || !found.value()) {
        error = found ? tr("This item is not in the catalog.") : found.error().message;
    } else if (auto offered = m_store->store().modifiers().groupsForItem(itemId); !offered) {
        error = offered.error().message;
    } else {
        item = *found.value();
        groups = offered.value();
    }
    beginResetModel();
    m_itemId = error.isEmpty() ? itemId : QString();
    m_itemName = item.name;
    m_basePriceMinor = item.priceMinor;
    m_currency = m_store ? m_store->currency() : QStringLiteral("KRW");
    m_groups = groups;
    m_selected.clear();
    for (const ModifierGroup &g : std::as_const(m_groups)) {
        m_selected << QList<bool>(g.options.size(), false);
    }
    m_error = particles::resolve(error);
    endResetModel();
    Q_EMIT loaded();
    Q_EMIT selectionChanged();
    return error.isEmpty();
}

bool ModifierChoiceModel::toggle(int groupRow, int optionIndex)
{
    if (groupRow < 0 || groupRow >= m_groups.size() || optionIndex < 0 ||
        optionIndex >= m_groups.at(groupRow).options.size()) {
        return false;
    }
    const ModifierGroup &g = m_groups.at(groupRow);
    QList<bool> &selected = m_selected[groupRow];
    if (selected.at(optionIndex)) {
        if (g.maxChoices == 1 && g.minChoices == 1) {
            return true; // a one-of choice stays answered: tapping it again keeps it
        }
        selected[optionIndex] = false;
    } else if (g.maxChoices == 1) {
        selected.fill(false);
        selected[optionIndex] = true;
    } else if (selected.count(true) >= g.maxChoices) {
        return false;
    } else {
        selected[optionIndex] = true;
    }
    Q_EMIT dataChanged(index(groupRow), index(groupRow), {SatisfiedRole, OptionsRole});
    Q_EMIT selectionChanged();
    return true;
}

QList<ModifierChoice> ModifierChoiceModel::chosen() const
{
    QList<ModifierChoice> out;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const ModifierGroup &group = m_groups.at(g);
        for (qsizetype o = 0; o < group.options.size(); ++o) {
            if (m_selected.at(g).at(o)) {
                const ModifierOption &opt = group.options.at(o);
                out << ModifierChoice{group.id, group.name, opt.id, opt.name, opt.priceMinor};
            }
        }
    }
    return out;
}

bool ModifierChoiceModel::valid() const
{
    return !m_itemId.isEmpty() && validateChoices(m_groups, chosen()).ok();
}

QString ModifierChoiceModel::hint() const
{
    if (m_itemId.isEmpty()) {
        return m_error;
    }
    auto checked = validateChoices(m_groups, chosen());
    return checked ? QString() : checked.error().message;
}

qint64 ModifierChoiceModel::priceDeltaMinor() const
{
    qint64 sum = 0;
    for (const ModifierChoice &c : chosen()) {
        sum += c.priceMinor;
    }
    return sum;
}

QString ModifierChoiceModel::money(qint64 minor) const
{
    return moneyText(minor, m_currency);
}

QString ModifierChoiceModel::priceDeltaText() const
{
    const qint64 delta = priceDeltaMinor();
    return delta != 0 ? QStringLiteral("+") + money(delta) : QString();
}

QString ModifierChoiceModel::unitPriceText() const
{
    return money(m_basePriceMinor + priceDeltaMinor());
}

QVariantList ModifierChoiceModel::choices() const
{
    QVariantList out;
    for (const ModifierChoice &c : chosen()) {
        out << QVariantMap{{QStringLiteral("groupId"), c.groupId}, {QStringLiteral("optionId"), c.optionId}};
    }
    return out;
}
