#include "sim/scenario/settings.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace gs {

const std::vector<SettingDef>& setting_defs() {
    static const std::vector<SettingDef> defs = {
        {"machine", "cores", SettingKind::Count, "2", "", "simulated CPU cores"},
        {"machine", "instruction_cost", SettingKind::Duration, "25ns", "", "CPU time of one bytecode instruction"},
        {"machine", "context_switch", SettingKind::Duration, "2us", "", "a core switching to another thread"},
        {"machine", "wakeup_latency", SettingKind::Duration, "8us", "",
         "a signalled or timed-out thread becoming runnable"},
        {"machine", "time_slice", SettingKind::Duration, "4ms", "",
         "OS quantum when runnable threads outnumber cores"},
        {"machine", "syscall_cost", SettingKind::Duration, "1us", "",
         "each lock release/acquire that enters the kernel"},
        {"machine", "lock_cost", SettingKind::Duration, "50ns", "",
         "an uncontended mutex lock or unlock (no kernel entry)"},
        {"machine", "cache_transfer", SettingKind::Duration, "100ns", "",
         "moving a lock's cache line from the core that touched it last to another"},
        {"machine", "remote_wakeup", SettingKind::Duration, "5us", "",
         "the waker's extra cost when a wake sends the sleeper to another, idle core (an interrupt)"},
        {"machine", "wakeup_jitter", SettingKind::Count, "50", "",
         "percent: each wake-up latency varies by up to +-this much (seeded), so races after a wake-up vary"},
        {"machine", "thread_start", SettingKind::Duration, "100us", "", "starting a thread"},
        {"machine", "process_start", SettingKind::Duration, "50ms", "", "starting a process"},
        {"interpreter", "gil", SettingKind::Choice, "py3", "py2|py3|py3-prio|bfs|ruby|none", "the lock policy"},
        {"interpreter", "switch_interval", SettingKind::Duration, "",
         "", "py3/py3-prio switch interval (5ms); the quantum for ruby (100ms) and bfs (10ms)"},
        {"interpreter", "check_interval", SettingKind::Count, "100", "", "py2: ticks between checks"},
        {"interpreter", "eval_breaker", SettingKind::Choice, "back-edges", "back-edges|every-instruction",
         "py3: where the holder notices a drop request (3.10+, or 3.2-3.9)"},
        {"interpreter", "recursion_limit", SettingKind::Count, "1000", "", "sys.getrecursionlimit()"},
        {"interpreter", "heap_limit", SettingKind::Size, "4GB", "", "past it, allocation raises MemoryError"},
        {"run", "engine", SettingKind::Choice, "virtual", "virtual|native", "simulated machine, or real threads"},
        {"run", "seed", SettingKind::Count, "1", "", "seed of every random choice"},
        {"run", "time_limit", SettingKind::Duration, "60s", "", "the program is stopped past this time"},
    };
    return defs;
}

const SettingDef* find_setting(std::string_view section, std::string_view key) {
    for (const SettingDef& d : setting_defs())
        if (section == d.section && key == d.key) return &d;
    return nullptr;
}

std::vector<std::string> setting_names() {
    std::vector<std::string> v;
    for (const SettingDef& d : setting_defs()) v.push_back(std::string(d.section) + "." + d.key);
    return v;
}

std::string closest_name(std::string_view wrong, const std::vector<std::string>& valid) {
    // Plain edit distance; anything within a third of the length is "close".
    std::string best;
    size_t best_d = SIZE_MAX;
    for (const std::string& v : valid) {
        std::vector<size_t> prev(v.size() + 1), cur(v.size() + 1);
        for (size_t j = 0; j <= v.size(); j++) prev[j] = j;
        for (size_t i = 1; i <= wrong.size(); i++) {
            cur[0] = i;
            for (size_t j = 1; j <= v.size(); j++)
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (wrong[i - 1] == v[j - 1] ? 0 : 1)});
            std::swap(prev, cur);
        }
        size_t d = prev[v.size()];
        if (d < best_d) {
            best_d = d;
            best = v;
        }
    }
    return best_d <= std::max<size_t>(2, wrong.size() / 3) ? best : "";
}

namespace {

bool parse_number(std::string_view s, double* out) {
    std::string t(s);
    if (t.empty()) return false;
    char* end = nullptr;
    *out = std::strtod(t.c_str(), &end);
    return end && *end == 0 && std::isfinite(*out);
}

}  // namespace

std::optional<Nanos> parse_duration(std::string_view text, std::string* error) {
    struct Unit {
        const char* suffix;
        double ns;
    };
    static const Unit units[] = {{"ns", 1}, {"us", 1e3}, {"µs", 1e3}, {"ms", 1e6}, {"s", 1e9}, {"min", 60e9}};
    std::string_view s = text;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    for (const Unit& u : units) {
        std::string_view suf = u.suffix;
        if (s.size() > suf.size() && s.substr(s.size() - suf.size()) == suf) {
            std::string_view num = s.substr(0, s.size() - suf.size());
            // "5ms" must not parse as "5m" + "s": the number part must be a number.
            double v;
            if (!parse_number(num, &v)) continue;
            if (v < 0) {
                *error = fmt::format("a duration cannot be negative (got \"{}\")", text);
                return std::nullopt;
            }
            double ns = v * u.ns;
            if (ns > 9.2e18) {
                *error = fmt::format("duration \"{}\" is too long", text);
                return std::nullopt;
            }
            return Nanos(std::llround(ns));
        }
    }
    double v;
    if (parse_number(s, &v))
        *error = fmt::format("expected a duration with a unit, like \"{}ms\" or \"{}s\"; a bare number is ambiguous",
                             text, text);
    else
        *error = fmt::format("expected a duration like \"250ns\", \"20us\", \"5ms\" or \"1.5s\"; got \"{}\"", text);
    return std::nullopt;
}

std::optional<int64_t> parse_count(std::string_view text, std::string* error) {
    int64_t v = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
        *error = fmt::format("expected a whole number, like 4; got \"{}\"", text);
        return std::nullopt;
    }
    return v;
}

std::optional<size_t> parse_size(std::string_view text, std::string* error) {
    static const std::pair<const char*, double> units[] = {{"KB", 1024.0}, {"MB", 1024.0 * 1024}, {"GB", 1024.0 * 1024 * 1024},
                                                           {"B", 1}};
    for (auto& [suf, mult] : units) {
        std::string_view sv = suf;
        if (text.size() > sv.size() && text.substr(text.size() - sv.size()) == sv) {
            double v;
            if (parse_number(text.substr(0, text.size() - sv.size()), &v) && v > 0) return size_t(v * mult);
        }
    }
    *error = fmt::format("expected a size like \"512MB\" or \"4GB\"; got \"{}\"", text);
    return std::nullopt;
}

std::string format_duration(Nanos ns) {
    auto fmt_unit = [](double v, const char* unit) {
        std::string s = fmt::format("{:.3f}", v);
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        return s + unit;
    };
    // The largest unit that shows the value exactly with at most three decimals, so
    // that the text parses back to the same duration.
    if (ns >= 1'000'000'000 && ns % 1'000'000 == 0) return fmt_unit(double(ns) / 1e9, "s");
    if (ns >= 1'000'000 && ns % 1'000 == 0) return fmt_unit(double(ns) / 1e6, "ms");
    if (ns >= 1'000) return fmt_unit(double(ns) / 1e3, "us");
    return fmt::format("{}ns", ns);
}

namespace {

Nanos* duration_field(RunOptions& o, std::string_view key) {
    MachineConfig& m = o.machine;
    if (key == "instruction_cost") return &m.instruction_cost;
    if (key == "context_switch") return &m.context_switch;
    if (key == "wakeup_latency") return &m.wakeup_latency;
    if (key == "time_slice") return &m.time_slice;
    if (key == "syscall_cost") return &m.syscall_cost;
    if (key == "lock_cost") return &m.lock_cost;
    if (key == "cache_transfer") return &m.cache_transfer;
    if (key == "remote_wakeup") return &m.remote_wakeup;
    if (key == "thread_start") return &m.thread_start;
    if (key == "process_start") return &m.process_start;
    if (key == "switch_interval") return &o.policy.interval;
    if (key == "time_limit") return &o.time_limit;
    return nullptr;
}

}  // namespace

std::string apply_setting(RunOptions& o, const SettingDef& d, std::string_view value) {
    std::string err;
    std::string_view key = d.key;
    switch (d.kind) {
        case SettingKind::Duration: {
            auto v = parse_duration(value, &err);
            if (!v) return err;
            if (*v <= 0 && key != "context_switch" && key != "wakeup_latency" && key != "syscall_cost" &&
                key != "thread_start" && key != "process_start" && key != "lock_cost" &&
                key != "cache_transfer" && key != "remote_wakeup")
                return fmt::format("{}.{} must be greater than zero", d.section, d.key);
            *duration_field(o, key) = *v;
            return "";
        }
        case SettingKind::Count: {
            auto v = parse_count(value, &err);
            if (!v) return err;
            if (key == "cores") {
                if (*v < 1 || *v > 64) return "machine.cores must be between 1 and 64";
                o.machine.cores = int(*v);
            } else if (key == "wakeup_jitter") {
                if (*v < 0 || *v > 100) return "machine.wakeup_jitter must be a percentage between 0 and 100";
                o.machine.wakeup_jitter_pct = int(*v);
            } else if (key == "check_interval") {
                o.policy.check_interval = int(std::clamp<int64_t>(*v, -1, 1 << 30));
            } else if (key == "recursion_limit") {
                if (*v < 1) return "interpreter.recursion_limit must be at least 1";
                o.recursion_limit = int(std::min<int64_t>(*v, 1000000));
            } else if (key == "seed") {
                o.seed = uint64_t(*v);
            }
            return "";
        }
        case SettingKind::Size: {
            auto v = parse_size(value, &err);
            if (!v) return err;
            o.heap_limit = *v;
            return "";
        }
        case SettingKind::Choice: {
            std::string_view choices = d.choices;
            bool ok = false;
            size_t pos = 0;
            while (pos <= choices.size()) {
                size_t bar = choices.find('|', pos);
                if (bar == std::string_view::npos) bar = choices.size();
                if (choices.substr(pos, bar - pos) == value) ok = true;
                pos = bar + 1;
            }
            if (!ok) {
                std::string list, nearest;
                std::vector<std::string> names;
                for (char c : choices) list += c == '|' ? std::string(", ") : std::string(1, c);
                for (size_t p = 0; p <= choices.size();) {
                    size_t bar = std::min(choices.find('|', p), choices.size());
                    names.emplace_back(choices.substr(p, bar - p));
                    p = bar + 1;
                }
                nearest = closest_name(value, names);
                return fmt::format("expected one of {}; got \"{}\"{}", list, value,
                                   nearest.empty() ? "" : " (did you mean \"" + nearest + "\"?)");
            }
            if (key == "gil") o.policy.name = std::string(value);
            else if (key == "eval_breaker") o.policy.every_instruction = value == "every-instruction";
            else if (key == "engine") o.engine = value == "native" ? EngineKind::Native : EngineKind::Virtual;
            return "";
        }
    }
    return "";
}

std::string setting_value(const RunOptions& o, const SettingDef& d) {
    std::string_view key = d.key;
    switch (d.kind) {
        case SettingKind::Duration: return format_duration(*duration_field(const_cast<RunOptions&>(o), key));
        case SettingKind::Count:
            if (key == "cores") return std::to_string(o.machine.cores);
            if (key == "wakeup_jitter") return std::to_string(o.machine.wakeup_jitter_pct);
            if (key == "check_interval") return std::to_string(o.policy.check_interval);
            if (key == "recursion_limit") return std::to_string(o.recursion_limit);
            if (key == "seed") return std::to_string(o.seed);
            return "";
        case SettingKind::Size:
            // In the largest unit that is exact, as a user would write it ("4GB").
            if (o.heap_limit % (size_t(1) << 30) == 0) return fmt::format("{}GB", o.heap_limit >> 30);
            if (o.heap_limit % (size_t(1) << 20) == 0) return fmt::format("{}MB", o.heap_limit >> 20);
            return fmt::format("{}KB", o.heap_limit >> 10);
        case SettingKind::Choice:
            if (key == "gil") return o.policy.name;
            if (key == "eval_breaker") return o.policy.every_instruction ? "every-instruction" : "back-edges";
            if (key == "engine") return o.engine == EngineKind::Native ? "native" : "virtual";
            return "";
    }
    return "";
}

void finish_settings(RunOptions& o, bool interval_given) {
    if (interval_given) return;
    const std::string& g = o.policy.name;
    o.policy.interval = g == "ruby" ? 100'000'000 : g == "bfs" ? 10'000'000 : 5'000'000;
}

}  // namespace gs
