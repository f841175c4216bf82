#include "storage/migrator.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcMigrator, "madang.core.migrator", QtWarningMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

/// True if the text holds more than comments, semicolons and white space. A statement that is only a
/// comment (the note at the end of a migration file) prepares to nothing and fails when executed.
bool hasCode(QString text)
{
    static const QRegularExpression comments(QStringLiteral("--[^\\n]*|/\\*.*?(?:\\*/|$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    text.remove(comments);
    text.remove(QLatin1Char(';'));
    return !text.trimmed().isEmpty();
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

/// A migration that edits a definition in sqlite_schema (021) leaves SQLite's schema cookie where it was, and
/// the connection would go on with the definitions it had parsed: the next migration's ALTER TABLE would then
/// edit the new text at the old text's offsets. Moving the cookie on by one, as any CREATE or ALTER does, has
/// the schema parsed again, here, before the next migration; an edited definition that does not parse fails
/// the migration.
Status rereadSchema(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const int cookie = q.exec(QStringLiteral("PRAGMA schema_version")) && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    if (cookie < 0 || !q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)) ||
        !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        return makeError(ErrorCode::MigrationFailed, q.lastError().text());
    }
    return Done{};
}
bool foreignKeysOn(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toInt() == 1;
}

bool setForeignKeys(const QSqlDatabase &db, bool on)
{
    QSqlQuery q(db);
    return q.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
}
} // namespace

QList<Migration> Migrator::builtin()
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/madang/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = nameRe.match(file);
        QFile f(dir.filePath(file));
        if (!m.hasMatch() || !f.open(QIODevice::ReadOnly)) {
            qCWarning(lcMigrator) << "skipping unreadable migration" << file;
            continue;
        }
        Migration migration{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll()), {}};
        list << migration;
    }
    return list;
}

int Migrator::latestVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const auto &m : migrations) {
        latest = std::max(latest, m.version);
    }
    return latest;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QByteArray pending;
    const QByteArray utf8 = sql.toUtf8();
    for (const QByteArray &piece : utf8.split(';')) {
        pending += piece;
        pending += ';';
        if (sqlite3_complete(pending.constData()) != 0) {
            const QString statement = QString::fromUtf8(pending).trimmed();
            if (hasCode(statement)) {
                statements << statement;
            }
            pending.clear();
        }
    }
    // Anything left over without a terminating semicolon is still a statement (or only a comment).
    const QString rest = QString::fromUtf8(pending).trimmed();
    if (hasCode(rest)) {
        statements << rest.chopped(1);
    }
    return statements;
}

Status Migrator::migrate(QSqlDatabase &db, const QList<Migration> &migrations)
{
    const int from = currentVersion(db);
    const int latest = latestVersion(migrations);
    if (from < 0) {
        return makeError(ErrorCode::Storage, Text::tr("Cannot read the schema version of %1.").arg(db.databaseName()));
    }
    if (from > latest) {
        return makeError(ErrorCode::SchemaTooNew,
                         Text::tr("%1 was written by a newer Madang (schema %2; this version knows up to %3). "
                                  "Install the newer version; the file was not changed.")
                             .arg(db.databaseName())
                             .arg(from)
                             .arg(latest));
    }
    if (from == latest) {
        return Done{};
    }
    QList<Migration> pending;
    std::copy_if(migrations.begin(), migrations.end(), std::back_inserter(pending),
                 [from](const Migration &m) { return m.version > from; });
    std::sort(pending.begin(), pending.end(), [](const auto &a, const auto &b) { return a.version < b.version; });

    // Foreign keys are off while the steps run (SQLite ignores the pragma inside a transaction, so it is set
    // before), so that a step can rebuild a table that others name, as SQLite's own procedure for a changed
    // table does; they are checked as a whole before the commit and turned back on whatever happens.
    const bool keysWereOn = foreignKeysOn(db);
    if (keysWereOn && !setForeignKeys(db, false)) {
        return makeError(ErrorCode::Storage, Text::tr("Cannot pause foreign keys for the migration."));
    }
    const auto restoreKeys = qScopeGuard([&] {
        if (keysWereOn) {
            setForeignKeys(db, true);
        }
    });
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    for (const Migration &m : std::as_const(pending)) {
        const QString label = QStringLiteral("%1_%2").arg(m.version, 3, 10, QLatin1Char('0')).arg(m.name);
        const auto failed = [&](const QString &why) {
            return makeError(
                ErrorCode::MigrationFailed,
                Text::tr("Migration %1 failed: %2. The database is unchanged at schema %3.").arg(label, why).arg(from));
        };
        for (const QString &statement : splitStatements(m.sql)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                return failed(q.lastError().text());
            }
        }
        if (m.after) {
            if (auto step = m.after(db); !step) {
                return failed(step.error().message);
            }
        }
        if (auto reread = rereadSchema(db); !reread) {
            return failed(reread.error().message);
        }
        qCInfo(lcMigrator) << "applied migration" << label;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return Database::storageError(q.lastError(), Text::tr("Checking foreign keys after the migration"));
    }
    if (q.next()) {
        return makeError(ErrorCode::MigrationFailed,
                         Text::tr("The migration to schema %1 left a row of %2 naming a missing row of %3. The "
                                  "database is unchanged at schema %4.")
                             .arg(latest)
                             .arg(q.value(0).toString(), q.value(2).toString())
                             .arg(from));
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest))) {
        return Database::storageError(q.lastError(), Text::tr("Recording schema version"));
    }
    return tx.commit();
}

} // namespace madang
