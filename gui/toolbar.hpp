// The strip at the top: play/pause, step to the next lock event, restart with the same
// seed, the speed of a live run (simulated time per real second), follow and fit, and
// where the run is.
#pragma once
#include <imgui.h>

#include "gui/session.hpp"
#include "gui/timeline_view.hpp"

namespace gs::gui {

// The two fonts of the window (owned by ImGui's atlas).
struct Fonts {
    ImFont* ui = nullptr;
    ImFont* mono = nullptr;
};

struct Toolbar {
    void draw(Session& s, TimelineView& tv);

private:
    float log_speed_ = 0;  // log10 of the speed; used when `max_` is off
    bool max_ = true;
};

}  // namespace gs::gui
