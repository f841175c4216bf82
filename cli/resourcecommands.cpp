// madangctl resource: what bookings are made of, set up from a script — stations (added, renamed, retired), a
// service's phases and buffers, staff days off, cleaning crews and the driving times between addresses
// (docs/bookings.md).
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "clistore.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

using namespace madang;

namespace {
/// --name N as whole minutes from 0 to 24 hours, or the fallback when it is not given; nullopt (after saying
/// why) when it is not a number of minutes.
std::optional<int> minutesOption(const CliContext &ctx, const QString &name, int fallback)
{
    if (!ctx.args.has(name)) {
        return fallback;
    }
    bool ok = false;
    const int minutes = ctx.args.option(name).toInt(&ok);
    if (!ok || minutes < 0 || minutes > 24 * 60) {
        failed(ctx,
               QStringLiteral("--%1 must be whole minutes from 0 to 1440, not \"%2\"").arg(name, ctx.args.option(name)),
               ExitBadInput);
        return std::nullopt;
    }
    return minutes;
}

void printJson(const CliContext &ctx, const QJsonObject &object)
{
    ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

int listStations(const CliContext &ctx, Store &store)
{
    auto stations = store.resources().stations();
    if (!stations) {
        return refused(ctx, stations.error());
    }
    QJsonArray list;
    for (const BookableStation &s : std::as_const(stations.value())) {
        list.append(QJsonObject{
            {QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("kind"), s.kind}});
    }
    printJson(ctx, {{QStringLiteral("stations"), list}});
    return ExitOk;
}

int addStation(const CliContext &ctx, Store &store)
{
    auto saved = store.resources().saveStation(
        {{}, ctx.args.option(QStringLiteral("name")), ctx.args.option(QStringLiteral("kind")), 0});
    if (!saved) {
        return refused(ctx, saved.error());
    }
    printJson(ctx, {{QStringLiteral("id"), saved->id},
                    {QStringLiteral("name"), saved->name},
                    {QStringLiteral("kind"), saved->kind}});
    return ExitOk;
}

/// Finds the active station that --station names (by name or id); otherwise says what is wrong and returns the
/// exit code.
int findStation(const CliContext &ctx, Store &store, const QString &usage, BookableStation &station)
{
    if (ctx.args.option(QStringLiteral("station")).trimmed().isEmpty()) {
        return failed(ctx, usage, ExitUsage);
    }
    auto found = store.resources().station(ctx.args.option(QStringLiteral("station")));
    if (!found) {
        return refused(ctx, found.error());
    }
    station = found.value();
    return ExitOk;
}

int renameStation(const CliContext &ctx, Store &store)
{
    const QString usage = QStringLiteral("resource rename-station needs --station NAME --name NEW");
    if (!ctx.args.has(QStringLiteral("name"))) {
        return failed(ctx, usage, ExitUsage);
    }
    BookableStation station;
    if (const int code = findStation(ctx, store, usage, station); code != ExitOk) {
        return code;
    }
    auto renamed = store.resources().renameStation(station.id, ctx.args.option(QStringLiteral("name")));
    if (!renamed) {
        return refused(ctx, renamed.error());
    }
    printJson(ctx, {{QStringLiteral("id"), renamed->id},
                    {QStringLiteral("name"), renamed->name},
                    {QStringLiteral("kind"), renamed->kind},
                    {QStringLiteral("was"), station.name}});
    return ExitOk;
}

/// Refused while bookings still to come or a crew need the station: the message says which.
int retireStation(const CliContext &ctx, Store &store)
{
    BookableStation station;
    if (const int code =
            findStation(ctx, store, QStringLiteral("resource retire-station needs --station NAME"), station);
        code != ExitOk) {
        return code;
    }
    if (auto retired = store.resources().retireStation(station.id); !retired) {
        return refused(ctx, retired.error());
    }
    printJson(ctx, {{QStringLiteral("id"), station.id},
                    {QStringLiteral("name"), station.name},
                    {QStringLiteral("kind"), station.kind},
                    {QStringLiteral("retired"), true}});
    return ExitOk;
}

int setService(const CliContext &ctx, Store &store)
{
    const QString sku = ctx.args.word(2);
    if (sku.isEmpty()) {
        return failed(ctx, QStringLiteral("resource service needs SKU"), ExitUsage);
    }
    auto item = store.resources().service(sku);
    if (!item) {
        return refused(ctx, item.error());
    }
    // What is not given stays as it is; with no option at all this prints the service's phases.
    Service phases = item->phases;
    for (const auto &[option, field] : {std::pair{QStringLiteral("work"), &phases.workMin},
                                        std::pair{QStringLiteral("processing"), &phases.processingMin},
                                        std::pair{QStringLiteral("finish"), &phases.finishMin},
                                        std::pair{QStringLiteral("buffer-before"), &phases.bufferBeforeMin},
                                        std::pair{QStringLiteral("buffer-after"), &phases.bufferAfterMin}}) {
        const auto minutes = minutesOption(ctx, option, *field);
        if (!minutes) {
            return ExitBadInput;
        }
        *field = *minutes;
    }
    phases.stationKind = ctx.args.option(QStringLiteral("station-kind"), phases.stationKind);
    const bool change = ctx.args.has(QStringLiteral("work")) || ctx.args.has(QStringLiteral("processing")) ||
                        ctx.args.has(QStringLiteral("finish")) || ctx.args.has(QStringLiteral("buffer-before")) ||
                        ctx.args.has(QStringLiteral("buffer-after")) || ctx.args.has(QStringLiteral("station-kind"));
    if (auto saved = change ? store.resources().saveService(item->itemId, phases) : Status(Done{}); !saved) {
        return refused(ctx, saved.error());
    }
    printJson(ctx, {{QStringLiteral("service"), item->sku},
                    {QStringLiteral("work_min"), phases.workMin},
                    {QStringLiteral("processing_min"), phases.processingMin},
                    {QStringLiteral("finish_min"), phases.finishMin},
                    {QStringLiteral("buffer_before_min"), phases.bufferBeforeMin},
                    {QStringLiteral("buffer_after_min"), phases.bufferAfterMin},
                    {QStringLiteral("station_kind"), phases.stationKind},
                    {QStringLiteral("duration_min"), phases.spanMin()}});
    return ExitOk;
}

int addDayOff(const CliContext &ctx, Store &store)
{
    const QString name = ctx.args.option(QStringLiteral("staff"));
    const QDate day = QDate::fromString(ctx.args.option(QStringLiteral("date")), Qt::ISODate);
    if (name.isEmpty() || !ctx.args.has(QStringLiteral("date"))) {
        return failed(ctx, QStringLiteral("resource day-off needs --staff NAME --date YYYY-MM-DD"), ExitUsage);
    }
    if (!day.isValid()) {
        return failed(ctx,
                      QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(ctx.args.option(QStringLiteral("date"))),
                      ExitBadInput);
    }
    auto staff = activeStaffId(store, name);
    if (!staff) {
        return refused(ctx, staff.error());
    }
    auto added = store.resources().addDayOff(staff.value(), day, ctx.args.option(QStringLiteral("reason")));
    if (!added) {
        return refused(ctx, added.error());
    }
    printJson(ctx, {{QStringLiteral("staff"), name},
                    {QStringLiteral("day_off"), day.toString(Qt::ISODate)},
                    {QStringLiteral("bookings_to_reassign"), added.value()}});
    return ExitOk;
}

int listCrews(const CliContext &ctx, Store &store)
{
    auto crews = store.crews().crews();
    if (!crews) {
        return refused(ctx, crews.error());
    }
    QJsonArray list;
    for (const Crew &c : std::as_const(crews.value())) {
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("member_ids"), QJsonArray::fromStringList(c.memberIds)},
                                {QStringLiteral("van_id"), c.vanId}});
    }
    printJson(ctx, {{QStringLiteral("crews"), list}});
    return ExitOk;
}

/// Adds a crew, or replaces the members and van of the crew with that name.
int saveCrew(const CliContext &ctx, Store &store)
{
    const QString name = ctx.args.option(QStringLiteral("name")).trimmed();
    const QStringList names = ctx.args.option(QStringLiteral("members")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (name.isEmpty() || names.isEmpty()) {
        return failed(ctx, QStringLiteral("resource crew needs --name N --members A,B [--van NAME]"), ExitUsage);
    }
    Crew crew;
    if (auto existing = store.crews().find(name); existing) {
        crew.id = existing->id;
    }
    crew.name = name;
    for (const QString &member : names) {
        auto id = activeStaffId(store, member.trimmed());
        if (!id) {
            return refused(ctx, id.error());
        }
        crew.memberIds << id.value();
    }
    if (const QString van = ctx.args.option(QStringLiteral("van")).trimmed(); !van.isEmpty()) {
        auto stations = store.resources().stations();
        if (!stations) {
            return refused(ctx, stations.error());
        }
        for (const BookableStation &s : std::as_const(stations.value())) {
            if (s.kind == QLatin1String("van") && s.name == van) {
                crew.vanId = s.id;
            }
        }
        if (crew.vanId.isEmpty()) {
            return failed(ctx, QStringLiteral("there is no van called \"%1\" (resource station --kind van)").arg(van),
                          ExitBadInput);
        }
    }
    auto saved = store.crews().save(crew);
    if (!saved) {
        return refused(ctx, saved.error());
    }
    printJson(ctx, {{QStringLiteral("id"), saved->id},
                    {QStringLiteral("name"), saved->name},
                    {QStringLiteral("members"), saved->memberIds.size()},
                    {QStringLiteral("van_id"), saved->vanId}});
    return ExitOk;
}

int setTravel(const CliContext &ctx, Store &store)
{
    const QString from = ctx.args.option(QStringLiteral("from"));
    const QString to = ctx.args.option(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !ctx.args.has(QStringLiteral("minutes"))) {
        return failed(ctx, QStringLiteral("resource travel needs --from ADDRESS --to ADDRESS --minutes N"), ExitUsage);
    }
    bool ok = false;
    const int minutes = ctx.args.option(QStringLiteral("minutes")).toInt(&ok);
    if (!ok) {
        return failed(ctx, QStringLiteral("--minutes must be a whole number"), ExitBadInput);
    }
    if (auto set = store.crews().setTravelMinutes(from, to, minutes); !set) {
        return refused(ctx, set.error());
    }
    printJson(ctx, {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("minutes"), minutes}});
    return ExitOk;
}
} // namespace

int runResource(const CliContext &ctx)
{
    const QString sub = ctx.args.word(1);
    if (const QStringList bad = ctx.args.unknown(
            {QStringLiteral("db"),           QStringLiteral("secrets"),      QStringLiteral("json"),
             QStringLiteral("name"),         QStringLiteral("kind"),         QStringLiteral("work"),
             QStringLiteral("processing"),   QStringLiteral("finish"),       QStringLiteral("buffer-before"),
             QStringLiteral("buffer-after"), QStringLiteral("station-kind"), QStringLiteral("staff"),
             QStringLiteral("date"),         QStringLiteral("reason"),       QStringLiteral("members"),
             QStringLiteral("van"),          QStringLiteral("from"),         QStringLiteral("to"),
             QStringLiteral("minutes"),      QStringLiteral("station")});
        !bad.isEmpty()) {
        return failed(ctx, QStringLiteral("resource: unknown option --%1").arg(bad.join(QStringLiteral(", --"))),
                      ExitUsage);
    }
    using Command = int (*)(const CliContext &, Store &);
    const QHash<QString, Command> commands{{QStringLiteral("stations"), listStations},
                                           {QStringLiteral("station"), addStation},
                                           {QStringLiteral("service"), setService},
                                           {QStringLiteral("day-off"), addDayOff},
                                           {QStringLiteral("crews"), listCrews},
                                           {QStringLiteral("crew"), saveCrew},
                                           {QStringLiteral("travel"), setTravel},
                                           {QStringLiteral("rename-station"), renameStation},
                                           {QStringLiteral("retire-station"), retireStation}};
    const Command command = commands.value(sub);
    if (command == nullptr) {
        return failed(ctx,
                      QStringLiteral("resource needs stations | station | rename-station | retire-station | service | "
                                     "day-off | crews | crew | travel"),
                      ExitUsage);
    }
    const std::unique_ptr<Store> store = openSetUpStore(ctx);
    return store ? command(ctx, *store) : ExitFailed;
}
