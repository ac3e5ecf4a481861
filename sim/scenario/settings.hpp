// Every setting a run has, in one table: its section and key, the form of its value,
// its default and what it means. Scenario files, `--set KEY=VALUE` and the report's
// `settings` all go through it, so each key is parsed, checked and documented once.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/engine/machine.hpp"

namespace gs {

enum class SettingKind { Duration, Count, Choice, Size };

struct SettingDef {
    const char* section;
    const char* key;
    SettingKind kind;
    const char* default_text;   // as a user would write it ("" = depends on another key)
    const char* choices;        // Choice: "a|b|c"
    const char* doc;
};

// The table, in documentation order.
const std::vector<SettingDef>& setting_defs();
const SettingDef* find_setting(std::string_view section, std::string_view key);
// "section.key" names, for error messages listing the valid ones.
std::vector<std::string> setting_names();
// The closest valid name to a misspelt one ("" when nothing is close).
std::string closest_name(std::string_view wrong, const std::vector<std::string>& valid);

// Parsers with the messages the user sees ("expected a duration with a unit, like
// \"5ms\"; got ..."). Each returns the parsed value or an error text.
struct ParseError {
    std::string message;
};
std::optional<Nanos> parse_duration(std::string_view text, std::string* error);
std::optional<int64_t> parse_count(std::string_view text, std::string* error);
std::optional<size_t> parse_size(std::string_view text, std::string* error);
std::string format_duration(Nanos ns);   // "5ms", "20us", "1.5s"

// Applies one setting, given as text, to the options. Empty string: ok; else the error.
std::string apply_setting(RunOptions& opts, const SettingDef& def, std::string_view value);
// The effective value of a setting, as text (for the report's `settings`).
std::string setting_value(const RunOptions& opts, const SettingDef& def);
// Defaults that depend on other settings (the switch interval of each policy).
void finish_settings(RunOptions& opts, bool interval_given);

}  // namespace gs
