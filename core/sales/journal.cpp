#include "sales/journal.h"

#include "base/canonicaljson.h"
#include "base/particles.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

const QString kSelect = QStringLiteral(
    "SELECT seq, terminal, type, at, receipt, total_minor, currency, body, prev, hash, sig FROM journal ");

/// A stored row; bodyText is the column as stored, which must be the canonical form of body.
struct StoredEntry
{
    JournalEntry entry;
    QByteArray bodyText;
};

StoredEntry fromRow(const QSqlQuery &q)
{
    StoredEntry s;
    JournalEntry &e = s.entry;
    e.seq = q.value(0).toLongLong();
    e.terminal = q.value(1).toString();
    e.type = q.value(2).toString();
    e.at = q.value(3).toString();
    e.receipt = q.value(4).toString();
    e.totalMinor = q.value(5).toLongLong();
    e.currency = q.value(6).toString();
    s.bodyText = q.value(7).toString().toUtf8();
    e.body = QJsonDocument::fromJson(s.bodyText).object();
    e.prev = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.sig = q.value(10).toString();
    return s;
}

/// Why e cannot follow an entry whose hash is prev at position expectedSeq; empty if it can.
QString problemWith(const JournalEntry &e, qint64 expectedSeq, const QString &prev, const SignatureCheck &check)
{
    if (e.seq != expectedSeq) {
        return e.seq > expectedSeq
                   ? particles::resolve(Text::tr("entry %1 is missing (found %2 instead)").arg(expectedSeq).arg(e.seq))
                   : Text::tr("entry %1 is out of order or repeated").arg(e.seq);
    }
    if (e.prev != prev) {
        return Text::tr("it does not link to the entry before it (an entry was removed, inserted or replaced)");
    }
    auto canonical = canonical::json(e.hashedFields());
    if (!canonical || canonical::chainHash(e.prev, canonical.value()) != e.hash) {
        return Text::tr("its contents do not match its hash (the entry was altered)");
    }
    const QByteArray sig = QByteArray::fromBase64(e.sig.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (sig.toBase64() != e.sig.toLatin1()) {
        // Base64 that decodes to the same bytes in another spelling (the unused low bits of the last character
        // set, say): the signature is the same, but the text is not what was signed and exported.
        return Text::tr("its signature is not in canonical base64 (the entry was altered)");
    }
    auto valid = check(e.hash.toLatin1(), sig);
    if (!valid) {
        return Text::tr("its signature cannot be checked: %1").arg(valid.error().message);
    }
    if (!valid.value()) {
        return Text::tr("its signature is not the device's (the hash was recomputed after a change)");
    }
    return {};
}

JournalVerdict fail(JournalVerdict v, qint64 at, const QString &reason)
{
    v.ok = false;
    v.firstBadSeq = at;
    v.reason = reason;
    return v;
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || v.toInteger(0) != v.toInteger(1)) {
        return std::nullopt;
    }
    return v.toInteger();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// canonical::json(e.hashedFields()) around a body already in canonical form, so that the body is serialised
/// once: the same keys in code-point order, the same spelling of text, numbers and null.
QByteArray hashedText(const JournalEntry &e, const QByteArray &bodyText)
{
    QByteArray out;
    out.reserve(bodyText.size() + 400);
    out += "{\"at\":";
    canonical::appendString(out, e.at);
    out += ",\"body\":";
    out += bodyText;
    out += ",\"currency\":";
    canonical::appendString(out, e.currency);
    out += ",\"prev\":";
    canonical::appendString(out, e.prev);
    out += ",\"receipt\":";
    if (e.receipt.isEmpty()) {
        out += "null";
    } else {
        canonical::appendString(out, e.receipt);
    }
    out += ",\"seq\":";
    out += QByteArray::number(e.seq);
    out += ",\"terminal\":";
    canonical::appendString(out, e.terminal);
    out += ",\"total_minor\":";
    out += QByteArray::number(e.totalMinor);
    out += ",\"type\":";
    canonical::appendString(out, e.type);
    out += '}';
    return out;
}
} // namespace

namespace journal {
bool isKnownType(const QString &type)
{
    return type == Sale || type == Refund || type == Void || type == Closure || type == Reprint;
}
} // namespace journal

QJsonObject JournalEntry::hashedFields() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("terminal"), terminal},
            {QStringLiteral("type"), type},
            {QStringLiteral("at"), at},
            {QStringLiteral("receipt"), textOrNull(receipt)},
            {QStringLiteral("total_minor"), totalMinor},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("body"), body},
            {QStringLiteral("prev"), prev}};
}

Result<QByteArray> JournalEntry::exportLine() const
{
    QJsonObject all = hashedFields();
    all.insert(QStringLiteral("hash"), hash);
    all.insert(QStringLiteral("sig"), sig);
    return canonical::json(all);
}

Result<JournalEntry> JournalEntry::fromExportLine(const QByteArray &line)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("not a JSON object (%1)").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    JournalEntry e;
    const auto seq = wholeNumber(o.value(QStringLiteral("seq")));
    const auto total = wholeNumber(o.value(QStringLiteral("total_minor")));
    const QJsonValue receipt = o.value(QStringLiteral("receipt"));
    if (!seq || !total || !o.value(QStringLiteral("body")).isObject() || !(receipt.isString() || receipt.isNull())) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("seq, total_minor, receipt or body is missing or malformed"));
    }
    e.seq = *seq;
    e.totalMinor = *total;
    e.receipt = receipt.toString();
    e.body = o.value(QStringLiteral("body")).toObject();
    for (const auto &[key, field] :
         {std::pair{"terminal", &e.terminal}, std::pair{"type", &e.type}, std::pair{"at", &e.at},
          std::pair{"currency", &e.currency}, std::pair{"prev", &e.prev}, std::pair{"hash", &e.hash},
          std::pair{"sig", &e.sig}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString()) {
            return makeError(ErrorCode::InvalidInput, Text::tr("%1 is missing or not text").arg(QLatin1String(key)));
        }
        *field = v.toString();
    }
    if (o.size() != 11) {
        return makeError(ErrorCode::InvalidInput, Text::tr("it has fields that a journal entry does not have"));
    }
    auto again = e.exportLine();
    if (!again || again.value() != line) {
        return makeError(ErrorCode::InvalidInput, Text::tr("it is not in canonical form (it was edited)"));
    }
    return e;
}

JournalStatements::JournalStatements(sqlite3 *db)
    : last(db, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"),
      insert(db, "INSERT INTO journal (seq, terminal, type, at, receipt, total_minor, currency, body, prev, hash, sig) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
{}

Result<JournalEntry> Journal::append(QSqlDatabase &db, JournalEntry entry, const Signer &signer)
{
    JournalStatements statements(sqliteHandle(db));
    return append(db, std::move(entry), signer, statements);
}

Result<JournalEntry> Journal::append(QSqlDatabase &db, JournalEntry entry, const Signer &signer,
                                     JournalStatements &statements)
{
    auto bodyText = canonical::json(entry.body);
    if (!bodyText) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A journal entry holds whole numbers only."));
    }
    return append(db, std::move(entry), signer, statements, bodyText.value());
}

Result<JournalEntry> Journal::append(QSqlDatabase &db, JournalEntry entry, const Signer &signer,
                                     JournalStatements &statements, const QByteArray &canonicalBody)
{
    if (!Transaction::inProgress(db)) {
        return makeError(ErrorCode::Storage, Text::tr("Journal entries are written inside the sale's transaction."));
    }
    if (!journal::isKnownType(entry.type)) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Unknown journal entry type %1.").arg(entry.type));
    }
    if (!statements.last.valid()) {
        return Database::storageError(statements.last.error(), Text::tr("Reading the journal"));
    }
    qint64 lastSeq = 0;
    QString lastHash;
    const int read = statements.last.run(&lastSeq, &lastHash);
    if (read != SQLITE_ROW && read != SQLITE_DONE) {
        return Database::storageError(statements.last.execError(), Text::tr("Reading the journal"));
    }
    const bool any = read == SQLITE_ROW;
    entry.seq = any ? lastSeq + 1 : 1;
    entry.prev = any ? lastHash : canonical::genesisHash();
    entry.terminal = signer.terminalId();
    if (!canonicalBody.startsWith('{') || !canonicalBody.endsWith('}')) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A journal entry's body must be a JSON object."));
    }
    entry.hash = canonical::chainHash(entry.prev, hashedText(entry, canonicalBody));
    auto sig = signer.sign(entry.hash.toLatin1());
    if (!sig) {
        return makeError(sig.error().code, Text::tr("Signing the journal entry: %1").arg(sig.error().message));
    }
    entry.sig = QString::fromLatin1(sig.value().toBase64());
    if (!statements.insert.valid()) {
        return Database::storageError(statements.insert.error(), Text::tr("Writing the journal"));
    }
    SqliteStatement &q = statements.insert;
    q.bind(1, entry.seq);
    q.bind(2, entry.terminal);
    q.bind(3, entry.type);
    q.bind(4, entry.at);
    q.bindNullIfEmpty(5, entry.receipt);
    q.bind(6, entry.totalMinor);
    q.bind(7, entry.currency);
    q.bindUtf8(8, canonicalBody); // canonical JSON is UTF-8 already
    q.bind(9, entry.prev);
    q.bind(10, entry.hash);
    q.bind(11, entry.sig);
    if (q.run() != SQLITE_DONE) {
        return Database::storageError(q.execError(), Text::tr("Writing the journal"));
    }
    return entry;
}

Result<QList<JournalEntry>> Journal::entries(qint64 fromSeq, qint64 limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE seq >= ? ORDER BY seq LIMIT ?"));
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the journal"));
    }
    QList<JournalEntry> out;
    while (q.next()) {
        out << fromRow(q).entry;
    }
    return out;
}

Result<std::optional<JournalEntry>> Journal::bySeq(qint64 seq) const
{
    auto list = entries(seq, 1);
    if (!list) {
        return list.error();
    }
    if (list.value().isEmpty() || list.value().constFirst().seq != seq) {
        return std::optional<JournalEntry>();
    }
    return std::optional<JournalEntry>(list.value().constFirst());
}

Result<qint64> Journal::exportTo(QIODevice &out) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral("ORDER BY seq"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the journal"));
    }
    qint64 n = 0;
    while (q.next()) {
        auto line = fromRow(q).entry.exportLine();
        if (!line) {
            return line.error();
        }
        // A write can be cut short (a full disk takes what fits): write the rest until it is all out or the
        // device refuses, so that nothing is lost silently and the refusal carries the system's reason.
        const QByteArray bytes = line.value() + '\n';
        for (qint64 done = 0; done < bytes.size();) {
            const qint64 written = out.write(bytes.constData() + done, bytes.size() - done);
            if (written <= 0) {
                return makeError(ErrorCode::Storage, Text::tr("Writing the export: %1").arg(out.errorString()));
            }
            done += written;
        }
        ++n;
    }
    return n;
}

Result<JournalVerdict> Journal::verifyStored(const SignatureCheck &check) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral("ORDER BY seq"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the journal"));
    }
    JournalVerdict verdict;
    QString prev = canonical::genesisHash();
    while (q.next()) {
        const StoredEntry s = fromRow(q);
        auto canonicalBody = canonical::json(s.entry.body);
        QString problem = problemWith(s.entry, verdict.entries + 1, prev, check);
        if (problem.isEmpty() && (!canonicalBody || canonicalBody.value() != s.bodyText)) {
            problem = Text::tr("its body is not stored in canonical form (the entry was altered)");
        }
        if (!problem.isEmpty()) {
            return fail(verdict, s.entry.seq, problem);
        }
        prev = s.entry.hash;
        ++verdict.entries;
    }
    return verdict;
}

JournalVerdict Journal::verifyExport(QIODevice &in, const SignatureCheck &check)
{
    JournalVerdict verdict;
    QString prev = canonical::genesisHash();
    // One line at a time, and never more than the limit of it: memory stays bounded on any input. The device is
    // read in blocks (a file's readLine() goes a byte per system call, 7 s for 16 MiB without a newline).
    constexpr qint64 kBlockBytes = 64 * 1024;
    QByteArray pending;
    qsizetype from = 0;     // where the next line starts in pending
    qsizetype searched = 0; // pending holds no newline between from and here
    bool atEnd = false;
    for (qint64 lineNo = 1;; ++lineNo) {
        QByteArray line;
        for (;;) {
            if (const qsizetype nl = pending.indexOf('\n', std::max(from, searched)); nl >= 0) {
                line = pending.mid(from, nl - from + 1);
                from = searched = nl + 1;
                break;
            }
            searched = pending.size();
            if (pending.size() - from > kMaxExportLineBytes || atEnd) {
                line = pending.mid(from);
                pending.clear();
                from = searched = 0;
                break;
            }
            pending.remove(0, from);
            searched -= from;
            from = 0;
            const QByteArray block = in.read(kBlockBytes);
            atEnd = block.isEmpty(); // the end, or a read error the caller sees on its device
            pending += block;
        }
        if (line.isEmpty()) {
            break;
        }
        if (line.endsWith('\n')) {
            line.chop(1);
        }
        if (line.size() > kMaxExportLineBytes) {
            return fail(verdict, lineNo,
                        Text::tr("the line is longer than %1 bytes (16 MiB), the most one journal entry may take")
                            .arg(kMaxExportLineBytes));
        }
        auto entry = JournalEntry::fromExportLine(line);
        const QString problem =
            entry ? problemWith(entry.value(), verdict.entries + 1, prev, check) : entry.error().message;
        if (!problem.isEmpty()) {
            return fail(verdict, lineNo, problem);
        }
        prev = entry.value().hash;
        ++verdict.entries;
    }
    return verdict;
}

JournalVerdict Journal::verifyExport(const QByteArray &jsonLines, const SignatureCheck &check)
{
    QBuffer buffer;
    buffer.setData(jsonLines);
    buffer.open(QIODevice::ReadOnly);
    return verifyExport(buffer, check);
}

} // namespace madang
