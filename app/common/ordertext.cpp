#include "common/ordertext.h"

#include "base/timetext.h"
#include "sales/payment.h"
#include "sales/tenders.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderText)
};
} // namespace

namespace ordertext {

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("sale")) {
        return Text::tr("Sale");
    }
    if (kind == QLatin1String("refund")) {
        return Text::tr("Refund");
    }
    if (kind == QLatin1String("void")) {
        return Text::tr("Void");
    }
    return kind;
}

QString methodLabel(const QString &method)
{
    return madang::TenderRegistry::labelOf(method);
}

QDateTime parseTime(const QString &iso)
{
    return madang::timetext::fromWire(iso);
}

QString shortTime(const QDateTime &time, const QDate &today)
{
    const QLocale locale;
    return time.date() == today ? locale.toString(time, QStringLiteral("HH:mm"))
                                : locale.toString(time, QStringLiteral("MM-dd HH:mm"));
}

QString longTime(const QDateTime &time)
{
    return QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace ordertext
