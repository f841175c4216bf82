#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/// The counter's home screen, what a worker looks at between customers: who we are and today's date, the
/// sales so far today, who is here now (checked in, in service, or seated), and what waits to be uploaded.
/// The arrivals still expected are ArrivalsModel's.
class TodayModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString businessName READ businessName NOTIFY refreshed)
    Q_PROPERTY(QString vertical READ vertical NOTIFY refreshed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY refreshed)
    Q_PROPERTY(QString salesText READ salesText NOTIFY refreshed)
    Q_PROPERTY(QString salesNote READ salesNote NOTIFY refreshed)
    Q_PROPERTY(qint64 salesCount READ salesCount NOTIFY refreshed)
    Q_PROPERTY(QStringList hereNow READ hereNow NOTIFY refreshed)
    Q_PROPERTY(QString hereNote READ hereNote NOTIFY refreshed)
    Q_PROPERTY(qint64 pendingSync READ pendingSync NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)

public:
    explicit TodayModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString businessName() const { return m_businessName; }
    [[nodiscard]] QString vertical() const { return m_vertical; }
    [[nodiscard]] QString dateText() const { return m_dateText; }
    /// Net of refunds and voids, in the shop's currency ("₩182,160").
    [[nodiscard]] QString salesText() const { return m_salesText; }
    /// "3 sales · 1 refund or void", or that nothing was sold yet.
    [[nodiscard]] QString salesNote() const { return m_salesNote; }
    [[nodiscard]] qint64 salesCount() const { return m_salesCount; }
    /// One line per customer or party here now: "김하늘 · 커트 · Mina" or "김하늘 · 4명 · 창가 2".
    [[nodiscard]] QStringList hereNow() const { return m_hereNow; }
    /// The first three of hereNow, one a line, and how many more; or that nobody is here.
    [[nodiscard]] QString hereNote() const { return m_hereNote; }
    [[nodiscard]] qint64 pendingSync() const { return m_pendingSync; }
    /// Why a figure could not be read, or empty.
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void refreshed();

private:
    void readSales();
    void readHereNow();

    QPointer<AppStore> m_store;
    QString m_businessName;
    QString m_vertical;
    QString m_dateText;
    QString m_salesText;
    QString m_salesNote;
    qint64 m_salesCount = 0;
    QStringList m_hereNow;
    QString m_hereNote;
    qint64 m_pendingSync = 0;
    QString m_error;
};
