#include "cliargs.h"

namespace {
// Options that take no value.
const QStringList kFlags{QStringLiteral("json"),    QStringLiteral("demo"), QStringLiteral("help"),
                         QStringLiteral("version"), QStringLiteral("all"),  QStringLiteral("once")};
} // namespace

CliArgs::CliArgs(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            m_words << a;
            continue;
        }
        QString name = a.mid(2);
        if (const auto eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            m_options[name.left(eq)] << name.mid(eq + 1);
        } else if (kFlags.contains(name)) {
            m_flags << name;
        } else if (i + 1 < args.size()) {
            m_options[name] << args.at(++i);
        } else {
            m_error = QStringLiteral("option --%1 needs a value").arg(name);
        }
    }
}

QStringList CliArgs::unknown(const QStringList &allowed) const
{
    // The global options are accepted by every command, whether it uses them or not.
    static const QStringList global{QStringLiteral("db"), QStringLiteral("secrets")};
    QStringList bad;
    for (auto it = m_options.constBegin(); it != m_options.constEnd(); ++it) {
        if (!allowed.contains(it.key()) && !global.contains(it.key())) {
            bad << QStringLiteral("--") + it.key();
        }
    }
    for (const QString &f : m_flags) {
        if (!allowed.contains(f)) {
            bad << QStringLiteral("--") + f;
        }
    }
    return bad;
}
