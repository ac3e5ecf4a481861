#include "gui/browser_panel.hpp"

#include <imgui.h>

#include "gui/format.hpp"

#include <algorithm>
#include <filesystem>

namespace gs::gui {

void BrowserPanel::scan(const std::string& dir) {
    dir_ = dir;
    entries_.clear();
    std::error_code ec;
    for (const auto& de : std::filesystem::directory_iterator(dir, ec)) {
        if (de.path().extension() != ".toml") continue;
        Entry e;
        e.path = de.path().string();
        ScenarioResult r = load_scenario(e.path);
        if (auto* sc = std::get_if<Scenario>(&r)) {
            e.name = sc->name;
            e.title = sc->title.empty() ? sc->name : sc->title;
            e.description = sc->description;
        } else {
            e.name = de.path().stem().string();
            e.title = e.name;
            e.description = std::get<ScenarioError>(r).render();
            e.broken = true;
        }
        entries_.push_back(std::move(e));
    }
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
}

void BrowserPanel::draw(Session& s) {
    ImGui::TextDisabled("Open a scenario (.toml) or a trace (.json):");
    ImGui::SetNextItemWidth(-60);
    bool go = ImGui::InputTextWithHint("##path", "path/to/file.toml", path_, sizeof path_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    go |= ImGui::Button("Open");
    if (go && path_[0]) s.open(path_);
    ImGui::Separator();
    if (entries_.empty()) {
        ImGui::TextDisabled("No scenarios in %s", dir_.empty() ? "(none given)" : dir_.c_str());
        return;
    }
    float list_h = ImGui::GetContentRegionAvail().y * 0.58f;
    ImGui::BeginChild("list", ImVec2(0, list_h), false);
    int shown = -1;
    for (size_t i = 0; i < entries_.size(); i++) {
        const Entry& e = entries_[i];
        bool open = e.path == s.path();
        if (open && hovered_ < 0) shown = int(i);
        ImGui::PushID(int(i));
        if (e.broken) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(239, 83, 80, 255));
        // Two lines per scenario: its name, and its title dimmed under it.
        ImVec2 at = ImGui::GetCursorScreenPos();
        float line = ImGui::GetTextLineHeight();
        if (ImGui::Selectable("##pick", open, 0, ImVec2(0, line * 2 + 2))) s.open(e.path);
        if (ImGui::IsItemHovered()) shown = int(i);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float right = at.x + ImGui::GetContentRegionAvail().x;
        dl->PushClipRect(at, ImVec2(right, at.y + line * 2 + 2), true);
        dl->AddText(at, e.broken ? IM_COL32(239, 83, 80, 255) : IM_COL32(235, 235, 235, 255), e.name.c_str());
        dl->AddText(ImVec2(at.x + 10, at.y + line + 1), IM_COL32(150, 150, 158, 255), e.title.c_str());
        dl->PopClipRect();
        if (e.broken) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndChild();
    hovered_ = shown;
    ImGui::Separator();
    // The description of the scenario under the mouse, else of the open one.
    if (shown >= 0) {
        const Entry& e = entries_[size_t(shown)];
        ImGui::TextWrapped("%s", e.title.c_str());
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(180, 180, 185, 255));
        ImGui::TextWrapped("%s", e.broken ? e.description.c_str() : reflow(e.description).c_str());
        ImGui::PopStyleColor();
    }
    hovered_ = -1;
}

}  // namespace gs::gui
