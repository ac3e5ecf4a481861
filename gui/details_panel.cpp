#include "gui/details_panel.hpp"

#include <imgui.h>

#include "gui/explain_panel.hpp"
#include "gui/format.hpp"
#include "gui/palette.hpp"

namespace gs::gui {

void DetailsPanel::draw(Session& s) {
    const Selection& sel = s.sel;
    RunView* v = sel.baseline ? s.baseline() : s.current();
    if (!v || sel.lane == Selection::Lane::None) {
        ImGui::TextDisabled("Click a span on the timeline to see it here.");
        return;
    }
    const TimelineModel& m = v->model;
    const Span& sp = sel.span;
    if (sel.baseline) ImGui::TextColored(ImVec4(1, 0.8f, 0.4f, 1), "on the baseline run");
    if (ImGui::BeginTable("details", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
        auto row = [](const char* k, const std::string& val) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", k);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(val.c_str());
        };
        uint16_t proc = 0;
        switch (sel.lane) {
            case Selection::Lane::Thread:
                proc = sel.index < m.threads.size() ? m.threads[sel.index].proc : 0;
                row("thread", fmt::format("{} (id {}, process {})", m.thread_name(sel.index), sel.index, proc));
                row("state", state_name(ThreadState(sp.code)));
                if (sp.reason != Reason::None) row("because", reason_text(sp.reason));
                if (sp.core != kNoCore) row("core", std::to_string(sp.core));
                if (ProgramCode* pc = sel.baseline ? nullptr : s.program_code(); pc && pc->line_at(sp.who) > 0)
                    row("at", fmt::format("line {}, {} (instruction {})", pc->line_at(sp.who),
                                          pc->title(pc->code_at(sp.who)), decode_code_pos(sp.who).pc));
                break;
            case Selection::Lane::Owner:
                proc = uint16_t(sel.index);
                row("lock holder", m.thread_name(sp.who));
                if (sp.reason != Reason::None) row("released", reason_text(sp.reason));
                break;
            case Selection::Lane::Core:
                row("core", std::to_string(sel.index));
                row("runs", m.thread_name(sp.who));
                break;
            case Selection::Lane::None: break;
        }
        row("start", fmt_time(sp.start));
        row("end", fmt_time(sp.end));
        row("duration", fmt_time(sp.end - sp.start));
        if (proc < m.procs.size()) {
            const Span* o = TimelineModel::at(m.procs[proc].owner, sp.start);
            row("lock at start", o ? "held by " + m.thread_name(o->who) : std::string("free"));
            row("waiting at start", std::to_string(m.waiters_at(proc, sp.start)));
        }
        if (sel.lane == Selection::Lane::Thread && sel.index < m.threads.size()) {
            const auto& spans = m.threads[sel.index].spans;
            size_t i = TimelineModel::first_after(spans, sp.start);
            if (i > 0) row("before", fmt::format("{} for {}", state_name(ThreadState(spans[i - 1].code)), fmt_time(spans[i - 1].end - spans[i - 1].start)));
            if (i + 1 < spans.size())
                row("after", fmt::format("{} for {}", state_name(ThreadState(spans[i + 1].code)), fmt_time(spans[i + 1].end - spans[i + 1].start)));
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Zoom to it")) {
        s.sel.center_request = true;
        s.sel.center_t = sp.start + (sp.end - sp.start) / 2;
        s.sel.center_len = std::max<Nanos>(1000, (sp.end - sp.start) * 3);
    }
    if (!sel.baseline && sel.lock >= 0 && size_t(sel.lock) < m.lock_count()) {
        ImGui::Spacing();
        ImGui::TextDisabled("Nearest lock event (%s):", fmt_time(m.lock(size_t(sel.lock)).t).c_str());
        ImGui::TextWrapped("%s", narrate(m, size_t(sel.lock)).c_str());
    }
}

}  // namespace gs::gui
