// What the window shows: the scenario (or trace file) that is open, its settings, the
// current run and its timeline model, the pinned baseline run, and what the user has
// selected. Panels read and change it; only Session starts and stops runs.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gui/live_run.hpp"
#include "gui/model.hpp"
#include "gui/program_code.hpp"
#include "sim/scenario/scenario.hpp"

namespace gs::gui {

// What the user picked on the timeline or in a panel, shared by the views so that each
// follows the others (click a lock event in Explain: the timeline goes there; click a
// span: Details shows it and Explain scrolls to its lock event).
struct Selection {
    bool has_range = false;     // a selected time range limits the statistics
    Nanos r0 = 0, r1 = 0;
    enum class Lane : uint8_t { None, Thread, Owner, Core } lane = Lane::None;
    uint32_t index = 0;         // thread id, process id or core
    Span span{};
    bool baseline = false;      // the span is on the baseline's lanes
    int64_t lock = -1;          // index into TimelineModel::locks
    bool scroll_explain = false;    // Explain should bring `lock` into view
    bool center_request = false;    // the timeline should centre on center_t
    Nanos center_t = 0;
    Nanos center_len = 0;           // and, if set, zoom so this much time is in view
};

// One run and its model, as the timeline draws it.
struct RunView {
    std::unique_ptr<LiveRun> run;
    TimelineModel model;
    std::string label;          // "py3, 5ms, 2 cores, seed 1"
    // Brings the model up to date with the run (call once per frame).
    void update();
};

class Session {
public:
    // Opens a scenario (.toml) or a Chrome trace (.json); an empty path opens nothing
    // (the scenario browser is shown). Errors are kept, shown by the window, not thrown.
    void open(const std::string& path, std::vector<std::string> overrides = {});
    // Reloads the scenario with the current overrides and runs it again.
    void restart();
    // Sets (or, with an empty value, removes) an override "section.key=value" and re-runs.
    void set_override(const std::string& key, const std::string& value);
    std::string override_value(const std::string& key) const;   // "" if not overridden
    void pin_baseline();
    void clear_baseline() { retire(std::move(baseline_)); }
    void update();
    // Whether a run is still going (the window then redraws continuously).
    bool busy() const { return current_ && !current_->run->done(); }

    const std::string& path() const { return path_; }
    bool is_trace() const { return is_trace_; }
    const Scenario* scenario() const { return scenario_ ? &*scenario_ : nullptr; }
    const ScenarioError* error() const { return error_ ? &*error_ : nullptr; }
    RunView* current() { return current_.get(); }
    RunView* baseline() { return baseline_.get(); }
    const std::vector<std::string>& overrides() const { return overrides_; }
    // The open scenario's program, compiled for the source and bytecode views (null
    // without a program).
    ProgramCode* program_code();
    // The moment the source and bytecode views show, and what it is: the time under the
    // mouse, else the selected span or lock event, else the selected range's end, else
    // the run's newest time.
    Nanos moment(const char** what);

    double speed = 0;           // simulated ns per real ns for new runs (0: as fast as possible)
    bool start_paused = false;
    Nanos pause_at = -1;        // new runs hold when simulated time reaches this (--after)
    Selection sel;
    Nanos hover_t = -1;         // the time under the mouse on the timeline (-1: none)
    uint64_t generation = 0;    // bumped at each new run, so views can reset caches

private:
    void start_run();
    void retire(std::unique_ptr<RunView> old);
    std::string run_label() const;

    std::string path_;
    bool is_trace_ = false;
    std::optional<Scenario> scenario_;
    std::optional<ScenarioError> error_;
    std::vector<std::string> overrides_;
    std::unique_ptr<ProgramCode> program_code_;
    std::unique_ptr<RunView> current_;
    std::unique_ptr<RunView> baseline_;
    // Replaced runs that cannot be stopped early (the native engine has no pace hook):
    // kept until they finish, so that a restart does not freeze the window.
    std::vector<std::unique_ptr<RunView>> retiring_;
};

}  // namespace gs::gui
