// Loading a scenario: parse the TOML (toml++), fold the --set overrides into the same
// tree, then walk it once, checking every key against the settings table. Because the
// overrides become nodes of the tree (parsed with the same TOML rules, and tagged with
// their "--set K=V" text as the source), a value on the command line is parsed and
// reported exactly as the same value in the file would be.
#include "sim/scenario/scenario.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "sim/engine/report.hpp"
#include "sim/lang/parser.hpp"
#include "sim/scenario/settings.hpp"

namespace gs {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kSections = {"scenario", "machine", "interpreter", "run", "expect"};
const std::vector<std::string> kScenarioKeys = {"name", "title", "description", "program", "source", "argv"};

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

// Where a node came from: "file:line:col", or the --set text it was parsed from.
std::string where(const toml::source_region& src, const std::string& file) {
    if (src.path && src.path->rfind("--set ", 0) == 0) return *src.path;
    if (src.begin.line == 0) return file;
    return fmt::format("{}:{}:{}", file, src.begin.line, src.begin.column);
}

ScenarioError error_at(const toml::source_region& src, const std::string& file, std::string message) {
    return ScenarioError{where(src, file), std::move(message)};
}

// Where a key is: its own position, or for a key that came from --set (inserted into
// the tree, so without a position of its own) the --set its value came from.
const toml::source_region& key_source(const toml::key& k, const toml::node& value) {
    return k.source().begin.line == 0 ? value.source() : k.source();
}

const char* type_name(const toml::node& n) {
    switch (n.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "a whole number";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "true/false";
        case toml::node_type::array: return "an array";
        case toml::node_type::table: return "a table";
        default: return "a date or time";
    }
}

// A TOML basic string holding `s` exactly (for --set values that are not TOML).
std::string toml_quote(std::string_view s) {
    std::string q = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') q += '\\', q += char(c);
        else if (c < 0x20 || c == 0x7f) q += fmt::format("\\u{:04x}", c);
        else q += char(c);
    }
    return q + "\"";
}

// Folds one --set into the tree. A value that is valid TOML (4, "5ms", [1, 2],
// {min = 1}) is taken as such; anything else (5ms, py2, 1.5s) as a string.
std::optional<ScenarioError> apply_override(toml::table& root, const std::string& text) {
    std::string origin = "--set " + text;
    size_t eq = text.find('=');
    size_t dot = text.find('.');
    if (eq == std::string::npos || dot == std::string::npos || dot > eq || dot == 0 || dot + 1 == eq)
        return ScenarioError{origin, "expected section.key=value, like interpreter.gil=py2 or machine.cores=4"};
    std::string section = text.substr(0, dot), key = text.substr(dot + 1, eq - dot - 1), value = text.substr(eq + 1);
    if (std::find(kSections.begin(), kSections.end(), section) == kSections.end()) {
        std::string near = closest_name(section, kSections);
        return ScenarioError{origin, fmt::format("unknown section '{}'{}; valid sections: {}", section,
                                                 near.empty() ? "" : " (did you mean '" + near + "'?)",
                                                 join(kSections))};
    }
    toml::table parsed;
    try {
        parsed = toml::parse("v = " + value, origin);
    } catch (const toml::parse_error&) {
        parsed = toml::parse("v = " + toml_quote(value), origin);
    }
    toml::node* sect = root.get(section);
    if (!sect) {
        root.insert(section, toml::table{});
        sect = root.get(section);
    }
    if (!sect->is_table()) return ScenarioError{origin, fmt::format("[{}] in the file is not a table", section)};
    sect->as_table()->insert_or_assign(key, std::move(*parsed.get("v")));
    return std::nullopt;
}

// The text the settings table parses, from a TOML value of the kind the key expects.
std::optional<std::string> setting_text(const toml::node& n, const SettingDef& d, std::string* err) {
    std::string name = fmt::format("{}.{}", d.section, d.key);
    if (d.kind == SettingKind::Count) {
        if (auto v = n.value_exact<int64_t>()) return std::to_string(*v);
        if (auto s = n.value_exact<std::string>()) {
            std::string e;
            if (parse_count(*s, &e))
                *err = fmt::format("{} is a count: write it without quotes, like {} = {}", name, d.key, *s);
            else
                *err = fmt::format("{}: expected a whole number, like {} = {}; got \"{}\"", name, d.key,
                                   d.default_text, *s);
            return std::nullopt;
        }
        *err = fmt::format("{}: expected a whole number, like {} = {}; got {}", name, d.key, d.default_text,
                           type_name(n));
        return std::nullopt;
    }
    if (auto s = n.value_exact<std::string>()) return *s;
    if (n.is_integer() || n.is_floating_point()) {
        // Numbers reach the parser as text, so that a bare duration gets its own message.
        std::string text = n.is_integer() ? std::to_string(*n.value<int64_t>()) : fmt::format("{}", *n.value<double>());
        if (d.kind == SettingKind::Duration) return text;
        *err = fmt::format("{}: expected a string, like {} = \"{}\"; got {}", name, d.key, d.default_text, text);
        return std::nullopt;
    }
    *err = fmt::format("{}: expected a string, like {} = \"{}\"; got {}", name, d.key,
                       *d.default_text ? d.default_text : "5ms", type_name(n));
    return std::nullopt;
}

// One bound of an [expect] entry: a number, or a duration string for a time. A metric
// (sim.report) has no unit of its own: a duration bound says it is a time in seconds,
// the unit of every duration in the sim module.
std::optional<double> bound_value(const toml::node& n, bool* is_time, const std::string& path, std::string* err) {
    if (auto v = n.value_exact<int64_t>()) return double(*v);
    if (auto v = n.value_exact<double>()) return *v;
    if (auto v = n.value_exact<bool>()) return *v ? 1.0 : 0.0;
    if (auto s = n.value_exact<std::string>()) {
        bool metric = path.rfind("metrics.", 0) == 0;
        if (!*is_time && !metric) {
            *err = fmt::format("'{}' is not a time: its bound must be a number, like {{ min = 10 }}", path);
            return std::nullopt;
        }
        std::string e;
        if (auto ns = parse_duration(*s, &e)) {
            *is_time = true;
            return double(*ns) / 1e9;
        }
        *err = fmt::format("'{}': {}", path, e);
        return std::nullopt;
    }
    *err = fmt::format("'{}': a bound is a number{}; got {}", path, *is_time ? " (seconds) or a duration like \"400ms\"" : "",
                       type_name(n));
    return std::nullopt;
}

// The entries of [expect] as (path, key, value). Quoted keys ("gil.switches" = 3) are
// paths already; unquoted dotted keys (gil.switches = 3) are nested tables in TOML, and
// are joined back into paths. An inline table ({ min = 1 }) is always a bound.
struct ExpectEntry {
    std::string path;
    const toml::key* key;
    const toml::node* value;
};

void flatten_expect(const toml::table& t, const std::string& prefix, std::vector<ExpectEntry>& out) {
    for (auto&& [k, node] : t) {
        std::string path = prefix + std::string(k.str());
        const toml::table* sub = node.as_table();
        if (sub && !sub->is_inline()) flatten_expect(*sub, path + ".", out);
        else out.push_back({path, &k, &node});
    }
}

std::optional<ScenarioError> parse_expect(const toml::table& t, const std::string& file, Scenario& sc) {
    std::vector<std::pair<toml::source_position, Expectation>> found;
    std::vector<ExpectEntry> entries;
    flatten_expect(t, "", entries);
    for (const ExpectEntry& entry : entries) {
        const toml::key& k = *entry.key;
        const toml::node& node = *entry.value;
        Expectation ex;
        ex.path = entry.path;
        ex.where = where(node.source(), file);
        std::string shape = check_report_path(ex.path, &ex.time);
        if (!shape.empty()) return error_at(key_source(k, node), file, "[expect] " + shape);
        std::string err;
        if (const toml::table* b = node.as_table()) {
            for (auto&& [bk, bn] : *b) {
                if (bk.str() != "min" && bk.str() != "max")
                    return error_at(bk.source(), file,
                                    fmt::format("[expect] '{}': unknown bound '{}'; a bound table has min and/or max, "
                                                "like {{ min = {}, max = {} }}",
                                                ex.path, bk.str(), ex.time ? "\"400ms\"" : "10", ex.time ? "\"700ms\"" : "20"));
                auto v = bound_value(bn, &ex.time, ex.path, &err);
                if (!v) return error_at(bn.source(), file, "[expect] " + err);
                (bk.str() == "min" ? ex.min : ex.max) = *v;
            }
            if (!ex.min && !ex.max)
                return error_at(node.source(), file,
                                fmt::format("[expect] '{}': the bound table is empty; give min and/or max", ex.path));
            if (ex.min && ex.max && *ex.min > *ex.max)
                return error_at(node.source(), file,
                                fmt::format("[expect] '{}': min ({}) is greater than max ({})", ex.path, *ex.min, *ex.max));
        } else {
            auto v = bound_value(node, &ex.time, ex.path, &err);
            if (!v) return error_at(node.source(), file, "[expect] " + err);
            ex.exact = true;
            ex.min = ex.max = *v;
        }
        toml::source_position pos = node.source().begin;
        if (node.source().path && node.source().path->rfind("--set ", 0) == 0) pos = {UINT32_MAX, 0};
        found.emplace_back(pos, std::move(ex));
    }
    std::stable_sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (auto& [_, ex] : found) sc.expect.push_back(std::move(ex));
    return std::nullopt;
}

std::optional<ScenarioError> parse_scenario_table(const toml::table& t, const std::string& file, Scenario& sc,
                                                  const toml::node** program, const toml::node** source) {
    for (auto&& [k, node] : t) {
        std::string key(k.str());
        if (std::find(kScenarioKeys.begin(), kScenarioKeys.end(), key) == kScenarioKeys.end()) {
            std::string near = closest_name(key, kScenarioKeys);
            return error_at(key_source(k, node), file,
                            fmt::format("unknown key '{}' in [scenario]{}\n  valid keys in [scenario]: {}", key,
                                        near.empty() ? "" : " (did you mean '" + near + "'?)", join(kScenarioKeys)));
        }
        if (key == "argv") {
            // A list of arguments; a single one may be given bare. Numbers become text,
            // as sys.argv holds strings.
            auto add = [&](const toml::node& a) -> bool {
                if (auto s = a.value_exact<std::string>()) sc.argv.push_back(*s);
                else if (auto i = a.value_exact<int64_t>()) sc.argv.push_back(std::to_string(*i));
                else if (auto f = a.value_exact<double>()) sc.argv.push_back(fmt::format("{}", *f));
                else return false;
                return true;
            };
            sc.argv.clear();
            bool ok = true;
            if (const toml::array* arr = node.as_array()) {
                for (auto&& a : *arr) ok = ok && add(a);
            } else {
                ok = add(node);
            }
            if (!ok)
                return error_at(node.source(), file,
                                "scenario.argv: expected a list of strings (sys.argv[1:]), like argv = [\"200\", \"fast\"]");
            continue;
        }
        auto s = node.value_exact<std::string>();
        if (!s)
            return error_at(node.source(), file,
                            fmt::format("scenario.{}: expected a string, like {} = \"...\"; got {}", key, key,
                                        type_name(node)));
        if (key == "name") {
            if (!valid_scenario_name(*s))
                return error_at(node.source(), file,
                                fmt::format("scenario.name \"{}\": use lowercase letters, digits, '-' and '_' "
                                            "([a-z0-9_-]+), like \"convoy-1ms\"",
                                            *s));
            sc.name = *s;
        } else if (key == "title") {
            sc.title = *s;
        } else if (key == "description") {
            sc.description = *s;
        } else if (key == "program") {
            *program = &node;
        } else {
            *source = &node;
        }
    }
    return std::nullopt;
}

std::optional<ScenarioError> parse_settings(const toml::table& t, const std::string& section, const std::string& file,
                                            Scenario& sc, bool* interval_given) {
    for (auto&& [k, node] : t) {
        std::string key(k.str());
        const SettingDef* d = find_setting(section, key);
        if (!d) {
            std::vector<std::string> keys = section_keys(section);
            std::string near = closest_name(key, keys);
            return error_at(key_source(k, node), file,
                            fmt::format("unknown key '{}' in [{}]{}\n  valid keys in [{}]: {}", key, section,
                                        near.empty() ? "" : " (did you mean '" + near + "'?)", section, join(keys)));
        }
        std::string err;
        auto text = setting_text(node, *d, &err);
        if (!text) return error_at(node.source(), file, err);
        std::string e = apply_setting(sc.options, *d, *text);
        if (!e.empty()) {
            if (e.rfind(section + ".", 0) != 0) e = fmt::format("{}.{}: {}", section, key, e);
            return error_at(node.source(), file, e);
        }
        if (key == "switch_interval") *interval_given = true;
    }
    return std::nullopt;
}

// The program's first syntax error, located where the user can fix it: in the program
// file, or for an inline `source = """..."""` at its line inside the scenario file.
std::optional<ScenarioError> check_syntax(const Scenario& sc, std::string_view text, const std::string& file,
                                          const toml::node* inline_source) {
    ParseResult parsed = parse(sc.options.program);
    const UserError* e = std::get_if<UserError>(&parsed);
    if (!e) return std::nullopt;
    std::string where = fmt::format("{}:{}:{}", sc.options.program->path, e->loc.line, e->loc.col + 1);
    const auto& origin = inline_source ? inline_source->source().path : nullptr;
    if (origin && origin->rfind("--set ", 0) == 0) {
        where = *origin;
    } else if (inline_source && inline_source->source().begin.line > 0) {
        // The string's text starts after its opening quotes; a multi-line string drops a
        // newline right after them, so its first line is the next line of the file.
        const toml::source_position& b = inline_source->source().begin;
        size_t at = 0;
        for (uint32_t line = 1; line < b.line && at != std::string_view::npos; line++) {
            at = text.find('\n', at);
            if (at != std::string_view::npos) at++;
        }
        if (at != std::string_view::npos) {
            std::string_view rest = text.substr(std::min(text.size(), at + b.column - 1));
            bool multi = rest.rfind("\"\"\"", 0) == 0 || rest.rfind("'''", 0) == 0;
            size_t quotes = multi ? 3 : 1;
            bool newline_first = multi && (rest.substr(3, 1) == "\n" || rest.substr(3, 2) == "\r\n");
            uint32_t line = b.line + uint32_t(e->loc.line - 1) + (newline_first ? 1 : 0);
            uint32_t col = uint32_t(e->loc.col + 1) + (e->loc.line == 1 && !newline_first ? b.column - 1 + quotes : 0);
            where = fmt::format("{}:{}:{}", file, line, col);
        }
    }
    std::string shown = e->render();
    while (!shown.empty() && shown.back() == '\n') shown.pop_back();
    return ScenarioError{where, "the program has a syntax error (nothing ran):\n" + shown};
}

}  // namespace

bool valid_scenario_name(std::string_view name) {
    if (name.empty()) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

std::vector<std::string> section_keys(std::string_view section) {
    if (section == "scenario") return kScenarioKeys;
    std::vector<std::string> v;
    for (const SettingDef& d : setting_defs())
        if (section == d.section) v.push_back(d.key);
    return v;
}

bool Expectation::holds(double v) const {
    if (exact) return std::fabs(v - *min) <= 1e-9 * std::max(1.0, std::fabs(*min));
    return (!min || v >= *min) && (!max || v <= *max);
}

std::string Expectation::describe_bound() const {
    auto num = [&](double v) { return time ? format_seconds(v) : format_number(v); };
    if (exact) return "== " + num(*min);
    if (min && max) return fmt::format("within [{}, {}]", num(*min), num(*max));
    if (min) return ">= " + num(*min);
    return "<= " + num(*max);
}

ScenarioResult parse_scenario(std::string_view text, const std::string& file, const std::vector<std::string>& overrides) {
    toml::table root;
    try {
        root = toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        return error_at(e.source(), file, fmt::format("not valid TOML: {}", e.description()));
    }
    for (const std::string& o : overrides)
        if (auto err = apply_override(root, o)) return *err;

    Scenario sc;
    sc.file = file;
    sc.overrides = overrides;
    bool interval_given = false;
    const toml::node* program = nullptr;
    const toml::node* source = nullptr;
    const toml::node* scenario_node = nullptr;
    for (auto&& [k, node] : root) {
        std::string key(k.str());
        if (std::find(kSections.begin(), kSections.end(), key) == kSections.end()) {
            std::string msg;
            if (!node.is_table()) {
                msg = fmt::format("key '{}' is outside any section; keys belong under [scenario], [machine], "
                                  "[interpreter], [run] or [expect]", key);
            } else {
                std::string near = closest_name(key, kSections);
                msg = fmt::format("unknown section [{}]{}; valid sections: [{}]", key,
                                  near.empty() ? "" : " (did you mean [" + near + "]?)", join(kSections, "], ["));
            }
            return error_at(key_source(k, node), file, msg);
        }
        const toml::table* t = node.as_table();
        if (!t) return error_at(key_source(k, node), file, fmt::format("'{}' must be a section: write [{}] on its own line", key, key));
        std::optional<ScenarioError> err;
        if (key == "scenario") {
            scenario_node = &node;
            err = parse_scenario_table(*t, file, sc, &program, &source);
        } else if (key == "expect") {
            err = parse_expect(*t, file, sc);
        } else {
            err = parse_settings(*t, key, file, sc, &interval_given);
        }
        if (err) return *err;
    }
    finish_settings(sc.options, interval_given);

    toml::source_region top;
    if (sc.name.empty())
        return error_at(scenario_node ? scenario_node->source() : top, file,
                        "the scenario has no name: add name = \"...\" (lowercase letters, digits, '-' and '_') "
                        "under [scenario]");
    if (program && source)
        return error_at(source->source(), file,
                        "scenario.program and scenario.source are both given: keep one (a file, or the program inline)");
    if (!program && !source)
        return error_at(scenario_node->source(), file,
                        "the scenario has no program: add program = \"file.py\" (relative to this file) or "
                        "source = \"\"\"...\"\"\" under [scenario]");
    if (program) {
        std::string rel = *program->value<std::string>();
        fs::path base = file.empty() ? fs::current_path() : fs::absolute(fs::path(file)).parent_path();
        fs::path p = (base / rel).lexically_normal();
        std::ifstream in(p, std::ios::binary);
        if (!in || fs::is_directory(p))
            return error_at(program->source(), file,
                            fmt::format("program file not found: {} (program = \"{}\" is relative to the scenario's "
                                        "folder, {})",
                                        p.string(), rel, base.lexically_normal().string()));
        std::stringstream ss;
        ss << in.rdbuf();
        sc.options.program = std::make_shared<Source>(p.string(), ss.str());
        sc.options.argv.push_back(rel);
    } else {
        std::string label = fmt::format("<scenario {}>", sc.name);
        sc.options.program = std::make_shared<Source>(label, *source->value<std::string>());
        sc.options.argv.push_back(label);
    }
    sc.program = sc.options.program;
    for (const std::string& a : sc.argv) sc.options.argv.push_back(a);
    if (auto err = check_syntax(sc, text, file, program ? nullptr : source)) return *err;
    return sc;
}

ScenarioResult load_scenario(const std::string& file, const std::vector<std::string>& overrides) {
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    if (!in || fs::is_directory(file, ec))
        return ScenarioError{file, fmt::format("cannot read the scenario file {}",
                                               fs::absolute(file, ec).lexically_normal().string())};
    std::stringstream ss;
    ss << in.rdbuf();
    return parse_scenario(ss.str(), file, overrides);
}

}  // namespace gs
