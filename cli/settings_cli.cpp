#include "cli/settings_cli.hpp"

#include <fmt/format.h>

#include "sim/scenario/settings.hpp"

namespace gs::cli {

bool apply_cli_settings(RunOptions& opts, const std::string& engine, const std::vector<std::string>& sets,
                        std::string* error) {
    bool interval_given = false;
    for (const std::string& s : sets) {
        size_t eq = s.find('=');
        size_t dot = s.find('.');
        if (eq == std::string::npos || dot == std::string::npos || dot > eq) {
            *error = fmt::format("--set {}: expected section.key=value, like interpreter.gil=py2", s);
            return false;
        }
        std::string section = s.substr(0, dot), key = s.substr(dot + 1, eq - dot - 1), value = s.substr(eq + 1);
        const SettingDef* def = find_setting(section, key);
        if (!def) {
            std::vector<std::string> names = setting_names();
            std::string near = closest_name(section + "." + key, names);
            std::string list;
            for (auto& n : names) list += (list.empty() ? "" : ", ") + n;
            *error = fmt::format("--set {}: unknown setting '{}.{}'{}; valid settings: {}", s, section, key,
                                 near.empty() ? "" : " (did you mean '" + near + "'?)", list);
            return false;
        }
        std::string e = apply_setting(opts, *def, value);
        if (!e.empty()) {
            *error = fmt::format("--set {}: {}", s, e);
            return false;
        }
        if (key == "switch_interval") interval_given = true;
    }
    if (!engine.empty()) opts.engine = engine == "native" ? EngineKind::Native : EngineKind::Virtual;
    finish_settings(opts, interval_given);
    return true;
}

}  // namespace gs::cli
