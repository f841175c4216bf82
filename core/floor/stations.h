#pragma once

#include <QString>

/// Kitchen stations: where a table's lines go to be made (kitchen_routes.station), and which printer prints their
/// slips. Every restaurant starts with two, stored by the names "kitchen" and "bar"; a shop may route a category to
/// a station it names itself ("pastry").
namespace madang::stations {

/// A station as the cook and the worker read it: the built-in ones in the shop's language ("kitchen" is 주방 in a
/// Korean shop), a station the shop named itself as it is.
[[nodiscard]] QString label(const QString &station);

/// Whether the printer named printerName prints station's slips: the printer has the station's name, or for a
/// built-in station its name in English or in Korean ("kitchen", "Kitchen", "주방"); the case does not matter.
[[nodiscard]] bool printsFor(const QString &printerName, const QString &station);

} // namespace madang::stations
