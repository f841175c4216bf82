#include "floor/stations.h"

#include <QCoreApplication>

namespace madang::stations {

namespace {
struct BuiltIn
{
    const char *name;   ///< as stored in kitchen_routes
    const char *label;  ///< as people read it, translated in the context "Stations"
    const char *korean; ///< what a Korean shop calls it, and may name its printer, in any language
};

constexpr BuiltIn kBuiltIn[] = {{"kitchen", QT_TRANSLATE_NOOP("Stations", "Kitchen"), "주방"},
                                {"bar", QT_TRANSLATE_NOOP("Stations", "Bar"), "바"}};

const BuiltIn *builtIn(const QString &station)
{
    for (const BuiltIn &b : kBuiltIn) {
        if (station.compare(QLatin1String(b.name), Qt::CaseInsensitive) == 0) {
            return &b;
        }
    }
    return nullptr;
}
} // namespace

QString label(const QString &station)
{
    const BuiltIn *b = builtIn(station);
    if (b == nullptr) {
        return station;
    }
    return QCoreApplication::translate("Stations", b->label);
}

bool printsFor(const QString &printerName, const QString &station)
{
    const QString name = printerName.trimmed();
    if (name.isEmpty()) {
        return false;
    }
    if (name.compare(station, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const BuiltIn *b = builtIn(station);
    return b != nullptr && name == QString::fromUtf8(b->korean);
}

} // namespace madang::stations
