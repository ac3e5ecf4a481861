// The run report as text (read at a glance: one bar per thread) and as JSON.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "cli/scenario_cli.hpp"

namespace gs::cli {

namespace {

constexpr int kBarWidth = 32;

// The categories of a thread's time, in the order the bar draws them. The glyph is the
// cue without colour; the colour the cue with it (running green, waiting for the lock
// red, I/O and sleep yellow and grey, ready blue: the palette of timeline tools).
struct Category {
    const char* label;
    const char* glyph;
    const char* color;
    Nanos ThreadTimes::*field;
};
const Category kCategories[] = {
    {"running", "█", "\x1b[32m", &ThreadTimes::running},
    {"waiting for the lock", "▓", "\x1b[31m", &ThreadTimes::gil_wait},
    {"I/O", "▒", "\x1b[33m", &ThreadTimes::io},
    {"sleeping", "░", "\x1b[90m", &ThreadTimes::sleep},
    {"ready (no core)", "▄", "\x1b[34m", &ThreadTimes::ready},
    {"blocked (lock, event, join)", "─", "\x1b[37m", &ThreadTimes::blocked},
    {"starting", " ", "", &ThreadTimes::starting},
};
constexpr size_t kNumCategories = sizeof(kCategories) / sizeof(kCategories[0]);

const char* short_label(size_t i) {
    static const char* labels[] = {"running", "lock wait", "I/O", "sleep", "ready", "blocked", "starting"};
    return labels[i];
}

// Cells per category by largest remainder, so that the cells add up to `width`.
std::vector<int> apportion(const ThreadStats& t, int width) {
    std::vector<int> cells(kNumCategories, 0);
    Nanos total = 0;
    for (const Category& c : kCategories) total += t.time.*c.field;
    if (total <= 0 || width <= 0) return cells;
    std::vector<std::pair<double, size_t>> rem;
    int used = 0;
    for (size_t i = 0; i < kNumCategories; i++) {
        double exact = double(t.time.*kCategories[i].field) * width / double(total);
        cells[i] = int(exact);
        used += cells[i];
        rem.push_back({exact - cells[i], i});
    }
    std::sort(rem.begin(), rem.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (size_t k = 0; used < width && k < rem.size(); k++, used++) cells[rem[k].second]++;
    return cells;
}

std::string bar(const ThreadStats& t, Nanos run_elapsed, bool color) {
    int width = run_elapsed > 0 ? int(std::lround(double(t.elapsed()) * kBarWidth / double(run_elapsed))) : 0;
    width = std::clamp(width, t.elapsed() > 0 ? 1 : 0, kBarWidth);
    std::vector<int> cells = apportion(t, width);
    std::string s;
    for (size_t i = 0; i < kNumCategories; i++) {
        if (cells[i] == 0) continue;
        if (color && *kCategories[i].color) s += kCategories[i].color;
        for (int k = 0; k < cells[i]; k++) s += kCategories[i].glyph;
        if (color && *kCategories[i].color) s += "\x1b[0m";
    }
    return s + std::string(size_t(kBarWidth - width), ' ');
}

// "lock wait 97%, I/O 2%, running 1%": the categories that matter, largest first.
std::string shares(const ThreadStats& t) {
    Nanos total = t.elapsed();
    if (total <= 0) return "";
    std::vector<std::pair<Nanos, size_t>> v;
    for (size_t i = 0; i < kNumCategories; i++) v.push_back({t.time.*kCategories[i].field, i});
    std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.first > b.first; });
    std::string s;
    for (auto& [ns, i] : v) {
        double pct = 100.0 * double(ns) / double(total);
        if (pct < 0.5) continue;
        s += fmt::format("{}{} {:.0f}%", s.empty() ? "" : ", ", short_label(i), pct);
    }
    return s;
}

nlohmann::json gil_json(const GilStats& g) {
    return {{"switches", g.lock.switches},
            {"drop_requests", g.lock.drop_requests},
            {"forced_switches", g.lock.forced_switches},
            {"failed_wakeups", g.lock.failed_wakeups},
            {"acquisitions", g.lock.acquisitions},
            {"held_fraction", g.held_fraction},
            {"contention", g.contention},
            {"max_waiters", g.max_waiters},
            {"held", double(g.held) / 1e9},
            {"contended", double(g.contended) / 1e9}};
}

}  // namespace

std::string format_time(Nanos ns) {
    if (ns == 0) return "0";
    double a = double(std::llabs(ns));
    if (a >= 1e9) return fmt::format("{:.3f} s", double(ns) / 1e9);
    if (a >= 1e6) return fmt::format("{:.1f} ms", double(ns) / 1e6);
    if (a >= 1e3) return fmt::format("{:.1f} us", double(ns) / 1e3);
    return fmt::format("{} ns", ns);
}

std::string format_report(const Scenario& sc, const Report& r, bool color) {
    std::string out;
    auto line = [&](const std::string& s) { out += s + "\n"; };
    std::string gil = r.setting("interpreter.gil");
    std::string lock = gil == "py2"    ? fmt::format("py2 lock (check every {} ticks)", r.setting("interpreter.check_interval"))
                       : gil == "none" ? "no interpreter lock"
                       : gil == "ruby" || gil == "bfs"
                           ? fmt::format("{} lock ({} quantum)", gil, r.setting("interpreter.switch_interval"))
                           : fmt::format("{} lock (switch interval {})", gil, r.setting("interpreter.switch_interval"));
    line(fmt::format("── {}{}", sc.name, sc.title.empty() ? "" : ": " + sc.title));
    std::string machine = r.engine == "native" ? "native engine (real threads on this machine)"
                                               : fmt::format("{} core{}, virtual engine", r.setting("machine.cores"),
                                                             r.setting("machine.cores") == "1" ? "" : "s");
    line(fmt::format("   {}, {}, seed {}: {} elapsed, exit status {}", lock, machine, r.seed, format_time(r.elapsed),
                     r.exit_code));
    if (!r.error.empty()) line(fmt::format("   stopped: {}", r.error));
    line("");

    // One bar per thread: its lifetime against the run's, split by what it was doing.
    size_t w = 10;
    for (const ThreadStats& t : r.threads) w = std::max(w, t.name.size());
    w = std::min<size_t>(w, 28);
    line(fmt::format("{:<{}}  {:>9}  {}", "thread", w, "elapsed", "what it spent its time on"));
    for (const ThreadStats& t : r.threads)
        line(fmt::format("{:<{}}  {:>9}  {} {}", t.name.substr(0, w), w, format_time(t.elapsed()), bar(t, r.elapsed, color),
                         shares(t)));
    std::string legend = std::string(w + 13, ' ');
    for (size_t i = 0; i + 1 < kNumCategories; i++) {
        std::string g = color ? fmt::format("{}{}\x1b[0m", kCategories[i].color, kCategories[i].glyph) : kCategories[i].glyph;
        legend += fmt::format("{}{} {}", i ? "  " : "", g, kCategories[i].label);
    }
    line(legend);
    line("");

    line(fmt::format("{:<{}}  {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>12} {:>8} {:>7} {:>7}", "thread", w, "running",
                     "lock wait", "I/O", "sleep", "ready", "blocked", "instructions", "acquired", "forced", "I/O ops"));
    for (const ThreadStats& t : r.threads)
        line(fmt::format("{:<{}}  {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>12} {:>8} {:>7} {:>7}", t.name.substr(0, w), w,
                         format_time(t.time.running), format_time(t.time.gil_wait), format_time(t.time.io),
                         format_time(t.time.sleep), format_time(t.time.ready), format_time(t.time.blocked),
                         t.instructions, t.gil_acquired, t.forced_drops, t.io_ops));
    line("");

    double secs = double(r.elapsed) / 1e9;
    for (size_t p = 0; p < r.processes.size(); p++) {
        const GilStats& g = r.processes[p];
        std::string who = r.processes.size() == 1 ? "" : fmt::format(" of process {} ({})", p, r.process_names[p]);
        if (gil == "none") {
            line(fmt::format("interpreter lock{}: none (free-threaded)", who));
            continue;
        }
        line(fmt::format("interpreter lock{}: held {:.1f}% of the run, waited for {:.1f}% (up to {} waiting at once)", who,
                         100 * g.held_fraction, 100 * g.contention, g.max_waiters));
        auto n = [](uint64_t k, const char* one, const char* many) { return fmt::format("{} {}", k, k == 1 ? one : many); };
        line(fmt::format("  {} ({}/s), {}, {}, {}, {}", n(g.lock.switches, "switch", "switches"),
                         // A rate over a run of microseconds would only mislead.
                         secs >= 0.01 ? format_number(std::round(double(g.lock.switches) / secs)) : "-",
                         n(g.lock.drop_requests, "drop request", "drop requests"),
                         n(g.lock.forced_switches, "forced switch", "forced switches"),
                         n(g.lock.failed_wakeups, "failed wake-up", "failed wake-ups"),
                         n(g.lock.acquisitions, "acquisition", "acquisitions")));
    }
    if (!r.metrics.empty()) {
        line("");
        line("metrics (sim.report):");
        size_t mw = 0;
        for (auto& [k, _] : r.metrics) mw = std::max(mw, k.size());
        for (auto& [k, v] : r.metrics) line(fmt::format("  {:<{}}  {}", k, mw, format_number(v)));
    }
    return out;
}

nlohmann::json report_json(const Scenario& sc, const Report& r) {
    nlohmann::json j;
    j["scenario"] = {{"name", sc.name}, {"title", sc.title}, {"file", sc.file}};
    j["elapsed"] = double(r.elapsed) / 1e9;
    j["exit_code"] = r.exit_code;
    j["timed_out"] = r.timed_out;
    if (!r.error.empty()) j["error"] = r.error;
    j["engine"] = r.engine;
    j["seed"] = r.seed;
    nlohmann::json threads = nlohmann::json::object();
    for (const ThreadStats& t : r.threads) {
        nlohmann::json o;
        for (const std::string& f : thread_fields()) {
            std::string err, path = "threads." + t.name + "." + f;
            double v = *report_value(r, path, &err);
            bool is_time = false;
            check_report_path(path, &is_time);
            // Counts as whole numbers, as in "gil"; times in seconds.
            if (is_time) o[f] = v;
            else o[f] = uint64_t(v);
        }
        threads[t.name] = o;
    }
    j["threads"] = threads;
    if (r.processes.size() == 1) {
        j["gil"] = gil_json(r.processes[0]);
    } else {
        nlohmann::json ps = nlohmann::json::object();
        for (size_t p = 0; p < r.processes.size(); p++)
            ps[std::to_string(p)] = {{"name", r.process_names[p]}, {"gil", gil_json(r.processes[p])}};
        j["processes"] = ps;
    }
    j["metrics"] = r.metrics;
    nlohmann::json settings = nlohmann::json::object();
    for (auto& [k, v] : r.settings) {
        size_t dot = k.find('.');
        settings[k.substr(0, dot)][k.substr(dot + 1)] = v;
    }
    j["settings"] = settings;
    return j;
}

}  // namespace gs::cli
