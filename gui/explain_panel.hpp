// Explain: each lock event in words, saying why it happened ("T2 waited 5.0 ms with no
// switch and set a drop request; T1 saw it at its next check and dropped it; the OS
// woke T3, not T2"). Linked both ways with the timeline: a click here centres the
// timeline on the event, a click on the timeline selects the nearest event here.
#pragma once
#include <string>
#include <vector>

#include "gui/session.hpp"

namespace gs::gui {

// The narration of m.locks[i], from the model alone (the states around it).
std::string narrate(const TimelineModel& m, size_t i);

struct ExplainPanel {
    void draw(Session& s);

private:
    void select(Session& s, const TimelineModel& m, int64_t i);

    int filter_ = 1;                 // 0: every lock event; 1: the ones that change hands or force
    std::vector<uint32_t> rows_;     // indexes into m.locks that pass the filter
    size_t scanned_ = 0;
    uint64_t generation_ = ~uint64_t(0);
    int built_filter_ = -1;
    bool follow_ = true;             // a live run: keep the newest event in view
};

}  // namespace gs::gui
