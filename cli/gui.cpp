// `gilsim gui [SCENARIO | TRACE]`: the desktop visualizer (gui/, docs/gui.md). The
// window itself lives in the gilsim_gui library; a build without it says so.
#include <cstdio>
#include <filesystem>
#include <regex>

#include "cli/commands.hpp"
#include "cli/scenario_cli.hpp"
#include "sim/scenario/settings.hpp"
#if GILSIM_HAVE_GUI
#include "gui/app.hpp"
#endif

namespace gs::cli {

namespace {

struct GuiCmd {
    std::string file;
    ScenarioOptions so;
    std::string screenshot, after, size, dump_layout, view, compare, tab;
    bool frame_stats = false;
};

#if GILSIM_HAVE_GUI
// The scenario library for the browser: ./scenarios, else next to the executable's
// source tree (build/gilsim -> scenarios/), else the opened file's directory.
[[maybe_unused]] std::string find_scenarios(const std::string& file) {  // (unused without the GUI)
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> candidates = {fs::current_path(ec) / "scenarios"};
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.insert(candidates.end(), {exe.parent_path().parent_path() / "scenarios", exe.parent_path() / "scenarios"});
    if (!file.empty()) candidates.push_back(fs::absolute(file, ec).parent_path());
    for (const fs::path& p : candidates)
        if (fs::is_directory(p, ec)) return p.string();
    return "";
}
#endif

}  // namespace

Runner add_gui(CLI::App& app) {
    auto o = std::make_shared<GuiCmd>();
    CLI::App* cmd = app.add_subcommand("gui", "Open the visualizer: a live timeline of the threads and the interpreter lock");
    cmd->add_option("file", o->file, "A scenario (.toml), or a trace written by `gilsim run --trace` (.json); none: the scenario browser");
    add_scenario_options(cmd, o->so);
    cmd->add_option("--screenshot", o->screenshot, "Headless: run, render the window once, write this PNG and exit");
    cmd->add_option("--after", o->after, "With --screenshot: render when the run reaches this simulated time (\"50ms\"); default: its end");
    cmd->add_option("--size", o->size, "Window size WxH (default 1600x900)");
    cmd->add_flag("--frame-stats", o->frame_stats,
                  "Headless: draw the finished run for 300 frames (fit, then zooming and panning) and print\n"
                  "frames=N median_ms=X p99_ms=Y spans=S");
    cmd->add_option("--dump-layout", o->dump_layout, "Testing: write where each lane was drawn to this file")->group("");
    cmd->add_option("--compare", o->compare, "With --screenshot: pin the run as baseline, re-run with --set K=V, show both")
        ->group("");
    cmd->add_option("--tab", o->tab, "With --screenshot: bring this panel forward (Source, Bytecode, Output, Details, Explain)")
        ->check(CLI::IsMember({"Source", "Bytecode", "Output", "Details", "Explain"}));
    cmd->add_option("--view", o->view, "With --screenshot: show START:LENGTH of the run (\"10ms:20ms\")")->group("");
    cmd->footer(
        "Without a display, run it under a virtual X server: xvfb-run -a gilsim gui ... --screenshot out.png\n"
        "Keys: wheel zooms at the cursor, drag pans, W/S zoom, A/D pan, F fits, End follows a live run,\n"
        "right-drag selects a range, Space pauses, [ and ] step through lock events. See docs/gui.md.\n\n"
        "Examples:\n"
        "  gilsim gui scenarios/convoy.toml\n"
        "  gilsim gui scenarios/convoy.toml --set interpreter.switch_interval=1ms\n"
        "  xvfb-run -a gilsim gui scenarios/convoy.toml --screenshot convoy.png --size 1600x900");
    return [o]() -> int {
#if GILSIM_HAVE_GUI
        gui::GuiOptions g;
        g.path = o->file;
        g.overrides = o->so.overrides();
        g.screenshot = o->screenshot;
        g.frame_stats = o->frame_stats;
        g.dump_layout = o->dump_layout;
        g.compare = o->compare;
        g.tab = o->tab;
        g.scenarios_dir = find_scenarios(o->file);
        if (!o->after.empty()) {
            std::string err;
            auto d = parse_duration(o->after, &err);
            if (!d) {
                std::fprintf(stderr, "gilsim gui: --after: %s\n", err.c_str());
                return 2;
            }
            g.after = *d;
        }
        if (!o->view.empty()) {
            std::string err;
            size_t colon = o->view.find(':');
            auto a = parse_duration(o->view.substr(0, colon), &err);
            auto b = colon == std::string::npos ? std::nullopt : parse_duration(o->view.substr(colon + 1), &err);
            if (!a || !b) {
                std::fprintf(stderr, "gilsim gui: --view: expected START:LENGTH, like 10ms:20ms\n");
                return 2;
            }
            g.view_start = *a;
            g.view_len = *b;
        }
        if (!o->size.empty()) {
            std::smatch m;
            if (!std::regex_match(o->size, m, std::regex(R"((\d+)x(\d+))"))) {
                std::fprintf(stderr, "gilsim gui: --size: expected WIDTHxHEIGHT, like 1600x900; got \"%s\"\n", o->size.c_str());
                return 2;
            }
            g.width = std::stoi(m[1]);
            g.height = std::stoi(m[2]);
            if (g.width < 320 || g.height < 240 || g.width > 8192 || g.height > 8192) {
                std::fprintf(stderr, "gilsim gui: --size: between 320x240 and 8192x8192, please\n");
                return 2;
            }
        }
        return gui::run_gui(g);
#else
        std::fprintf(stderr, "gilsim gui: this gilsim was built without the GUI (GILSIM_GUI=OFF, or libimgui-dev/libglfw3-dev missing)\n");
        return 2;
#endif
    };
}

}  // namespace gs::cli
