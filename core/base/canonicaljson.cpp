#include "base/canonicaljson.h"

#include "base/digest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <utility>

namespace madang::canonical {

namespace {
/// Whether text can go out one UTF-16 unit per byte: printable ASCII without `"` or `\`. Most keys and
/// values can; the rest take the UTF-8 path below.
bool isPlainAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
}
} // namespace

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    if (isPlainAscii(text)) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        std::transform(text.cbegin(), text.cend(), out.begin() + at,
                       [](QChar c) { return static_cast<char>(c.unicode()); });
        out += '"';
        return;
    }
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
/// a before b in code-point order, as Python's sort_keys sorts (UTF-16 order differs above U+FFFF).
/// The code point at text[i], and i moved past it (a lone surrogate stands for itself).
char32_t nextCodePoint(QStringView text, qsizetype &i)
{
    const QChar c = text.at(i++);
    if (c.isHighSurrogate() && i < text.size() && text.at(i).isLowSurrogate()) {
        return QChar::surrogateToUcs4(c, text.at(i++));
    }
    return c.unicode();
}

bool codePointLess(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const char32_t x = nextCodePoint(a, i);
        const char32_t y = nextCodePoint(b, j);
        if (x != y) {
            return x < y;
        }
    }
    return i == a.size() && j < b.size();
}

/// An object's members in code-point order of their keys. QJsonObject usually iterates in that order
/// already, so the sort is skipped unless it does not.
QList<std::pair<QString, QJsonValue>> sortedMembers(const QJsonObject &object)
{
    QList<std::pair<QString, QJsonValue>> members;
    members.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        members.emplace_back(it.key(), it.value());
    }
    const auto byKey = [](const auto &a, const auto &b) { return codePointLess(a.first, b.first); };
    if (!std::is_sorted(members.cbegin(), members.cend(), byKey)) {
        std::sort(members.begin(), members.end(), byKey);
    }
    return members;
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
        for (const auto &[key, member] : sortedMembers(object)) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, key);
            out += ':';
            if (!appendValue(out, member)) {
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
    return QString::fromLatin1(digest::sha256({prev.toLatin1(), canonical}).toHex());
}

ObjectWriter::ObjectWriter(QByteArray &out) : m_out(out)
{
    m_out += '{';
}

QByteArray &ObjectWriter::key(QLatin1StringView key)
{
    const QByteArrayView bytes(key.data(), key.size());
    if (!m_first) {
        m_ok = m_ok && QByteArrayView(m_last) < bytes; // Latin-1 keys: byte order is code-point order
        m_out += ',';
    }
    m_first = false;
    m_last.resize(0); // keeps its capacity: no allocation per key
    m_last += bytes;
    m_out += '"';
    m_out += bytes;
    m_out += "\":";
    return m_out;
}

void ObjectWriter::value(QLatin1StringView key, const QJsonValue &value)
{
    m_ok = appendValue(this->key(key), value) && m_ok;
}

bool ObjectWriter::close()
{
    m_out += '}';
    return m_ok;
}

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace madang::canonical
