#include "benchargs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

BenchArgs::BenchArgs(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size() && m_error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QStringLiteral("--")) || arg.size() == 2) {
            m_error = QStringLiteral("unexpected argument \"%1\"").arg(arg);
            break;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flags.contains(name)) {
            if (inlineValue) {
                m_error = QStringLiteral("--%1 takes no value").arg(name);
            }
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                m_error = QStringLiteral("--%1 needs a value").arg(name);
            }
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
        }
    }
}

std::optional<qint64> BenchArgs::integer(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!m_values.contains(name)) {
        return fallback;
    }
    bool ok = false;
    const qint64 number = m_values.value(name).trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max) {
        m_error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(m_values.value(name));
        return std::nullopt;
    }
    return number;
}

JsonLine &JsonLine::add(const QString &key, const QString &text)
{
    // Let Qt do the string escaping: encode a one-element array and strip the brackets.
    const QByteArray encoded = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    m_fields.append({key, QString::fromUtf8(encoded.mid(1, encoded.size() - 2))});
    return *this;
}

JsonLine &JsonLine::add(const QString &key, qint64 number)
{
    m_fields.append({key, QString::number(number)});
    return *this;
}

JsonLine &JsonLine::add(const QString &key, double number, int decimals)
{
    m_fields.append({key, std::isfinite(number) ? QString::number(number, 'f', decimals) : QStringLiteral("null")});
    return *this;
}

QString JsonLine::toString() const
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += QLatin1Char('"') + m_fields.at(i).first + QStringLiteral("\":") + m_fields.at(i).second;
    }
    return out + QLatin1Char('}');
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}
