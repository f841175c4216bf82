#pragma once

#include "common/viewmodelstatus.h"
#include "floor/tableservice.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QRect>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

/// The restaurant floor: the areas, and the tables of the current area at their plan positions
/// (plan units 0..1000) with their status, guests and running total. Also the floor plan editor's
/// operations. Failures return false (or an empty id) and set error.
class FloorModel : public QAbstractListModel, public ViewModelStatus<FloorModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// [{areaId, name}] in the merchant's order.
    Q_PROPERTY(QVariantList areas READ areas NOTIFY areasChanged)
    /// The area shown; the first one when empty or unknown.
    Q_PROPERTY(QString areaId READ areaId WRITE setAreaId NOTIFY areaIdChanged)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    /// Tables with a party in the current area, and guests seated there.
    Q_PROPERTY(int occupiedCount READ occupiedCount NOTIFY refreshed)
    Q_PROPERTY(int guestCount READ guestCount NOTIFY refreshed)
    /// What the tables of the current area cover, in plan units (the whole plan when there are none).
    Q_PROPERTY(QRect bounds READ bounds NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static constexpr int kPlanSize = 1000;
    static constexpr int kMinTableSize = 60;
    static constexpr int kMaxGroupName = 40;
    static constexpr int kMaxGroupPosition = 99;

    enum Role {
        TableIdRole = Qt::UserRole + 1,
        NameRole,
        SeatsRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        RoundRole,
        StatusRole,     ///< "free", "seated", "ordered" or "bill"
        StatusTextRole, ///< the same, for people
        GuestsRole,
        TotalTextRole, ///< empty while nothing is ordered
        MinutesRole,   ///< since the party sat down; -1 when free
        JoinedToRole,  ///< the table whose ticket a joined seating shares; empty when not joined
        JoinedToNameRole,
        CombineGroupRole, ///< tables in one group push together for larger parties; empty: stands alone
        CombinePositionRole,
    };
    Q_ENUM(Role)

    explicit FloorModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QVariantList areas() const;
    [[nodiscard]] QString areaId() const { return m_areaId; }
    void setAreaId(const QString &areaId);
    [[nodiscard]] int count() const { return static_cast<int>(m_tables.size()); }
    [[nodiscard]] int occupiedCount() const;
    [[nodiscard]] int guestCount() const;
    [[nodiscard]] QRect bounds() const;

    /// "free" → "Free" in the UI language; the legend uses it too.
    Q_INVOKABLE static QString statusText(const QString &status);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError();
    /// The row of a table of the current area, or -1.
    Q_INVOKABLE int rowOf(const QString &tableId) const;
    /// A table of the current area as {tableId, name, seats, planX, planY, planWidth, planHeight, round,
    /// status}; empty if it is not there.
    Q_INVOKABLE QVariantMap table(const QString &tableId) const;

    /// Seats a party (1–99 guests) at a free table: its ticket is opened. An occupied table just opens.
    Q_INVOKABLE bool open(const QString &tableId, int guests);
    /// Where a party can go: free tables (for a transfer) or other occupied ones (for a merge), in every
    /// area: [{tableId, name, areaName}].
    Q_INVOKABLE QVariantList moveTargets(const QString &tableId, bool occupied) const;
    Q_INVOKABLE bool transfer(const QString &fromTableId, const QString &toTableId);
    Q_INVOKABLE bool merge(const QString &fromTableId, const QString &intoTableId);

    /// The editor. A new table gets the next free number as its name and a free spot on the plan.
    /// Returns its id, or empty with error.
    Q_INVOKABLE QString addTable();
    /// Moves a table; it stays inside the plan.
    Q_INVOKABLE bool moveTable(const QString &tableId, int x, int y);
    /// Resizes a table (at least kMinTableSize plan units a side); it stays inside the plan.
    Q_INVOKABLE bool resizeTable(const QString &tableId, int width, int height);
    Q_INVOKABLE bool renameTable(const QString &tableId, const QString &name);
    Q_INVOKABLE bool setSeats(const QString &tableId, int seats);
    Q_INVOKABLE bool setRound(const QString &tableId, bool round);
    /// Puts the table in a combine group (empty: none) at a position (1-99): reservations push it together
    /// with its neighbours in the group by position.
    Q_INVOKABLE bool setCombine(const QString &tableId, const QString &group, int position);
    /// Takes a table off the plan; refused while it has a ticket.
    Q_INVOKABLE bool retireTable(const QString &tableId);
    /// Adds an area after the others and shows it. Returns its id, or empty with error.
    Q_INVOKABLE QString addArea(const QString &name);
    Q_INVOKABLE bool renameArea(const QString &areaId, const QString &name);

Q_SIGNALS:
    void storeChanged();
    void areasChanged();
    void areaIdChanged();
    void refreshed();
    void errorChanged();

private:
    /// Saves an edited copy of a table of the current area (edit changes it) and refreshes.
    bool editTable(const QString &tableId, const std::function<void(madang::DiningTable &)> &edit);
    bool done(const madang::Status &status);

    QPointer<AppStore> m_store;
    QList<madang::Area> m_areas;
    QString m_areaId;
    QList<madang::TableState> m_tables;
    QString m_currency = QStringLiteral("KRW");
};
