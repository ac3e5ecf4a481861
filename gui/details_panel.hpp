// Details of what was clicked on the timeline: the span (thread, state, times, reason,
// core) and what the lock was doing around it.
#pragma once
#include "gui/session.hpp"

namespace gs::gui {

struct DetailsPanel {
    void draw(Session& s);
};

}  // namespace gs::gui
