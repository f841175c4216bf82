// Crews and travel times applied to this terminal's database (see replication/applier.h).

#include "bookings/crewappliers.h"

#include "bookings/crewrepository.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CrewRepository)
};

Status applyCrew(CrewRepository &crews, const OutboxOp &op)
{
    PayloadReader read(op);
    Crew crew;
    crew.id = read.string("id"_L1);
    crew.name = read.string("name"_L1);
    const QJsonArray members = read.array("member_ids"_L1);
    crew.vanId = read.string("van_id"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (crew.id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    for (const QJsonValue &member : members) {
        if (!member.isString() || member.toString().isEmpty()) {
            return PayloadReader::refusal(op, QStringLiteral("member_ids"));
        }
        crew.memberIds << member.toString();
    }
    // save() keeps the id it is given and checks the name, the members and the van as for an edit here.
    auto saved = crews.save(crew);
    return saved ? Status(Done{}) : Status(saved.error());
}

Status applyCrewRetired(CrewRepository &crews, QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString crewId = read.string("id"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    auto row = Database::run(db, QStringLiteral("SELECT active FROM crews WHERE id = ?"), {crewId},
                             Text::tr("Reading the crews"));
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("Crew %1 is not on this terminal; it was not retired.").arg(crewId.left(80)));
    }
    if (!row->value(0).toBool()) {
        return Done{}; // retired already
    }
    return crews.retire(crewId);
}

Status applyTravelTime(CrewRepository &crews, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString from = read.string("from"_L1);
    const QString to = read.string("to"_L1);
    const int minutes = read.number("minutes"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    return crews.setTravelMinutes(from, to, minutes);
}
} // namespace

void addCrewAppliers(ApplierSet &set, CrewRepository &crews)
{
    CrewRepository *c = &crews;
    set.add(ops::CrewSaved, [c](QSqlDatabase &, const OutboxOp &op) { return applyCrew(*c, op); });
    set.add(ops::CrewRetired, [c](QSqlDatabase &db, const OutboxOp &op) { return applyCrewRetired(*c, db, op); });
    set.add(ops::TravelTimeSaved, [c](QSqlDatabase &, const OutboxOp &op) { return applyTravelTime(*c, op); });
}

} // namespace madang
