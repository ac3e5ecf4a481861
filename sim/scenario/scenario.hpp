// A scenario: one TOML file naming a program, the machine it runs on, the interpreter
// lock it runs under, and what the run is expected to show (../shared/spec/scenario.md,
// docs/scenarios.md). Loading checks everything before anything runs; a mistake comes
// back as a ScenarioError with the file, line and column, what is wrong and what would
// be right. `--set section.key=value` overrides go through the same code as the file.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sim/engine/machine.hpp"

namespace gs {

// One [expect] entry: "path" = number (exact) or {min = ..., max = ...}. Bounds are in
// the metric's unit: seconds for times (a duration string in the file), else numbers.
struct Expectation {
    std::string path;
    std::optional<double> min, max;
    bool exact = false;      // "path" = value: min == max == value (compared with a tiny tolerance)
    bool time = false;       // the value is a time in seconds
    std::string where;       // "file:line:col" of the entry, for messages
    // Whether `value` satisfies the bounds.
    bool holds(double value) const;
    // "within [0.4 s, 0.7 s]", ">= 10", "== 0": the bound, as the check line shows it.
    std::string describe_bound() const;
};

struct Scenario {
    std::string file;                // the .toml path as given ("" when parsed from text)
    std::string name, title, description;
    SourceRef program;               // the program's text (program = "x.py" or source = """...""")
    std::vector<std::string> argv;   // sys.argv[1:]
    RunOptions options;              // machine, policy, run settings; program and argv filled in
    std::vector<Expectation> expect; // in file order
    std::vector<std::string> overrides;  // the --set K=V applied, in order
};

struct ScenarioError {
    std::string where;   // "file:line:col", "file" or "--set K=V"
    std::string message; // what is wrong and what would be right (may span lines)
    std::string render() const { return where + ": error: " + message; }
};

using ScenarioResult = std::variant<Scenario, ScenarioError>;

// Loads FILE and applies `overrides` ("section.key=value", as given to --set).
ScenarioResult load_scenario(const std::string& file, const std::vector<std::string>& overrides = {});
// The same, from text; `file` names it in messages and anchors relative program paths.
ScenarioResult parse_scenario(std::string_view text, const std::string& file,
                              const std::vector<std::string>& overrides = {});

// The valid keys of a section ("scenario", "machine", "interpreter", "run"), for messages.
std::vector<std::string> section_keys(std::string_view section);
// Whether a scenario name is valid: [a-z0-9_-]+.
bool valid_scenario_name(std::string_view name);

}  // namespace gs
