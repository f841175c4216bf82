#include "badinputrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <sys/resource.h>

namespace badinput {

namespace {
QByteArray rowDigest(const QSqlRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = record.value(i);
        hash.addData(QByteArray::number(value.isNull() ? -1 : value.typeId()) + ':');
        const QByteArray bytes =
            value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    }
    return hash.result();
}

int g_connection = 0;
} // namespace

Snapshot snapshot(const QString &dbPath)
{
    Snapshot s;
    if (!QFileInfo::exists(dbPath)) {
        return s;
    }
    s.exists = true;
    const QString name = QStringLiteral("badinput-snapshot-%1").arg(++g_connection);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            s.schema = "cannot open";
        } else {
            QSqlQuery q(db);
            QCryptographicHash schema(QCryptographicHash::Sha256);
            q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            QStringList tables;
            while (q.next()) {
                schema.addData(rowDigest(q.record()));
                if (q.value(0).toString() == QLatin1String("table")) {
                    tables << q.value(1).toString();
                }
            }
            q.exec(QStringLiteral("PRAGMA user_version"));
            schema.addData(q.next() ? q.value(0).toByteArray() : QByteArray("?"));
            s.schema = schema.result();
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery rows(db);
                rows.setForwardOnly(true);
                QList<QByteArray> digests;
                if (rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    while (rows.next()) {
                        digests << rowDigest(rows.record());
                    }
                }
                std::sort(digests.begin(), digests.end()); // the same rows in any order (WITHOUT ROWID tables too)
                QCryptographicHash all(QCryptographicHash::Sha256);
                for (const QByteArray &d : std::as_const(digests)) {
                    all.addData(d);
                }
                s.tables.insert(table, {digests.size(), all.result()});
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

QStringList differences(const Snapshot &before, const Snapshot &after)
{
    if (before.exists != after.exists) {
        return {after.exists ? QStringLiteral("a database file was created (%1 tables)").arg(after.tables.size())
                             : QStringLiteral("the database file is gone")};
    }
    if (!before.tables.isEmpty() && after.tables.isEmpty()) {
        return {
            QStringLiteral("the file is no longer a readable database (all %1 tables gone)").arg(before.tables.size())};
    }
    QStringList out;
    if (before.schema != after.schema) {
        out << QStringLiteral("schema");
    }
    QStringList names = before.tables.keys() + after.tables.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &t : std::as_const(names)) {
        const auto a = before.tables.value(t, {-1, {}});
        const auto b = after.tables.value(t, {-1, {}});
        if (a.first != b.first) {
            out << QStringLiteral("%1 %2 -> %3").arg(t).arg(a.first).arg(b.first);
        } else if (a.second != b.second) {
            out << QStringLiteral("%1 (%2 rows, other contents)").arg(t).arg(a.first);
        }
    }
    return out;
}

QMap<QString, QByteArray> folderHashes(const QString &dir)
{
    QMap<QString, QByteArray> out;
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        return out;
    }
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(&f);
        }
        out.insert(QDir(dir).relativeFilePath(path), hash.result());
    }
    return out;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyFolder(info.filePath(), target) : !QFile::copy(info.filePath(), target)) {
            return false;
        }
        QFile::setPermissions(target, info.permissions());
    }
    return true;
}

QByteArray pathState(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return "absent";
    }
    if (info.isDir()) {
        return "folder: " +
               QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QStringLiteral(", ")).toUtf8();
    }
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly)) {
        hash.addData(&f);
    }
    return hash.result().toHex();
}

bool writeInput(const QString &path, const InputFile &file)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(file.head) != file.head.size()) {
        return false;
    }
    for (qint64 i = 0; i < file.repeat; ++i) {
        if (f.write(file.unit) != file.unit.size()) {
            return false;
        }
    }
    return f.write(file.tail) == file.tail.size();
}

Outcome runMadangctl(const QString &program, const QStringList &args, const QString &configHome, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    // As in a desktop session: otherwise QtGui (receipt) warns on stderr that XDG_RUNTIME_DIR is not set.
    const QString runtime = QDir(configHome).filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    p.setProcessEnvironment(env);
#if !defined(__SANITIZE_ADDRESS__)
    // A bounded input must be read in bounded memory: 2 GiB of address space, then malloc fails.
    p.setChildProcessModifier([] {
        const rlim_t limit = rlim_t(2) << 30;
        const rlimit r{limit, limit};
        setrlimit(RLIMIT_AS, &r);
    });
#endif
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    Outcome o;
    if (!p.waitForStarted(timeoutMs)) {
        o.problem = QStringLiteral("did not start: %1").arg(p.errorString());
        return o;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        o.problem = QStringLiteral("timed out after %1 s").arg(timeoutMs / 1000);
    } else if (p.exitStatus() != QProcess::NormalExit) {
        o.problem = QStringLiteral("crashed (%1)").arg(p.errorString());
    } else {
        o.finished = true;
        o.exitCode = p.exitCode();
    }
    o.ms = timer.elapsed();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

} // namespace badinput
