#include "gui/settings_panel.hpp"

#include <imgui.h>

#include "gui/format.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "sim/scenario/settings.hpp"

namespace gs::gui {

namespace {

// A duration on a logarithmic slider; `lo`..`hi` in nanoseconds.
bool duration_slider(const char* id, Nanos& v, Nanos lo, Nanos hi) {
    float lg = float(std::log10(double(std::clamp(v, lo, hi))));
    std::string text = format_duration(v);
    bool changed = ImGui::SliderFloat(id, &lg, float(std::log10(double(lo))), float(std::log10(double(hi))), text.c_str());
    if (changed) {
        // Snap to 1-2-5 steps so values read like the ones people type.
        double raw = std::pow(10.0, double(lg));
        double mag = std::pow(10.0, std::floor(std::log10(raw)));
        double best = mag;
        for (double m : {1.0, 2.0, 5.0, 10.0})
            if (std::fabs(std::log(mag * m / raw)) < std::fabs(std::log(best / raw))) best = mag * m;
        v = Nanos(best);
    }
    return changed;
}

// The slider range of a duration setting: 1 us..100 ms for the intervals (the issue's
// range), a thousandth to a thousand times the default for the machine's latencies.
void duration_range(const SettingDef& d, Nanos current, Nanos* lo, Nanos* hi) {
    std::string key = d.key;
    if (key == "switch_interval") {
        *lo = 1'000, *hi = 100'000'000;
        return;
    }
    std::string err;
    auto def = parse_duration(d.default_text, &err);
    Nanos base = def && *def > 0 ? *def : std::max<Nanos>(current, 1000);
    *lo = std::max<Nanos>(1, base / 1000);
    *hi = base * 1000;
}

// One setting's label and widget; a finished edit becomes an override (and a re-run).
void draw_setting(Session& s, const SettingDef& d, const RunOptions& o) {
    std::string key = std::string(d.section) + "." + d.key;
    ImGui::PushID(key.c_str());
    std::string value = setting_value(o, d);
    bool overridden = !s.override_value(key).empty();
    ImGui::AlignTextToFramePadding();
    if (overridden) ImGui::TextColored(ImVec4(1.0f, 0.75f, 0.3f, 1), "%s *", d.key);
    else ImGui::TextUnformatted(d.key);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s = %s (default %s)", d.doc, key.c_str(), value.c_str(), d.default_text);
    ImGui::SameLine(130);
    ImGui::SetNextItemWidth(-1);
    std::string next;
    switch (d.kind) {
        case SettingKind::Choice: {
            std::string choices = d.choices;
            if (ImGui::BeginCombo("##v", value.c_str())) {
                size_t at = 0;
                for (;;) {
                    size_t bar = choices.find('|', at);
                    std::string c = choices.substr(at, bar == std::string::npos ? std::string::npos : bar - at);
                    if (ImGui::Selectable(c.c_str(), c == value)) next = c;
                    if (bar == std::string::npos) break;
                    at = bar + 1;
                }
                ImGui::EndCombo();
            }
            break;
        }
        case SettingKind::Duration: {
            std::string err;
            Nanos v = parse_duration(value, &err).value_or(0);
            Nanos lo, hi;
            duration_range(d, v, &lo, &hi);
            duration_slider("##v", v, lo, hi);
            // Re-run when the slider is let go, not at every step of a drag.
            if (ImGui::IsItemDeactivatedAfterEdit()) next = format_duration(v);
            break;
        }
        case SettingKind::Count: {
            std::string err;
            int v = int(parse_count(value, &err).value_or(0));
            if (key == "machine.cores") ImGui::SliderInt("##v", &v, 1, 16);
            else ImGui::InputInt("##v", &v);
            if (ImGui::IsItemDeactivatedAfterEdit()) next = std::to_string(std::max(0, v));
            break;
        }
        case SettingKind::Size: ImGui::TextDisabled("%s", value.c_str()); break;
    }
    if (!next.empty() && next != value) s.set_override(key, next);
    ImGui::PopID();
}

bool primary(const std::string& key) {
    for (const char* k : {"interpreter.gil", "interpreter.switch_interval", "interpreter.check_interval", "machine.cores",
                          "run.engine", "run.seed"})
        if (key == k) return true;
    return false;
}

}  // namespace

void SettingsPanel::draw(Session& s) {
    const Scenario* sc = s.scenario();
    if (!sc) {
        ImGui::TextDisabled(s.is_trace() ? "A trace file: its settings are fixed." : "No scenario open.");
        if (s.error()) ImGui::TextWrapped("The scenario did not load; see the timeline area.");
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(sc->title.empty() ? sc->name.c_str() : sc->title.c_str());
    ImGui::PopTextWrapPos();
    if (!sc->description.empty() && ImGui::CollapsingHeader("Description", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(180, 180, 185, 255));
        ImGui::TextWrapped("%s", reflow(sc->description).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::TextDisabled("A change re-runs with the same seed.");
    if (!s.overrides().empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Reset all")) {
            s.open(s.path());
            return;
        }
    }
    const RunOptions& o = sc->options;
    ImGui::Separator();
    for (const SettingDef& d : setting_defs())
        if (primary(std::string(d.section) + "." + d.key)) draw_setting(s, d, o);
    if (ImGui::CollapsingHeader("Machine latencies and costs")) {
        for (const SettingDef& d : setting_defs())
            if (std::strcmp(d.section, "machine") == 0 && !primary(std::string("machine.") + d.key)) draw_setting(s, d, o);
    }
    if (ImGui::CollapsingHeader("More")) {
        for (const SettingDef& d : setting_defs()) {
            std::string key = std::string(d.section) + "." + d.key;
            if (std::strcmp(d.section, "machine") == 0 || primary(key) || d.kind == SettingKind::Size) continue;
            draw_setting(s, d, o);
        }
    }
    if (!s.overrides().empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("The same run from the command line:");
        std::string cmd = "gilsim run " + s.path();
        for (const std::string& ov : s.overrides()) cmd += " --set " + ov;
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 200, 230, 255));
        ImGui::TextWrapped("%s", cmd.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace gs::gui
