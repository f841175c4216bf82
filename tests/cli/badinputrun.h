// Running one bad-input case: the database's contents before and after, the secrets folder, and madangctl
// itself in bounded time and memory.
#pragma once

#include "badinput.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace badinput {

/// Every table's row count and a checksum of its rows, the schema and user_version; or that there is no file.
struct Snapshot
{
    bool exists = false;
    QByteArray schema;
    QMap<QString, QPair<qint64, QByteArray>> tables;
};
Snapshot snapshot(const QString &dbPath);
/// "orders 3 -> 4", "journal (same count, other rows)", "schema"; empty when nothing changed.
QStringList differences(const Snapshot &before, const Snapshot &after);

/// Relative path -> SHA-256 of each file under dir (empty when dir does not exist).
QMap<QString, QByteArray> folderHashes(const QString &dir);
bool copyFolder(const QString &from, const QString &to);
/// "absent", "folder: a, b" or the SHA-256 of the file's bytes, to show that nothing was made or changed there.
QByteArray pathState(const QString &path);
bool writeInput(const QString &path, const InputFile &file);

struct Outcome
{
    bool finished = false; // false: timed out or crashed (see problem)
    QString problem;
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};
/// madangctl with args, in its own XDG_CONFIG_HOME, with at most 2 GiB of address space and timeoutMs.
Outcome runMadangctl(const QString &program, const QStringList &args, const QString &configHome, int timeoutMs);

} // namespace badinput
