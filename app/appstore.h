#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace madang {
class Store;
}

/// The open terminal database as QML sees it: a handle that view-models take as their `store`
/// property, plus change notifications so that screens refresh after another screen writes.
/// Created once by main.cpp and passed to Main.qml as an initial property.
class AppStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppStore is created by the application")
    Q_PROPERTY(bool setUp READ isSetUp NOTIFY setUpChanged)
    Q_PROPERTY(QString businessName READ businessName NOTIFY profileChanged)
    Q_PROPERTY(QString vertical READ vertical NOTIFY profileChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY profileChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)

public:
    explicit AppStore(madang::Store &store, QObject *parent = nullptr);

    [[nodiscard]] madang::Store &store() const { return m_store; }
    [[nodiscard]] bool isSetUp() const;
    [[nodiscard]] QString businessName() const;
    [[nodiscard]] QString vertical() const;
    [[nodiscard]] QString currency() const;
    [[nodiscard]] QString databasePath() const;

    /// View-models call these after they write, so that other screens refresh.
    void notifySetUp();
    void notifyCatalogChanged();
    void notifyProfileChanged();

Q_SIGNALS:
    void setUpChanged();
    void profileChanged();
    void catalogChanged();

private:
    madang::Store &m_store;
};
