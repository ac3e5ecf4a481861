// The panels around the timeline. Each is a struct with its own state and a draw();
// Panels only groups them and says where each one goes (the side column, the two
// bottom areas).
#pragma once
#include <imgui.h>

#include <string>

#include "gui/browser_panel.hpp"
#include "gui/compare_panel.hpp"
#include "gui/details_panel.hpp"
#include "gui/explain_panel.hpp"
#include "gui/settings_panel.hpp"
#include "gui/source_panel.hpp"
#include "gui/stats_panel.hpp"
#include "gui/toolbar.hpp"

namespace gs::gui {

struct Panels {
    Toolbar toolbar;
    BrowserPanel browser;
    SettingsPanel settings;
    StatsPanel stats;
    ComparePanel compare;
    ExplainPanel explain;
    DetailsPanel details;
    SourcePanel source;
    BytecodePanel bytecode;
    OutputPanel output;

    bool show_compare = false;   // bring the Compare tab forward once (headless --compare)
    std::string open_tab;        // bring this bottom-right tab forward once (headless --tab)

    void init(const std::string& scenarios_dir) { browser.scan(scenarios_dir); }

    void side(Session& s) {
        if (ImGui::BeginTabBar("side")) {
            // A scenario that is open starts on its settings; none open, on the list.
            if (ImGui::BeginTabItem("Settings")) {
                settings.draw(s);
                ImGui::EndTabItem();
            }
            ImGuiTabItemFlags sf = first_side_ && !s.scenario() && !s.current() ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem("Scenarios", nullptr, sf)) {
                browser.draw(s);
                ImGui::EndTabItem();
            }
            first_side_ = false;
            ImGui::EndTabBar();
        }
    }
    void bottom_left(Session& s, const Fonts& f) {
        if (ImGui::BeginTabBar("bl")) {
            if (ImGui::BeginTabItem("Statistics")) {
                stats.draw(s);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Compare", nullptr, show_compare ? ImGuiTabItemFlags_SetSelected : 0)) {
                compare.draw(s);
                ImGui::EndTabItem();
            }
            show_compare = false;
            ImGui::EndTabBar();
        }
    }
    void bottom_right(Session& s, const Fonts& f) {
        source.rect.x1 = source.rect.x0;  // a hidden tab is not in --dump-layout
        bytecode.rect.x1 = bytecode.rect.x0;
        if (ImGui::BeginTabBar("br")) {
            // Clicking a span or a lock event brings the narration forward.
            auto flag = [&](const char* name) { return open_tab == name ? ImGuiTabItemFlags_SetSelected : 0; };
            ImGuiTabItemFlags ef = s.sel.scroll_explain ? ImGuiTabItemFlags_SetSelected : flag("Explain");
            if (ImGui::BeginTabItem("Explain", nullptr, ef)) {
                explain.draw(s);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Details", nullptr, flag("Details"))) {
                details.draw(s);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Source", nullptr, flag("Source"))) {
                source.draw(s, f);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Bytecode", nullptr, flag("Bytecode"))) {
                bytecode.draw(s, f);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Output", nullptr, flag("Output"))) {
                output.draw(s, f);
                ImGui::EndTabItem();
            }
            open_tab.clear();
            ImGui::EndTabBar();
        }
    }

private:
    bool first_side_ = true;
};

}  // namespace gs::gui
