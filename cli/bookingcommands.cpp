// madangctl booking slots | create | list | cancel, and madangctl customer import-profile | show
#include "base/inputfile.h"
#include "base/money.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "clistore.h"
#include "customers/customerrepository.h"
#include "merchant/merchantrepository.h"
#include "workflows/intake.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace madang;

namespace {
QJsonObject bookingJson(const Booking &b, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromString(b.startsAt, Qt::ISODate);
    return QJsonObject{
        {QStringLiteral("booking_id"), b.id},
        {QStringLiteral("status"), bookingStatusName(b.status)},
        {QStringLiteral("source"), bookingSourceName(b.source)},
        {QStringLiteral("service"), b.sku},
        {QStringLiteral("staff"), b.staffName},
        {QStringLiteral("crew_id"), b.crewId},
        {QStringLiteral("customer"), b.customerName},
        {QStringLiteral("customer_phone"), b.customerPhone},
        {QStringLiteral("start"), b.startsAt},
        {QStringLiteral("end"), start.addSecs(qint64(b.phases.spanMin()) * 60).toTimeZone(zone).toString(Qt::ISODate)},
        {QStringLiteral("price_minor"), b.priceMinor},
        {QStringLiteral("deposit_minor"), b.depositMinor}};
}

int freeSlotsCommand(const CliContext &ctx, Store &store)
{
    const QString service = ctx.args.option(QStringLiteral("service"));
    const QDate day = QDate::fromString(ctx.args.option(QStringLiteral("date")), Qt::ISODate);
    if (service.isEmpty() || !day.isValid()) {
        return failed(ctx, QStringLiteral("booking slots needs --service SKU --date YYYY-MM-DD"), ExitUsage);
    }
    bool stepOk = true;
    const int step = ctx.args.option(QStringLiteral("step"), QStringLiteral("15")).toInt(&stepOk);
    auto staff = activeStaffId(store, ctx.args.option(QStringLiteral("staff")));
    if (!staff) {
        return refused(ctx, staff.error());
    }
    if (!stepOk) {
        return failed(ctx, QStringLiteral("--step must be a number of minutes"), ExitUsage);
    }
    auto free = store.bookings().availableSlots(service, day, staff.value(), step);
    if (!free) {
        return refused(ctx, free.error());
    }
    auto people = store.merchant().staff();
    QHash<QString, QString> names;
    for (const StaffMember &m : people.ok() ? people.value() : QList<StaffMember>{}) {
        names.insert(m.id, m.name);
    }
    QJsonArray list;
    for (const Slot &slot : std::as_const(free.value())) {
        list.append(QJsonObject{{QStringLiteral("time"), madang::timetext::clock(slot.startMin)},
                                {QStringLiteral("start"), store.bookings().startsAt(day, slot.startMin, 1).value()},
                                {QStringLiteral("staff"), names.value(slot.staffId)},
                                {QStringLiteral("staff_id"), slot.staffId},
                                {QStringLiteral("station_id"), slot.stationId}});
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("service"), service},
                                             {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                             {QStringLiteral("slots"), list}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        for (const QJsonValue &v : std::as_const(list)) {
            ctx.out << v[QStringLiteral("time")].toString() << "  " << v[QStringLiteral("staff")].toString()
                    << Qt::endl;
        }
        ctx.out << list.size() << " free slots" << Qt::endl;
    }
    return ExitOk;
}

/// --start as the day and minute of the shop's wall clock. With an offset the instant is converted to the
/// shop's time; without one it is the shop's wall clock as written, even at a time that does not exist there
/// (the hour the clocks skip), which the booking service then refuses by name.
Result<std::pair<QDate, int>> parseStart(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression wall(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,3})?)?)")));
    QDate day;
    QTime time;
    if (const auto m = wall.match(text); m.hasMatch()) {
        day = QDate::fromString(m.captured(1), Qt::ISODate);
        time = QTime::fromString(m.captured(2), Qt::ISODateWithMs);
    } else if (QDateTime at = QDateTime::fromString(text, Qt::ISODate);
               at.isValid() && at.timeSpec() != Qt::LocalTime) {
        at = at.toTimeZone(zone);
        day = at.date();
        time = at.time();
    }
    if (!day.isValid() || !time.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not an ISO 8601 time such as 2026-12-07T15:00+09:00").arg(text));
    }
    if (time.second() != 0 || time.msec() != 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bookings start on a whole minute"));
    }
    return std::pair{day, time.hour() * 60 + time.minute()};
}

int create(const CliContext &ctx, Store &store, const Currency &currency)
{
    const QString service = ctx.args.option(QStringLiteral("service"));
    const QString startText = ctx.args.option(QStringLiteral("start"));
    const QString phone = ctx.args.option(QStringLiteral("customer-phone"));
    if (service.isEmpty() || startText.isEmpty() || phone.isEmpty()) {
        return failed(ctx, QStringLiteral("booking create needs --service SKU --start ISO --customer-phone P"),
                      ExitUsage);
    }
    if (ctx.args.has(QStringLiteral("visits")) && ctx.args.option(QStringLiteral("repeat")).isEmpty()) {
        return failed(ctx, QStringLiteral("--visits N needs --repeat weekly|every_2_weeks|monthly_weekday"), ExitUsage);
    }
    auto when = parseStart(startText, store.bookings().timeZone());
    if (!when) {
        return failed(ctx, when.error().message, ExitBadInput);
    }
    BookingRequest request;
    request.itemId = service;
    request.day = when->first;
    request.startMin = when->second;
    auto staff = activeStaffId(store, ctx.args.option(QStringLiteral("staff")));
    if (!staff) {
        return refused(ctx, staff.error());
    }
    request.staffId = staff.value();
    // A cleaning crew by name: the crew engine checks every member, the van and the drive between jobs.
    if (const QString crew = ctx.args.option(QStringLiteral("crew")); !crew.isEmpty()) {
        auto found = store.crews().find(crew);
        if (!found) {
            return refused(ctx, found.error());
        }
        request.crewId = found->id;
    }
    const auto source = bookingSourceFromName(ctx.args.option(QStringLiteral("source"), QStringLiteral("phone")));
    if (!source) {
        return failed(ctx, QStringLiteral("--source is one of counter, walk_in, phone, platform"), ExitUsage);
    }
    request.source = *source;
    if (const QString deposit = ctx.args.option(QStringLiteral("deposit")); !deposit.isEmpty()) {
        auto amount = Money::parseMajor(deposit, currency);
        if (!amount) {
            return refused(ctx, amount.error());
        }
        if (auto checked = Money::checkAmount(amount->minor(), QStringLiteral("deposit"), currency); !checked) {
            return refused(
                ctx, makeError(ErrorCode::InvalidInput, QStringLiteral("--deposit: %1").arg(checked.error().message)));
        }
        request.depositMinor = amount->minor();
    }
    request.notes = ctx.args.option(QStringLiteral("notes"));
    request.address = ctx.args.option(QStringLiteral("address"));
    request.accessNotes = ctx.args.option(QStringLiteral("access-notes"));
    if (const QString repeat = ctx.args.option(QStringLiteral("repeat")); ctx.args.has(QStringLiteral("repeat"))) {
        const auto rule = repeatFromName(repeat);
        bool visitsOk = false;
        const int visits = ctx.args.option(QStringLiteral("visits")).toInt(&visitsOk);
        if (!rule || !visitsOk) {
            return failed(ctx, QStringLiteral("--repeat weekly|every_2_weeks|monthly_weekday needs --visits N"),
                          ExitUsage);
        }
        auto series =
            Intake(store).bookSeries(request, phone, ctx.args.option(QStringLiteral("customer-name")), *rule, visits);
        if (!series) {
            return refused(ctx, series.error());
        }
        QJsonArray all;
        for (const Booking &b : std::as_const(series.value())) {
            all.append(bookingJson(b, store.bookings().timeZone()));
        }
        ctx.out << QJsonDocument(all).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    auto made = Intake(store).book(request, phone, ctx.args.option(QStringLiteral("customer-name")));
    if (!made) {
        return refused(ctx, made.error());
    }
    const QJsonObject json = bookingJson(made.value(), store.bookings().timeZone());
    if (ctx.args.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << "booked " << made->serviceName << " with " << made->staffName << " at " << made->startsAt << " for "
                << made->customerName << " (" << made->id << ")" << Qt::endl;
    }
    return ExitOk;
}
} // namespace

namespace {
int list(const CliContext &ctx, Store &store)
{
    const QDate day = QDate::fromString(ctx.args.option(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid()) {
        return failed(ctx, QStringLiteral("booking list needs --date YYYY-MM-DD"), ExitUsage);
    }
    auto booked = store.bookings().onDay(day);
    if (!booked) {
        return refused(ctx, booked.error());
    }
    QJsonArray list;
    for (const Booking &b : std::as_const(booked.value())) {
        list.append(bookingJson(b, store.bookings().timeZone()));
        if (!ctx.args.has(QStringLiteral("json"))) {
            ctx.out << madang::timetext::clock(b.startMin) << "-" << madang::timetext::clock(b.endMin()) << "  "
                    << b.staffName << "  " << b.serviceName << "  " << b.customerName << "  "
                    << bookingStatusName(b.status) << "  " << b.id << Qt::endl;
        }
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return ExitOk;
}

int cancel(const CliContext &ctx, Store &store)
{
    const QString id = ctx.args.word(2);
    if (id.isEmpty() || !ctx.args.has(QStringLiteral("reason"))) {
        return failed(ctx, QStringLiteral("booking cancel needs ID --reason TEXT"), ExitUsage);
    }
    auto cancelled = store.bookings().cancel(id, ctx.args.option(QStringLiteral("reason")), {});
    if (!cancelled) {
        return refused(ctx, cancelled.error());
    }
    ctx.out << QJsonDocument(bookingJson(cancelled.value(), store.bookings().timeZone())).toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

QJsonArray profileJson(const QList<SharedField> &fields)
{
    QJsonArray out;
    for (const SharedField &f : fields) {
        out.append(QJsonObject{{QStringLiteral("field"), f.field},
                               {QStringLiteral("value"), f.value},
                               {QStringLiteral("scope"), f.scope},
                               {QStringLiteral("consented_at"), f.consentedAt}});
    }
    return out;
}

int showCustomer(const CliContext &ctx, Store &store)
{
    const QString phone = ctx.args.option(QStringLiteral("phone"));
    if (phone.isEmpty()) {
        return failed(ctx, QStringLiteral("customer show needs --phone P"), ExitUsage);
    }
    auto found = store.customers().findByPhone(phone);
    if (!found) {
        return refused(ctx, found.error());
    }
    if (!found.value()) {
        return failed(ctx, QStringLiteral("no customer with the phone number %1").arg(phone), ExitBadInput);
    }
    const Customer &c = *found.value();
    auto profile = store.customers().sharedProfile(c.id);
    auto visits = store.bookings().forCustomer(c.id);
    if (!profile || !visits) {
        return failed(ctx, (profile ? visits.error() : profile.error()).message);
    }
    QJsonArray history;
    for (const Booking &b : std::as_const(visits.value())) {
        history.append(bookingJson(b, store.bookings().timeZone()));
    }
    ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("name"), c.name},
                                         {QStringLiteral("phone"), c.phone},
                                         {QStringLiteral("platform_id"), c.platformId},
                                         {QStringLiteral("shared_profile"), profileJson(profile.value())},
                                         {QStringLiteral("visits"), history}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

int importProfile(const CliContext &ctx, Store &store)
{
    const QString path = ctx.args.word(2);
    if (path.isEmpty()) {
        return failed(ctx, QStringLiteral("customer import-profile needs FILE.json"), ExitUsage);
    }
    auto json = InputFile::read(path, InputFile::kMaxSharedProfileBytes, QStringLiteral("shared profile"));
    if (!json) {
        return failed(ctx, json.error().message, ExitBadInput);
    }
    auto imported = store.customers().importSharedProfile(json.value());
    if (!imported) {
        return refused(ctx, imported.error());
    }
    ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("customer_id"), imported->customerId},
                                         {QStringLiteral("customer_created"), imported->customerCreated},
                                         {QStringLiteral("fields"), imported->fields},
                                         {QStringLiteral("revoked"), imported->removed}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

} // namespace

int runBooking(const CliContext &ctx)
{
    const QString sub = ctx.args.word(1);
    if (const QStringList bad = ctx.args.unknown(
            {QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("service"), QStringLiteral("date"),
             QStringLiteral("staff"), QStringLiteral("step"), QStringLiteral("start"), QStringLiteral("customer-phone"),
             QStringLiteral("customer-name"), QStringLiteral("source"), QStringLiteral("deposit"),
             QStringLiteral("notes"), QStringLiteral("address"), QStringLiteral("access-notes"), QStringLiteral("crew"),
             QStringLiteral("reason"), QStringLiteral("repeat"), QStringLiteral("visits"), QStringLiteral("json")});
        !bad.isEmpty()) {
        return failed(ctx, QStringLiteral("booking: unknown option --%1").arg(bad.join(QStringLiteral(", --"))),
                      ExitUsage);
    }
    if (sub != QLatin1String("slots") && sub != QLatin1String("create") && sub != QLatin1String("list") &&
        sub != QLatin1String("cancel")) {
        return failed(ctx, QStringLiteral("booking needs slots | create | list | cancel"), ExitUsage);
    }
    const std::unique_ptr<Store> store = openSetUpStore(ctx);
    if (!store) {
        return ExitFailed;
    }
    if (sub == QLatin1String("slots")) {
        return freeSlotsCommand(ctx, *store);
    }
    if (sub == QLatin1String("list")) {
        return list(ctx, *store);
    }
    if (sub == QLatin1String("cancel")) {
        return cancel(ctx, *store);
    }
    auto profile = store->merchant().profile();
    auto currency = Currency::fromCode(profile && profile.value() ? profile.value()->currency : QString());
    if (!currency) {
        return failed(ctx, currency.error().message);
    }
    return create(ctx, *store, currency.value());
}

int runCustomer(const CliContext &ctx)
{
    const QString sub = ctx.args.word(1);
    if (const QStringList bad = ctx.args.unknown(
            {QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("phone"), QStringLiteral("json")});
        !bad.isEmpty() || (sub != QLatin1String("import-profile") && sub != QLatin1String("show"))) {
        return failed(ctx, QStringLiteral("customer needs import-profile FILE.json | show --phone P"), ExitUsage);
    }
    const std::unique_ptr<Store> store = openSetUpStore(ctx);
    if (!store) {
        return ExitFailed;
    }
    return sub == QLatin1String("show") ? showCustomer(ctx, *store) : importProfile(ctx, *store);
}
