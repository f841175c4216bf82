// Seeded bad input for every madangctl command that takes input: the cases, the values and files they are
// made of, and how a case is written out as a shell line that anyone can run again.
#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <optional>

namespace badinput {

/// Whether an input is clearly invalid (it must be refused) or may be a valid one (exit 0 is allowed).
enum class Expect { MustRefuse, MayAccept };

/// What an argument stands for, which decides the bad values it can be replaced with.
enum class Slot {
    Fixed,   // an option name or a command word that is not mutated by value
    Word,    // a sub-command or a value from a fixed set (--kind chair, --source phone)
    OptWord, // a value from a fixed set that may be empty (--station-kind: none needed)
    Amount,
    Item,
    Pay,
    Name,    // a required name that is stored (station, crew, merchant)
    OptName, // an optional name that is stored (customer name, owner)
    Note,    // free text that is stored (notes, reasons)
    Address,
    Search,
    Sku,
    Staff,
    Phone,
    DateRead,  // a day that is only looked at
    DateWrite, // a day that is stored
    Start,
    Minutes,
    Step,
    Visits,
    Limit,
    Travel,
    Terminal,
    Receipt,
    BookingId,
    Crew,
    Members,
    Van,
    Currency,
    FileCsv,
    FileProfile,
    FileJournal,
    PathOut,
};

/// One argument: what the program gets, its slot, and how a shell writes it when quoting is not enough.
struct Arg
{
    QString value;
    Slot slot = Slot::Fixed;
    QString shell; // empty: the shell-quoted value
};

/// A file the case reads: head + unit x repeat + tail, written where the case runs.
struct InputFile
{
    QByteArray head;
    QByteArray unit;
    qint64 repeat = 0;
    QByteArray tail;
    QString description;

    [[nodiscard]] qint64 size() const { return head.size() + unit.size() * repeat + tail.size(); }
    /// A python3 line that writes the same bytes to stdout.
    [[nodiscard]] QString recipe() const;
};

/// One run of madangctl on a copy of a prepared database.
struct Case
{
    QString family;    // "sale", "shift cash", ...
    QString generator; // what was done to the valid line, e.g. "--tip <- amount 9223372036854775807"
    QString base;      // the prepared database: salon, salon-noshift, restaurant, cleaning, or fresh (none)
    QList<Arg> args;   // after --db and --secrets; @FILE@ @OUT@ @DB@ @CASE@ are filled in when it runs
    std::optional<InputFile> file;
    Expect expect = Expect::MayAccept;
    bool heavy = false; // a big file: run last, in bounded memory
    QString hint;       // when set, the one-line message must match this (case-insensitive regex)
    QString db;         // when set, given as --db instead of the copy of the prepared database
};

/// What the prepared databases hold, for lines that must be valid.
struct Setting
{
    QString day;        // a working day two weeks ahead, YYYY-MM-DD
    QString pastDay;    // three days ago
    QString bookingId;  // a confirmed booking on the salon database
    QString receipt;    // a receipt on the restaurant database
    QByteArray journal; // the restaurant database's journal export
};

/// The known-valid line of every family; each must exit 0 on its base database.
QList<Case> validLines(const Setting &s);
/// `count` cases drawn from `seed`: mutations of the valid lines and bad values in each slot.
QList<Case> generate(quint32 seed, int count, const Setting &s);
/// The probes of the issue, run whatever the seed.
QList<Case> knownCases(const Setting &s);
/// Inputs of tens of megabytes, run last.
QList<Case> heavyCases();

/// Bad (and some valid) values for one slot; the Case gets the expectation of the value picked.
struct Value
{
    Arg arg;
    Expect expect;
    QString what; // e.g. "amount 9223372036854775807"
    std::optional<InputFile> file;
    QString hint;
};
Value badValue(QRandomGenerator &rng, const Arg &valid, const Setting &s);

/// Broken (and, last in each list, valid) input files; expects gets whether each must be refused.
QList<InputFile> csvFiles(QRandomGenerator &rng, QList<Expect> *expects);
QList<InputFile> profileFiles(QRandomGenerator &rng, QList<Expect> *expects);
QList<InputFile> journalFiles(QRandomGenerator &rng, const QByteArray &journal, QList<Expect> *expects);

/// 'text' or $'te\x1bxt' as bash reads it.
QString shellQuote(const QString &text);
/// The command line, with $DB, $SECRETS, $FILE, $OUT and $CASE for the case's paths.
QString shellLine(const Case &c);
/// The argument values with the placeholders replaced.
QStringList expand(const Case &c, const QString &db, const QString &file, const QString &out, const QString &dir);
QString expandValue(const QString &value, const QString &db, const QString &file, const QString &out,
                    const QString &dir);

} // namespace badinput
