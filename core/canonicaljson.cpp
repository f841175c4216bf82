#include "canonicaljson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace madang::canonical {

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += kHex[(c >> 4) & 0xf];
                out += kHex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

namespace {
/// Object keys in code-point order, as Python's sort_keys does (UTF-16 order differs above U+FFFF).
QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a.toUcs4() < b.toUcs4(); });
    return keys;
}
} // namespace

bool appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    case QJsonValue::Double:
        // toInteger() falls back to its argument unless the number is whole: two fallbacks tell.
        if (value.toInteger(0) != value.toInteger(1)) {
            return false;
        }
        out += QByteArray::number(value.toInteger());
        return true;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            if (!appendValue(out, array.at(i))) {
                return false;
            }
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (const QString &key : sortedKeys(object)) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, key);
            out += ':';
            if (!appendValue(out, object.value(key))) {
                return false;
            }
        }
        out += '}';
        return true;
    }
    }
    return false;
}

Result<QByteArray> json(const QJsonObject &object)
{
    QByteArray out;
    if (!appendValue(out, object)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("CanonicalJson", "Canonical JSON holds whole numbers only, "
                                                                      "never fractions."));
    }
    return out;
}

QString chainHash(const QString &prev, const QByteArray &canonical)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prev.toLatin1());
    sha.addData(canonical);
    return QString::fromLatin1(sha.result().toHex());
}

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace madang::canonical
