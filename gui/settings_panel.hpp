// The run's knobs: every setting of the settings table (sim/scenario/settings.hpp), as
// the same "section.key=value" overrides that --set gives, so the GUI and the command
// line change a run the same way. A change re-runs the scenario with the same seed.
#pragma once
#include "gui/session.hpp"

namespace gs::gui {

struct SettingsPanel {
    void draw(Session& s);
};

}  // namespace gs::gui
