#pragma once

#include "base/error.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QIODevice;

namespace madang {

class Database;

/// Signs journal hashes with the terminal's device key. DeviceIdentity (security/) is the real one;
/// core only sees this seam, so that it needs no crypto library.
class Signer
{
public:
    virtual ~Signer() = default;
    [[nodiscard]] virtual QString terminalId() const = 0;
    /// DER ECDSA P-256 signature over SHA-256 of data.
    [[nodiscard]] virtual Result<QByteArray> sign(const QByteArray &data) const = 0;
};

/// Checks a DER signature of data; false for a wrong or malformed one. EcKey::verify with the public
/// key is the real one.
using SignatureCheck = std::function<Result<bool>(const QByteArray &data, const QByteArray &derSignature)>;

namespace journal {
inline constexpr QLatin1String Sale{"sale"};
inline constexpr QLatin1String Refund{"refund"};
inline constexpr QLatin1String Void{"void"};
inline constexpr QLatin1String Closure{"closure"};
inline constexpr QLatin1String Reprint{"reprint"};
bool isKnownType(const QString &type);
} // namespace journal

/// One entry of the signed sales journal (docs/journal.md).
struct JournalEntry
{
    qint64 seq = 0;        ///< 1, 2, … set by append
    QString terminal;      ///< set by append, from the signer
    QString type;          ///< journal::Sale, …
    QString at;            ///< ISO 8601 with ms and offset; set by append from the clock
    QString receipt;       ///< "T1-000042"; empty (JSON null) for a closure
    qint64 totalMinor = 0; ///< signed: refunds and voids are negative
    QString currency;
    QJsonObject body; ///< lines, payments, VAT breakdown…: whole numbers only
    QString prev;     ///< set by append
    QString hash;     ///< set by append
    QString sig;      ///< base64 DER; set by append

    /// The object that is hashed: every field but hash and sig.
    [[nodiscard]] QJsonObject hashedFields() const;
    /// One line of the export: canonical JSON of every field, without a newline.
    [[nodiscard]] Result<QByteArray> exportLine() const;
    /// Reads an exported line. Anything but the canonical form of a complete entry is refused.
    static Result<JournalEntry> fromExportLine(const QByteArray &line);
};

/// The outcome of checking a journal. A broken journal is a verdict, not an error.
struct JournalVerdict
{
    bool ok = true;
    qint64 entries = 0;     ///< entries checked
    qint64 firstBadSeq = 0; ///< the first bad entry's seq (or, for an export, its line number)
    QString reason;         ///< what is wrong with it, for people
};

/// Journal::append's statements, prepared once on one connection by a writer that appends often (a sale's
/// SaleStatements). They must be destroyed before the connection is closed.
struct JournalStatements
{
    explicit JournalStatements(sqlite3 *db);
    SqliteStatement last;   ///< the seq and hash of the newest entry
    SqliteStatement insert; ///< one entry
};

/// The append-only, hash-chained, signed journal of every sale, refund, void, closure and reprint.
class Journal
{
public:
    explicit Journal(Database &db) : m_db(db) {}

    /// Appends entry in the caller's transaction (refused outside one): fills seq, terminal, prev,
    /// hash and sig. at must be set by the caller (the same instant as the sale it records).
    Result<JournalEntry> append(QSqlDatabase &db, JournalEntry entry, const Signer &signer);
    /// Same, with statements prepared on db beforehand.
    Result<JournalEntry> append(QSqlDatabase &db, JournalEntry entry, const Signer &signer,
                                JournalStatements &statements);
    /// Same, for a writer that made the body's canonical text itself (a sale, see canonical::ObjectWriter):
    /// entry.body is not used, canonicalBody is hashed and stored as it is, and the entry returned has an
    /// empty body (read the entry back with bySeq for it as an object).
    Result<JournalEntry> append(QSqlDatabase &db, JournalEntry entry, const Signer &signer,
                                JournalStatements &statements, const QByteArray &canonicalBody);

    /// Entries with seq >= fromSeq, in order; limit < 0 means all.
    [[nodiscard]] Result<QList<JournalEntry>> entries(qint64 fromSeq = 1, qint64 limit = -1) const;
    [[nodiscard]] Result<std::optional<JournalEntry>> bySeq(qint64 seq) const;

    /// Writes every entry as JSON Lines, in seq order. Returns the number of entries.
    Result<qint64> exportTo(QIODevice &out) const;

    /// Checks the stored journal: seq without gaps, each prev, each hash and each signature.
    [[nodiscard]] Result<JournalVerdict> verifyStored(const SignatureCheck &check) const;
    /// The longest line verifyExport reads: one entry's canonical JSON, without its newline. Input with a
    /// longer line (or with no newline at all, such as /dev/zero) is refused after reading this much.
    static constexpr qint64 kMaxExportLineBytes = 16 * 1024 * 1024;
    /// Checks an export (JSON Lines) the same way, reading it line by line from in, so that memory stays
    /// bounded whatever its size; firstBadSeq is then the line number.
    static JournalVerdict verifyExport(QIODevice &in, const SignatureCheck &check);
    static JournalVerdict verifyExport(const QByteArray &jsonLines, const SignatureCheck &check);
    /// Checks that the journal agrees with the records it covers (journalrecords.cpp): every order (sale,
    /// refund, void) and every Z-report has its entry, every entry its order or Z-report (a reprint, the order
    /// it reprints), and each terminal's receipt counter has handed out as many numbers as there are orders.
    /// firstBadSeq is the first entry concerned (one past the last for a counter ahead of its orders).
    [[nodiscard]] Result<JournalVerdict> verifyRecords() const;

private:
    Database &m_db;
};

} // namespace madang
