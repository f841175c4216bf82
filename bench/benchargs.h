#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

/// Options of one subcommand: "--name value", "--name=value" and "--flag". Anything not declared,
/// a missing value or a stray word is an error, so that a typo never runs the wrong benchmark.
class BenchArgs
{
public:
    /// valued: options that take a value; flags: options that take none.
    BenchArgs(const QStringList &args, const QStringList &valued, const QStringList &flags);

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    /// The option as a whole number in [min, max], the fallback when absent; nullopt (and error()) if invalid.
    std::optional<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max);

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

/// One JSON object on one line, keys in insertion order (QJsonObject would sort them).
class JsonLine
{
public:
    JsonLine &add(const QString &key, const QString &text);
    JsonLine &add(const QString &key, qint64 number);
    /// A finite number with `decimals` digits after the point; non-finite values become null.
    JsonLine &add(const QString &key, double number, int decimals);
    [[nodiscard]] QString toString() const;

private:
    QList<QPair<QString, QString>> m_fields; // key, encoded value
};

/// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 for no samples.
double percentile(QList<double> samples, double p);
