#include "gui/session.hpp"

#include <fmt/format.h>

#include "gui/trace_json.hpp"
#include "sim/scenario/settings.hpp"

namespace gs::gui {

void RunView::update() {
    if (!run) return;
    bool done = run->done();  // read before the trace, so a finished run's events are all seen
    model.update(run->trace());
    if (done && !model.finished()) model.finish(run->result().elapsed);
}

namespace {
bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

void Session::open(const std::string& path, std::vector<std::string> overrides) {
    path_ = path;
    overrides_ = std::move(overrides);
    retire(std::move(baseline_));
    retire(std::move(current_));
    scenario_.reset();
    error_.reset();
    sel = Selection{};
    is_trace_ = ends_with(path, ".json");
    if (path.empty()) return;
    if (is_trace_) {
        std::string err;
        auto loaded = load_chrome_trace(path, &err);
        if (!loaded) {
            error_ = ScenarioError{path, err};
            return;
        }
        current_ = std::make_unique<RunView>();
        current_->run = std::make_unique<LiveRun>(std::move(loaded->trace), std::move(loaded->report));
        current_->label = loaded->label;
        generation++;
        return;
    }
    restart();
}

void Session::restart() {
    if (path_.empty() || is_trace_) return;
    ScenarioResult r = load_scenario(path_, overrides_);
    if (auto* e = std::get_if<ScenarioError>(&r)) {
        error_ = *e;
        retire(std::move(current_));
        return;
    }
    error_.reset();
    scenario_ = std::get<Scenario>(std::move(r));
    start_run();
}

void Session::start_run() {
    auto v = std::make_unique<RunView>();
    v->run = std::make_unique<LiveRun>(*scenario_, speed, start_paused, pause_at);
    v->label = run_label();
    retire(std::move(current_));
    current_ = std::move(v);
    sel.lock = -1;
    sel.lane = Selection::Lane::None;
    generation++;
}

std::string Session::run_label() const {
    const RunOptions& o = scenario_->options;
    auto value = [&](const char* section, const char* key) {
        const SettingDef* d = find_setting(section, key);
        return d ? setting_value(o, *d) : std::string();
    };
    std::string s = fmt::format("{} {} · {} cores · {} · seed {}", value("interpreter", "gil"),
                                value("interpreter", "switch_interval"), o.machine.cores,
                                o.engine == EngineKind::Virtual ? "virtual" : "native", o.seed);
    return s;
}

std::string Session::override_value(const std::string& key) const {
    std::string prefix = key + "=";
    std::string v;
    for (const std::string& o : overrides_)
        if (o.compare(0, prefix.size(), prefix) == 0) v = o.substr(prefix.size());
    return v;
}

void Session::set_override(const std::string& key, const std::string& value) {
    std::string prefix = key + "=";
    std::erase_if(overrides_, [&](const std::string& o) { return o.compare(0, prefix.size(), prefix) == 0; });
    if (!value.empty()) overrides_.push_back(prefix + value);
    restart();
}

void Session::pin_baseline() {
    if (!current_) return;
    baseline_ = std::move(current_);
    baseline_->label = "baseline: " + baseline_->label;
    if (scenario_) start_run();
}

void Session::retire(std::unique_ptr<RunView> old) {
    // A virtual run stops at its next step when destroyed; a native one runs to its end.
    if (old && !old->run->done() && !old->run->pacing()) retiring_.push_back(std::move(old));
}

void Session::update() {
    std::erase_if(retiring_, [](const std::unique_ptr<RunView>& v) { return v->run->done(); });
    if (current_) current_->update();
    if (baseline_) baseline_->update();
}

ProgramCode* Session::program_code() {
    const Scenario* sc = scenario();
    if (!sc || !sc->program) return nullptr;
    // A restart reloads the scenario, and with it the program: compile again only then.
    if (!program_code_ || program_code_->source() != sc->program)
        program_code_ = std::make_unique<ProgramCode>(sc->program);
    return program_code_.get();
}

Nanos Session::moment(const char** what) {
    RunView* v = current();
    if (hover_t >= 0) {
        *what = "under the mouse";
        return hover_t;
    }
    if (sel.lane != Selection::Lane::None && !sel.baseline) {
        *what = "the selected span's start";
        return sel.span.start;
    }
    if (v && sel.lock >= 0 && size_t(sel.lock) < v->model.lock_count()) {
        *what = "the selected lock event";
        return v->model.lock(size_t(sel.lock)).t;
    }
    if (sel.has_range) {
        *what = "the selected range's end";
        return sel.r1;
    }
    *what = v && v->run->done() ? "the end of the run" : "now";
    return v ? v->model.now() : 0;
}

}  // namespace gs::gui
