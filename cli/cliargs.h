#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// Minimal argument reader for "madangctl --db PATH cmd sub --opt value --flag".
class CliArgs
{
public:
    explicit CliArgs(const QStringList &args);

    [[nodiscard]] QString db() const { return option(QStringLiteral("db")); }
    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] QString word(int i) const { return m_words.value(i); }
    [[nodiscard]] bool has(const QString &name) const { return m_options.contains(name) || m_flags.contains(name); }
    /// The value of --name (the last one if given more than once).
    [[nodiscard]] QString option(const QString &name, const QString &fallback = {}) const
    {
        const QStringList all = m_options.value(name);
        return all.isEmpty() ? fallback : all.constLast();
    }
    /// Every value of a repeatable option (--item A --item B), in order.
    [[nodiscard]] QStringList values(const QString &name) const { return m_options.value(name); }
    /// Options given that are neither in `allowed` nor global (--db, --secrets); a typo must not be silently ignored.
    [[nodiscard]] QStringList unknown(const QStringList &allowed) const;
    [[nodiscard]] QString error() const { return m_error; }

private:
    QStringList m_words;
    QHash<QString, QStringList> m_options;
    QStringList m_flags;
    QString m_error;
};
