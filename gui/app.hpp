// `gilsim gui`: the desktop visualizer (../shared/spec/cli.md, docs/gui.md). One window
// (GLFW, OpenGL 3.3, Dear ImGui); headless, it renders to a PNG and exits, and can
// measure its own frame times.
#pragma once
#include <string>
#include <vector>

#include "sim/core/time.hpp"

namespace gs::gui {

struct GuiOptions {
    std::string path;            // scenario (.toml) or Chrome trace (.json); "" = the browser
    std::string scenarios_dir;   // where the scenario browser looks
    std::string screenshot;      // write a PNG and exit
    Nanos after = -1;            // with screenshot: render once simulated time reaches this
    int width = 1600, height = 900;
    bool frame_stats = false;    // draw the finished run for a few hundred frames, print times
    std::string dump_layout;     // testing: write where each lane was drawn (one per line)
    Nanos view_start = -1, view_len = 0;  // with screenshot: this part of the run (default: all)
    std::string compare;         // with screenshot: pin the run, re-run with this "K=V", show Compare
    std::string tab;             // with screenshot: the bottom-right panel to bring forward
    std::vector<std::string> overrides;  // --set, --engine, --seed
};

// Runs the window until it is closed (or the screenshot is written). Exit status as
// cli.md: 0; 2 bad input (a bad scenario still renders its error first) or no display.
int run_gui(const GuiOptions& opts);

}  // namespace gs::gui
