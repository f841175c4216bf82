#include "floor/kitchen.h"

#include "floor/stations.h"

#include <QCoreApplication>
#include <QSet>
#include <map>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kitchen)
};

QString mark(const KitchenItem &item)
{
    switch (item.change) {
    case KitchenItem::Change::New:
        return Text::tr("NEW");
    case KitchenItem::Change::More:
        return QStringLiteral("+%1").arg(item.qty);
    case KitchenItem::Change::Fewer:
        return QStringLiteral("-%1").arg(item.qty);
    case KitchenItem::Change::Changed:
        return Text::tr("CHANGED");
    case KitchenItem::Change::Cancelled:
        return Text::tr("CANCEL");
    }
    return {};
}
} // namespace

QJsonObject kitchenSentToJson(const KitchenSent &sent)
{
    QJsonObject out;
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        out.insert(it.key(), QJsonObject{{QStringLiteral("name"), it->name},
                                         {QStringLiteral("qty"), it->qty},
                                         {QStringLiteral("details"), it->details},
                                         {QStringLiteral("station"), it->station},
                                         {QStringLiteral("course"), it->course}});
    }
    return out;
}

KitchenSent kitchenSentFromJson(const QJsonObject &json)
{
    KitchenSent sent;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        sent.insert(it.key(),
                    SentLine{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("qty")).toInteger(),
                             o.value(QStringLiteral("details")).toString(),
                             o.value(QStringLiteral("station")).toString(QStringLiteral("kitchen")),
                             o.value(QStringLiteral("course")).toInt(1)});
    }
    return sent;
}

QString lineDetails(const TicketLine &line)
{
    QStringList options;
    for (const ModifierChoice &m : line.modifiers) {
        options << m.optionName;
    }
    QString text = options.join(QLatin1String(", "));
    if (!line.note.trimmed().isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + line.note.trimmed();
    }
    return text;
}

KitchenSent kitchenState(const Ticket &ticket, const std::function<KitchenRoute(const TicketLine &)> &route)
{
    KitchenSent sent;
    for (const TicketLine &l : ticket.lines) {
        const KitchenRoute r = route(l);
        sent.insert(l.lineId, SentLine{l.name, l.qty, lineDetails(l), r.station, r.course});
    }
    return sent;
}

QList<KitchenTicket> kitchenChanges(const Ticket &ticket, const KitchenSent &sent,
                                    const std::function<KitchenRoute(const TicketLine &)> &route)
{
    std::map<std::pair<int, QString>, KitchenTicket> byRoute; // course first, then station
    const auto add = [&](const KitchenRoute &r, const KitchenItem &item) {
        KitchenTicket &t = byRoute[{r.course, r.station}];
        t.station = r.station;
        t.course = r.course;
        t.table = ticket.tableName;
        t.items << item;
    };
    QSet<QString> present;
    for (const TicketLine &l : ticket.lines) {
        present.insert(l.lineId);
        const QString details = lineDetails(l);
        const auto had = sent.constFind(l.lineId);
        if (had == sent.constEnd()) {
            add(route(l), {KitchenItem::Change::New, l.name, l.qty, details});
        } else if (had->details != details) {
            // Different options or note: the old dish is off and the new one is on.
            add(route(l), {KitchenItem::Change::Changed, l.name, l.qty, details});
        } else if (had->qty < l.qty) {
            add(route(l), {KitchenItem::Change::More, l.name, l.qty - had->qty, details});
        } else if (had->qty > l.qty) {
            add(route(l), {KitchenItem::Change::Fewer, l.name, had->qty - l.qty, details});
        }
    }
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        if (!present.contains(it.key())) {
            add(KitchenRoute{it->station, it->course},
                {KitchenItem::Change::Cancelled, it->name, it->qty, it->details});
        }
    }
    QList<KitchenTicket> out;
    for (auto &[key, t] : byRoute) {
        out << t;
    }
    return out;
}

QString KitchenTicket::render(int columns, const QString &time) const
{
    const QString rule(columns, QLatin1Char('-'));
    QStringList lines;
    lines << Text::tr("Table %1").arg(table.isEmpty() ? QStringLiteral("-") : table)
          << Text::tr("%1 · course %2 · %3").arg(stations::label(station)).arg(course).arg(time) << rule;
    for (const KitchenItem &item : items) {
        lines << QStringLiteral("%1  %2 x%3").arg(mark(item), item.name).arg(item.qty);
        if (!item.details.isEmpty()) {
            lines << QStringLiteral("    ") + item.details;
        }
    }
    lines << rule;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace madang
