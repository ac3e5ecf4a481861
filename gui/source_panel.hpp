// The program's source with line numbers: the line of an error (the last line a
// traceback in the output names) marked, and at each line the threads that were there
// at the moment the views show (Session::moment: the time under the mouse on the
// timeline, a selection, or now). The bytecode of the function a thread is in, with each
// thread's instruction marked. And the program's output.
#pragma once
#include <string>

#include "gui/session.hpp"
#include "gui/timeline_view.hpp"
#include "gui/toolbar.hpp"

namespace gs::gui {

struct SourcePanel {
    void draw(Session& s, const Fonts& f);
    LaneRect rect{"panel", "Source", 0, 0, 0, 0};   // where the lines were drawn (--dump-layout)

private:
    int focus_ = 0;   // the line kept in view in the last frame
};

struct BytecodePanel {
    void draw(Session& s, const Fonts& f);
    LaneRect rect{"panel", "Bytecode", 0, 0, 0, 0};

private:
    uint32_t follow_ = kNoThread;   // the thread picked here (kNoThread: the selected or first one)
    uint64_t generation_ = 0;       // the run it was picked in
    const void* seen_code_ = nullptr;  // the instruction kept in view in the last frame
    uint32_t seen_pc_ = 0;
};

struct OutputPanel {
    void draw(Session& s, const Fonts& f);

private:
    size_t seen_ = 0;
};

}  // namespace gs::gui
