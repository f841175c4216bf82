#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The sync indicator and its detail: whether the terminal is paired and reached the platform, what waits to go
/// up, when the last round completed, why the last one did not, and what needs someone to look at it (ops the
/// platform refused, pulled changes this terminal could not apply). Read from the app's BackgroundSync after each
/// round; nothing to show (paired false) when the app runs without one.
class SyncStatusModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int needsAttention READ needsAttention NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    /// One line for the indicator: "Synced 14:02", "3 waiting to upload", "Offline · 3 waiting"...
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString platformText READ platformText NOTIFY changed)
    /// The indicator's colour: "offline" (the last round failed), "busy" (uploading or a round under way) or "ok".
    Q_PROPERTY(QString tone READ tone NOTIFY changed)
    /// What went wrong in the last round, in the screen's language; problem keeps the technical text.
    Q_PROPERTY(QString problemText READ problemText NOTIFY changed)
    /// [{"what", "reason", "detail"}], newest first: what kind of change, what happened to it (both in the screen's
    /// language) and the technical text the platform or this terminal gave. Read when refresh() is called.
    Q_PROPERTY(QVariantList attention READ attention NOTIFY attentionChanged)

public:
    explicit SyncStatusModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] bool paired() const;
    [[nodiscard]] bool online() const;
    [[nodiscard]] bool running() const;
    [[nodiscard]] int pending() const;
    [[nodiscard]] int needsAttention() const;
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString platformText() const;
    [[nodiscard]] QString tone() const;
    [[nodiscard]] QString problemText() const;
    /// A kind of change as a merchant names it ("the menu", "bookings"), from the op's domain.
    [[nodiscard]] static QString kindOf(const QString &op);
    [[nodiscard]] QVariantList attention() const { return m_attention; }

    /// Reads the needs-attention list and the platform's name again.
    Q_INVOKABLE void refresh();
    /// A round now, instead of at the next tick.
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    void storeChanged();
    void changed();
    void attentionChanged();

private:
    [[nodiscard]] const madang::sync::BackgroundSync::Snapshot *snapshot() const;

    QPointer<AppStore> m_store;
    QVariantList m_attention;
    QString m_platformText;
};
