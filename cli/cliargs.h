#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// Minimal argument reader for "madangctl --db PATH cmd sub --opt value --flag".
class CliArgs
{
public:
    explicit CliArgs(const QStringList &args);

    [[nodiscard]] QString db() const { return m_options.value(QStringLiteral("db")); }
    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] QString word(int i) const { return m_words.value(i); }
    [[nodiscard]] bool has(const QString &name) const { return m_options.contains(name) || m_flags.contains(name); }
    [[nodiscard]] QString option(const QString &name, const QString &fallback = {}) const
    {
        return m_options.value(name, fallback);
    }
    /// Options given that are not in `allowed`; a typo must not be silently ignored.
    [[nodiscard]] QStringList unknown(const QStringList &allowed) const;
    [[nodiscard]] QString error() const { return m_error; }

private:
    QStringList m_words;
    QHash<QString, QString> m_options;
    QStringList m_flags;
    QString m_error;
};
