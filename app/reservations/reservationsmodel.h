#pragma once

#include "common/viewmodelstatus.h"
#include "reservations/reservationservice.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The restaurant's reservation day: one column per table, a block per reservation on each table it
/// holds (tables pushed together show the same party on each), tap an empty slot to reserve with the
/// engine's suggested tables, and the steps of a reservation: arrived, seated (its ticket opens on the
/// table), no-show, cancelled.
class ReservationsModel : public QAbstractListModel, public ViewModelStatus<ReservationsModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY refreshed)
    Q_PROPERTY(bool isToday READ isToday NOTIFY refreshed)
    /// [{id, name, subtitle}] per table, in floor order.
    Q_PROPERTY(QVariantList columns READ columns NOTIFY refreshed)
    Q_PROPERTY(int dayStartMin READ dayStartMin NOTIFY refreshed)
    Q_PROPERTY(int dayEndMin READ dayEndMin NOTIFY refreshed)
    Q_PROPERTY(int nowMin READ nowMin NOTIFY refreshed)
    /// "12 reservations · 38 guests"
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        ReservationIdRole = Qt::UserRole + 1,
        ColumnRole,
        StartMinRole,
        EndMinRole,
        GuestRole,
        PartyRole,
        TablesTextRole, ///< "4+5" when tables are pushed together
        TimeTextRole,
        StatusRole,
        StatusTextRole,
        SourceRole,
    };
    Q_ENUM(Role)

    explicit ReservationsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString dateText() const;
    [[nodiscard]] bool isToday() const;
    [[nodiscard]] QVariantList columns() const { return m_columns; }
    [[nodiscard]] int dayStartMin() const { return m_dayStartMin; }
    [[nodiscard]] int dayEndMin() const { return m_dayEndMin; }
    [[nodiscard]] int nowMin() const;
    [[nodiscard]] QString summary() const { return m_summary; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    Q_INVOKABLE void goToday();
    Q_INVOKABLE void clearError();

    /// Free starts for a party on the shown day with the suggested tables: [{startMin, text, tables, tableIds}].
    Q_INVOKABLE QVariantList freeTimes(int partySize) const;
    /// The best seating for a party at a start, as {tableIds, tables} (empty tables text: none free).
    Q_INVOKABLE QVariantMap suggestion(int partySize, int startMin) const;
    /// Reserves; tableIds empty takes the suggestion. Phone may be empty; deposit is an amount taken now (in
    /// major units, as typed; empty: none), credited on the party's bill.
    Q_INVOKABLE bool reserve(const QString &name, const QString &phone, int partySize, int startMin,
                             const QStringList &tableIds = {}, const QString &deposit = {});
    /// Another time at the table of `column` (with its neighbours when the party needs them).
    Q_INVOKABLE bool move(const QString &id, int column, int startMin);

    /// One reservation for its card: guest, phone, party, time, tables, status, notes and what it allows.
    Q_INVOKABLE QVariantMap details(const QString &id) const;
    Q_INVOKABLE bool arrive(const QString &id);
    /// Seats the party: opens the ticket on its table and asks the shell to show that table.
    Q_INVOKABLE bool seat(const QString &id);
    Q_INVOKABLE bool noShow(const QString &id);
    Q_INVOKABLE bool cancel(const QString &id, const QString &reason);

Q_SIGNALS:
    void storeChanged();
    void refreshed();
    void errorChanged();

private:
    [[nodiscard]] QString actor() const;
    bool apply(const madang::Result<madang::Reservation> &result);

    QPointer<AppStore> m_store;
    QDate m_date;
    QVariantList m_columns;
    QStringList m_columnTableIds;
    struct Block
    {
        madang::Reservation reservation;
        int column = 0;
    };
    QList<Block> m_blocks;
    int m_dayStartMin = 11 * 60;
    int m_dayEndMin = 22 * 60;
    QString m_summary;
};
