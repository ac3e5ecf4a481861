#include "gui/toolbar.hpp"

#include <cmath>

#include "gui/format.hpp"

namespace gs::gui {

namespace {
std::string speed_text(float lg) {
    double v = std::pow(10.0, double(lg));
    if (v >= 1) return fmt::format("{:.3g}x", v);
    return fmt::format("1/{:.3g}x", 1.0 / v);
}
}  // namespace

void Toolbar::draw(Session& s, TimelineView& tv) {
    RunView* v = s.current();
    LiveRun* run = v ? v->run.get() : nullptr;
    bool live = run && !run->done() && run->pacing();
    ImGui::BeginDisabled(!live);
    bool paused = run && run->paused();
    if (ImGui::Button(paused ? "  Play  " : " Pause  ")) run->set_paused(!paused);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Pause or resume the run (Space)");
    ImGui::SameLine();
    if (ImGui::Button("Step")) run->step();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Run on to the next lock event (acquire, release, drop request, forced switch), then pause");
    ImGui::EndDisabled();
    if (live && ImGui::IsKeyPressed(' ') && !ImGui::GetIO().WantTextInput) run->set_paused(!paused);
    ImGui::SameLine();
    ImGui::BeginDisabled(s.path().empty() || s.is_trace());
    if (ImGui::Button("Restart")) s.restart();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Run the scenario again with the same seed and settings");
    ImGui::EndDisabled();

    ImGui::SameLine(0, 24);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Speed");
    ImGui::SameLine();
    if (ImGui::Checkbox("max", &max_)) {
        s.speed = max_ ? 0 : std::pow(10.0, double(log_speed_));
        if (run) run->set_speed(s.speed);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("As fast as possible; untick for slow motion");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(170);
    ImGui::BeginDisabled(max_);
    std::string label = max_ ? "as fast as possible" : speed_text(log_speed_);
    if (ImGui::SliderFloat("##speed", &log_speed_, -3, 3, label.c_str())) {
        s.speed = std::pow(10.0, double(log_speed_));
        if (run) run->set_speed(s.speed);
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Simulated time per real second: 1/1000x shows a millisecond in a second");
    ImGui::EndDisabled();

    ImGui::SameLine(0, 24);
    if (ImGui::Button("Fit (F)")) tv.fit(s);
    ImGui::SameLine();
    ImGui::BeginDisabled(!live);
    if (ImGui::Button("Follow (End)")) tv.follow();
    ImGui::EndDisabled();

    ImGui::SameLine(0, 24);
    if (!v) {
        ImGui::TextDisabled("no run");
        return;
    }
    const TimelineModel& m = v->model;
    std::string state;
    if (!run->done()) state = run->paused() ? "paused" : "running";
    else if (run->result().error == "stopped") state = "stopped";
    else state = run->result().exit_code == 0 ? "finished" : fmt::format("exited {}", run->result().exit_code);
    Nanos now = run->done() ? m.now() : std::max(m.now(), run->paced_now());
    ImGui::Text("%s at %s   %zu events, %zu spans", state.c_str(), fmt_time(now).c_str(), m.events(), m.span_count());
    if (run->done() && !run->result().error.empty() && run->result().error != "stopped") {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", run->result().error.c_str());
    }
}

}  // namespace gs::gui
