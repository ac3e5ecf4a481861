// The program's source with line numbers, the line of an error (the last line a
// traceback in the output names) marked; and the program's output.
#pragma once
#include "gui/session.hpp"
#include "gui/toolbar.hpp"

namespace gs::gui {

struct SourcePanel {
    void draw(Session& s, const Fonts& f);
};

struct OutputPanel {
    void draw(Session& s, const Fonts& f);

private:
    size_t seen_ = 0;
};

}  // namespace gs::gui
