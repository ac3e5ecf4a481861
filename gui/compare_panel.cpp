#include "gui/compare_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace gs::gui {

void ComparePanel::draw(Session& s) {
    ImGui::BeginDisabled(!s.current() || !s.scenario());
    if (ImGui::Button("Pin this run as the baseline")) s.pin_baseline();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.baseline());
    if (ImGui::Button("Clear baseline")) s.clear_baseline();
    ImGui::EndDisabled();
    RunView* base = s.baseline();
    RunView* cur = s.current();
    if (!base) {
        ImGui::TextWrapped("Pin a run, change a setting on the left (it runs again), and compare: both timelines are drawn on "
                           "one time axis and the report's numbers side by side.");
        return;
    }
    ImGui::SameLine();
    ImGui::Checkbox("only what changed", &only_changed_);
    ImGui::TextDisabled("%s", base->label.c_str());
    ImGui::TextDisabled("vs  %s", cur ? cur->label.c_str() : "(no run)");
    if (!cur || !cur->run->done() || !base->run->done()) {
        ImGui::TextDisabled("Waiting for both runs to finish...");
        return;
    }
    const Report& a = base->run->report();
    const Report& b = cur->run->report();
    if (ImGui::BeginTable("cmp", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                        ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("metric", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn("baseline");
        ImGui::TableSetupColumn("this run");
        ImGui::TableSetupColumn("change");
        ImGui::TableHeadersRow();
        std::vector<std::string> paths = report_paths(b);
        if (std::find(paths.begin(), paths.end(), "elapsed") == paths.end()) paths.insert(paths.begin(), "elapsed");
        for (const std::string& p : paths) {
            std::string err;
            std::optional<double> va = p == "elapsed" ? std::optional<double>(double(a.elapsed) / 1e9) : report_value(a, p, &err);
            std::optional<double> vb = p == "elapsed" ? std::optional<double>(double(b.elapsed) / 1e9) : report_value(b, p, &err);
            if (!va || !vb) continue;
            if (only_changed_ && std::fabs(*va - *vb) <= 1e-12 * std::max(1.0, std::fabs(*va))) continue;
            bool is_time = false;
            check_report_path(p, &is_time);
            if (p == "elapsed") is_time = true;
            auto show = [&](double v) { return is_time ? format_seconds(v) : format_number(v); };
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(show(*va).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(show(*vb).c_str());
            ImGui::TableNextColumn();
            if (*va != 0) {
                double ratio = *vb / *va;
                ImVec4 col = ratio > 1 ? ImVec4(1, 0.6f, 0.4f, 1) : ImVec4(0.5f, 0.85f, 0.5f, 1);
                if (ratio >= 2 || ratio <= 0.5) ImGui::TextColored(col, "x%.3g", ratio);
                else ImGui::TextColored(col, "%+.1f%%", (ratio - 1) * 100);
            } else {
                ImGui::TextDisabled("new");
            }
        }
        ImGui::EndTable();
    }
}

}  // namespace gs::gui
