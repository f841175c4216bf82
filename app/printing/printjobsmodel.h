#pragma once

#include "common/viewmodelstatus.h"
#include "printqueue/printqueue.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Print jobs that gave up (3 failed attempts and no fallback), newest first, with their printer, kind,
/// reference, last error and time: Settings → Printers lists them with Retry and Cancel, and the shell
/// shows count as a badge. Read again whenever the queue changes (the spooler's queueChanged).
class PrintJobsModel : public QAbstractListModel, public ViewModelStatus<PrintJobsModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        PrinterNameRole,
        KindRole,
        ReferenceRole,
        LastErrorRole,
        TimeTextRole,
        AttemptsRole
    };
    Q_ENUM(Role)

    explicit PrintJobsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return static_cast<int>(m_jobs.size()); }

    Q_INVOKABLE void refresh();
    /// Queues the job again on its printer, due now.
    Q_INVOKABLE bool retry(const QString &jobId);
    /// Gives the job up.
    Q_INVOKABLE bool cancel(const QString &jobId);

Q_SIGNALS:
    void storeChanged();
    void countChanged();
    void errorChanged();

private:
    bool done(const madang::Status &status);

    QPointer<AppStore> m_store;
    QList<madang::PrintJob> m_jobs;
    QHash<QString, QString> m_printerNames;
};
