// Compare: pin the current run as the baseline, change a knob (the run starts again),
// and see both timelines on one time axis with a table of the report's differences.
#pragma once
#include "gui/session.hpp"

namespace gs::gui {

struct ComparePanel {
    void draw(Session& s);

private:
    bool only_changed_ = true;
};

}  // namespace gs::gui
