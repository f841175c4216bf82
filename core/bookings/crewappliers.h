#pragma once

namespace madang {

class ApplierSet;
class CrewRepository;

/// Appliers of crew.saved, crew.retired and travel_time.saved, through CrewRepository's writes: a crew keeps the
/// op's id and must be made of active staff members (and a van) this terminal has; retiring a crew that is
/// retired already is done already.
void addCrewAppliers(ApplierSet &set, CrewRepository &crews);

} // namespace madang
