#include "gui/source_panel.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "gui/format.hpp"
#include "gui/palette.hpp"

namespace gs::gui {

namespace {

// The line of the last 'File "<path>", line N' in a traceback that names `path`.
int traceback_line(const std::string& out, const std::string& path) {
    int line = 0;
    size_t at = 0;
    while ((at = out.find("File \"", at)) != std::string::npos) {
        size_t q = out.find('"', at + 6);
        if (q == std::string::npos) break;
        std::string file = out.substr(at + 6, q - at - 6);
        size_t l = out.find(", line ", q);
        if (l == q + 1 && (file == path || (file.size() >= path.size() && file.ends_with(path)) || path.ends_with(file)))
            line = std::atoi(out.c_str() + l + 7);
        at = q;
    }
    return line;
}

// The threads alive at the views' moment, and a line saying which moment it is.
struct Moment {
    std::vector<ThreadPlace> places;
    std::string caption;
};

Moment moment_of(Session& s) {
    Moment m;
    RunView* v = s.current();
    if (!v) return m;
    const char* what = "";
    Nanos t = s.moment(&what);
    m.places = places_at(v->model, t);
    m.caption = fmt::format("threads at {} ({})", fmt_time(t), what);
    return m;
}

// A small chip in the thread's state colour with its name, after the current item.
void thread_chip(const TimelineModel& m, const ThreadPlace& p) {
    ImGui::SameLine();
    const StateStyle& st = state_style(p.state);
    ImVec2 a = ImGui::GetCursorScreenPos();
    std::string label = m.thread_name(p.thread) + " " + st.label;
    ImVec2 sz = ImGui::CalcTextSize(label.c_str());
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x - 2, a.y), ImVec2(a.x + sz.x + 2, a.y + sz.y), scale(st.color, 0.55f), 3.0f);
    ImGui::TextUnformatted(label.c_str());
}

// Scrolls the current child window to text row `row` when it is out of view (and only
// then, so that reading is not disturbed), placing it 40% down the window.
void scroll_into_view(int row) {
    float lh = ImGui::GetTextLineHeightWithSpacing(), y = float(row) * lh;
    if (y < ImGui::GetScrollY() || y + lh > ImGui::GetScrollY() + ImGui::GetWindowHeight())
        ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.4f));
}

// The current child window's rectangle, for --dump-layout.
void keep_rect(LaneRect& r) {
    ImVec2 a = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
    r.x0 = a.x, r.y0 = a.y, r.x1 = a.x + sz.x, r.y1 = a.y + sz.y;
}

}  // namespace

void SourcePanel::draw(Session& s, const Fonts& f) {
    const Scenario* sc = s.scenario();
    if (!sc || !sc->program) {
        ImGui::TextDisabled("No program (open a scenario).");
        return;
    }
    const Source& src = *sc->program;
    int error_line = 0;
    if (RunView* v = s.current(); v && v->run->done() && v->run->result().exit_code != 0)
        error_line = traceback_line(v->run->output(), src.path);
    ImGui::TextDisabled("%s", src.path.c_str());
    if (error_line) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "  the program raised at line %d (see Output)", error_line);
    }
    ProgramCode* pc = s.program_code();
    Moment mo = moment_of(s);
    std::vector<std::vector<const ThreadPlace*>> at_line(size_t(src.line_count()) + 2);
    for (const ThreadPlace& p : mo.places) {
        int line = pc ? pc->line_at(p.pos) : 0;
        if (line > 0 && line <= src.line_count()) at_line[size_t(line)].push_back(&p);
    }
    if (!mo.caption.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("  %s%s", mo.caption.c_str(), mo.places.empty() ? ": none alive; hover the timeline" : "");
    }
    // The line to keep in view: the selected thread's, else the first one with a thread.
    int focus = 0;
    for (const ThreadPlace& p : mo.places) {
        int line = pc ? pc->line_at(p.pos) : 0;
        if (line <= 0) continue;
        if (s.sel.lane == Selection::Lane::Thread && p.thread == s.sel.index) {
            focus = line;
            break;
        }
        if (!focus || line < focus) focus = line;
    }
    ImGui::BeginChild("src", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(f.mono);
    if (focus && focus != focus_) scroll_into_view(focus - 1);
    focus_ = focus;
    ImGuiListClipper clip;
    clip.Begin(src.line_count());
    while (clip.Step()) {
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; i++) {
            int n = i + 1;
            std::string_view text = src.line(n);
            ImVec2 p = ImGui::GetCursorScreenPos();
            float w = ImGui::GetWindowWidth() + ImGui::GetScrollMaxX();
            if (n == error_line)
                ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + w, p.y + ImGui::GetTextLineHeight()), kColErrorBg);
            else if (!at_line[size_t(n)].empty())
                ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + w, p.y + ImGui::GetTextLineHeight()), IM_COL32(60, 60, 70, 255));
            ImGui::TextDisabled("%4d", n);
            ImGui::SameLine();
            ImGui::TextUnformatted(text.data(), text.data() + text.size());
            for (const ThreadPlace* tp : at_line[size_t(n)]) thread_chip(s.current()->model, *tp);
        }
    }
    ImGui::PopFont();
    keep_rect(rect);
    ImGui::EndChild();
}

void BytecodePanel::draw(Session& s, const Fonts& f) {
    ProgramCode* pc = s.program_code();
    RunView* v = s.current();
    if (!pc || !v) {
        ImGui::TextDisabled("No program (open a scenario).");
        return;
    }
    if (!pc->ok()) {
        ImGui::TextDisabled("The program does not compile (see Output).");
        return;
    }
    Moment mo = moment_of(s);
    if (generation_ != s.generation) {  // a new run: its threads are not the old ones
        generation_ = s.generation;
        follow_ = kNoThread;
    }
    // The thread to follow: the one picked here, else the selected thread lane, else the
    // first thread with a known place.
    const ThreadPlace* shown = nullptr;
    for (const ThreadPlace& p : mo.places)
        if (p.thread == follow_ && pc->code_at(p.pos)) shown = &p;
    if (!shown && s.sel.lane == Selection::Lane::Thread && !s.sel.baseline)
        for (const ThreadPlace& p : mo.places)
            if (p.thread == s.sel.index && pc->code_at(p.pos)) shown = &p;
    if (!shown)
        for (const ThreadPlace& p : mo.places)
            if (pc->code_at(p.pos)) {
                shown = &p;
                break;
            }
    ImGui::SetNextItemWidth(160);
    std::string current = shown ? v->model.thread_name(shown->thread) : "(none)";
    if (ImGui::BeginCombo("thread", current.c_str())) {
        for (const ThreadPlace& p : mo.places) {
            ImGui::PushID(int(p.thread));  // names repeat (each process has a MainThread)
            if (ImGui::Selectable(v->model.thread_name(p.thread).c_str(), shown == &p)) follow_ = p.thread;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", mo.caption.c_str());
    Code* code = shown ? pc->code_at(shown->pos) : nullptr;
    if (!code) {
        ImGui::TextDisabled("No thread is in the program's code at this moment; hover the timeline.");
        return;
    }
    ImGui::Text("%s", pc->title(code).c_str());
    const std::vector<DisRow>& rows = pc->rows(code);
    // The threads in this code object, by instruction (once per frame, not per row).
    std::vector<std::vector<const ThreadPlace*>> at_pc(rows.size());
    for (const ThreadPlace& p : mo.places)
        if (pc->code_at(p.pos) == code && decode_code_pos(p.pos).pc < rows.size())
            at_pc[decode_code_pos(p.pos).pc].push_back(&p);
    ImGui::BeginChild("bc", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(f.mono);
    // Keep the followed thread's instruction in view when it moves out of sight.
    uint32_t at = decode_code_pos(shown->pos).pc;
    if (code != seen_code_ || at != seen_pc_) {
        scroll_into_view(int(at));
        seen_code_ = code;
        seen_pc_ = at;
    }
    ImGuiListClipper clip;
    clip.Begin(int(rows.size()));
    while (clip.Step()) {
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; i++) {
            const DisRow& r = rows[size_t(i)];
            const auto& here = at_pc[size_t(i)];
            ImVec2 a = ImGui::GetCursorScreenPos();
            if (!here.empty())
                ImGui::GetWindowDrawList()->AddRectFilled(
                    a, ImVec2(a.x + ImGui::GetWindowWidth() + ImGui::GetScrollMaxX(), a.y + ImGui::GetTextLineHeight()),
                    IM_COL32(60, 60, 70, 255));
            std::string row = fmt::format("{:>4} {} {:>4} {:<20}", r.starts_line ? std::to_string(r.line) : "",
                                          r.target ? ">>" : "  ", r.pc, r.name);
            if (r.has_arg) row += fmt::format(" {:>4}{}", r.arg, r.meaning.empty() ? "" : " (" + r.meaning + ")");
            ImGui::TextUnformatted(row.c_str());
            for (const ThreadPlace* p : here) thread_chip(v->model, *p);
        }
    }
    ImGui::PopFont();
    keep_rect(rect);
    ImGui::EndChild();
}

void OutputPanel::draw(Session& s, const Fonts& f) {
    RunView* v = s.current();
    if (!v) {
        ImGui::TextDisabled("No run.");
        return;
    }
    std::string out = v->run->output();
    if (out.empty()) ImGui::TextDisabled(v->run->done() ? "The program printed nothing." : "Nothing printed yet.");
    ImGui::BeginChild("out", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(f.mono);
    ImGui::TextUnformatted(out.data(), out.data() + out.size());
    ImGui::PopFont();
    // Keep the newest output in view while it grows (unless scrolled up).
    if (out.size() != seen_ && ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 20) ImGui::SetScrollHereY(1.0f);
    seen_ = out.size();
    ImGui::EndChild();
}

}  // namespace gs::gui
