// BookingCalendarModel, part 2: bookings side by side in their column. Split from bookingcalendarmodel.cpp to
// keep files short.
#include "bookings/bookingcalendarmodel.h"

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace madang;

/// Bookings of one column that overlap in time (cancelled ones included: they stay visible) go side by
/// side: each takes the first lane free at its start; a group of overlapping bookings shares a lane count.
void BookingCalendarModel::layOutLanes()
{
    m_lanes = QList<std::pair<int, int>>(m_bookings.size(), {0, 1});
    QList<qsizetype> order(m_bookings.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return std::tie(m_bookingColumns[a], m_bookings[a].startMin) <
               std::tie(m_bookingColumns[b], m_bookings[b].startMin);
    });
    qsizetype groupStart = 0;
    QList<int> laneEnds; // end minute of the last booking in each lane of the current group
    int groupEnd = -1;
    const auto closeGroup = [&](qsizetype until) {
        for (qsizetype k = groupStart; k < until; ++k) {
            m_lanes[order[k]].second = static_cast<int>(laneEnds.size());
        }
    };
    for (qsizetype k = 0; k < order.size(); ++k) {
        const Booking &b = m_bookings.at(order[k]);
        const bool sameGroup =
            k > 0 && m_bookingColumns[order[k]] == m_bookingColumns[order[k - 1]] && b.startMin < groupEnd;
        if (!sameGroup) {
            closeGroup(k);
            groupStart = k;
            laneEnds.clear();
            groupEnd = -1;
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > b.startMin) {
            ++lane;
        }
        if (lane == laneEnds.size()) {
            laneEnds.append(b.endMin());
        } else {
            laneEnds[lane] = b.endMin();
        }
        m_lanes[order[k]].first = lane;
        groupEnd = std::max(groupEnd, b.endMin());
    }
    closeGroup(order.size());
}
