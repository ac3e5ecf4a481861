#include "gui/timeline_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "gui/format.hpp"
#include "gui/palette.hpp"

namespace gs::gui {

namespace {
constexpr float kLabelW = 170;
constexpr float kRulerH = 24;
constexpr Nanos kMinLen = 200;                  // the deepest zoom: 200 ns across the view
constexpr Nanos kMaxLen = 3'600'000'000'000;    // an hour

ImU32 text_dim() { return IM_COL32(150, 150, 155, 255); }

// A lane's floor: a line, not a filled background (under software OpenGL every filled
// pixel costs, and the window's clear colour already is the background).
void lane_floor(ImDrawList* dl, const Painter& p, float y) {
    dl->AddLine(ImVec2(p.x0, y), ImVec2(p.x1, y), IM_COL32(255, 255, 255, 28));
}
}  // namespace

void TimelineView::fit(const Session& s) {
    RunView* v = const_cast<Session&>(s).current();
    Nanos end = v ? v->model.now() : 0;
    if (auto* b = const_cast<Session&>(s).baseline()) end = std::max(end, b->model.now());
    start_ = 0;
    len_ = std::max<Nanos>(Nanos(double(std::max<Nanos>(end, 1000)) * 1.02), kMinLen);
}

void TimelineView::build_rows(Session& s) {
    rows_.clear();
    auto add_run = [&](const RunView& v, bool baseline) {
        const TimelineModel& m = v.model;
        if (s.baseline()) rows_.push_back({Row::Group, &m, 0, 24, baseline, v.label});
        for (size_t p = 0; p < m.procs.size(); p++) {
            bool any = false;
            for (auto& t : m.threads) any |= t.proc == p;
            if (!any) continue;
            std::string pname = m.procs[p].name.empty() ? "process" : m.procs[p].name;
            rows_.push_back({Row::Proc, &m, uint32_t(p), 20, baseline, fmt::format("process {}", pname)});
            rows_.push_back({Row::Owner, &m, uint32_t(p), 20, baseline, "GIL owner"});
            rows_.push_back({Row::Waiters, &m, uint32_t(p), 20, baseline, "waiters"});
            for (auto& t : m.threads) {
                if (t.proc != p) continue;
                rows_.push_back({Row::Thread, &m, t.id, 26, baseline, t.name});
                // Its event loop's tasks, in order of creation, right under it (unless
                // collapsed: a click on the thread's name toggles them).
                if (is_collapsed(baseline, t.id)) continue;
                for (size_t k = 0; k < m.tasks.size(); k++)
                    if (m.tasks[k].thread == t.id && m.tasks[k].proc == p)
                        rows_.push_back({Row::Task, &m, uint32_t(k), 15, baseline, m.tasks[k].name});
            }
        }
        if (!m.cores.empty()) {
            rows_.push_back({Row::CoreHeader, &m, 0, 20, baseline, fmt::format("machine: {} cores", m.cores.size())});
            for (size_t c = 0; c < m.cores.size(); c++)
                rows_.push_back({Row::Core, &m, uint32_t(c), 18, baseline, fmt::format("core {}", c)});
        }
    };
    if (s.current()) add_run(*s.current(), false);
    if (s.baseline()) add_run(*s.baseline(), true);
}

void TimelineView::legend(bool tasks) {
    // The states with their shapes, then the instants: the key to every lane.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 at = ImGui::GetCursorScreenPos();
    float x = at.x + 4, y = at.y + 3, h = 16;
    auto item = [&](auto swatch, const char* text) {
        swatch(x, y, x + 26, y + h);
        x += 31;
        dl->AddText(ImVec2(x, y + (h - ImGui::GetTextLineHeight()) * 0.5f), IM_COL32(215, 215, 215, 255), text);
        x += ImGui::CalcTextSize(text).x + 16;
    };
    for (ThreadState st : {ThreadState::Running, ThreadState::WantsGil, ThreadState::Ready, ThreadState::Io,
                           ThreadState::Sleeping, ThreadState::Blocked, ThreadState::Native}) {
        item([&](float a, float b, float c, float d) { paint_state_box(dl, st, a, b, c, d, false); }, state_name(st));
    }
    if (tasks) {
        // Task sub-lanes: running and ready as the thread states; suspended on an await.
        item([&](float a, float b, float c, float d) { paint_task_box(dl, TaskCode::Waiting, a, b + 3, c, d - 3); }, "task awaits");
    }
    item([&](float a, float b, float c, float d) {
             float m = (a + c) * 0.5f;
             dl->AddTriangleFilled(ImVec2(m - 5, b), ImVec2(m + 5, b), ImVec2(m, b + 8), kColDropRequest);
         },
         "drop request");
    item([&](float a, float b, float c, float d) {
             float m = (a + c) * 0.5f, my = (b + d) * 0.5f;
             dl->AddQuadFilled(ImVec2(m, my - 5), ImVec2(m + 5, my), ImVec2(m, my + 5), ImVec2(m - 5, my), kColForced);
         },
         "forced switch");
    item([&](float a, float b, float c, float d) {
             dl->AddLine(ImVec2(a, d - 2), ImVec2(c - 3, b + 4), kColHandoff, 1.5f);
             dl->AddTriangleFilled(ImVec2(c, b + 2), ImVec2(c - 8, b + 3), ImVec2(c - 4, b + 9), kColHandoff);
         },
         "hand-off");
    layout_.push_back({"legend", "legend", at.x, at.y, x, at.y + h + 6});
    ImGui::Dummy(ImVec2(x - at.x, h + 6));
}

void TimelineView::draw(Session& s) {
    layout_.clear();
    stats_ = {};
    RunView* cur = s.current();
    if (s.generation != generation_) {
        generation_ = s.generation;
        follow_ = true;
        was_done_ = false;
        if (cur && cur->run->done()) fit(s);
        else len_ = 50'000'000;
    }
    if (fit_pending_) {
        fit_pending_ = false;
        fit(s);
        follow_ = false;
    }
    bool done = cur && cur->model.finished();
    if (done && !was_done_ && follow_) fit(s);   // the run ended while followed: show all of it
    was_done_ = done;
    if (follow_ && cur && !done) {
        Nanos now = std::max(cur->model.now(), cur->run->paced_now());
        start_ = std::max<Nanos>(0, now - Nanos(double(len_) * 0.97));
    }
    if (s.sel.center_request) {
        s.sel.center_request = false;
        if (s.sel.center_len > 0) len_ = std::clamp(s.sel.center_len, kMinLen, kMaxLen);
        s.sel.center_len = 0;
        start_ = s.sel.center_t - len_ / 2;
        follow_ = false;
    }

    bool any_tasks = (cur && !cur->model.tasks.empty()) || (s.baseline() && !s.baseline()->model.tasks.empty());
    legend(any_tasks);
    build_rows(s);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    float lanes_x0 = origin.x + kLabelW, lanes_x1 = origin.x + avail.x - ImGui::GetStyle().ScrollbarSize;
    if (lanes_x1 < lanes_x0 + 50) lanes_x1 = lanes_x0 + 50;
    Painter p;
    p.x0 = lanes_x0;
    p.x1 = lanes_x1;
    p.t0 = start_;
    p.ns_per_px = double(len_) / double(lanes_x1 - lanes_x0);
    p.t1 = start_ + len_;
    p.dl = ImGui::GetWindowDrawList();
    // The ruler, with its grid lines running down behind the lanes.
    ImGui::InvisibleButton("ruler", ImVec2(avail.x, kRulerH));
    bool ruler_hovered = ImGui::IsItemHovered();
    paint_ruler(p, origin.y, origin.y + kRulerH, origin.y + avail.y);
    p.dl->AddText(ImVec2(origin.x + 6, origin.y + 4), text_dim(), follow_ && cur && !done ? "following (drag to stop)" : "time");

    ImGui::BeginChild("lanes", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse);
    p.dl = ImGui::GetWindowDrawList();
    float total = 0;
    int thread_rows = 0;
    for (auto& r : rows_) total += r.h, thread_rows += r.kind == Row::Thread;
    // Room to spare: taller thread lanes (up to 36 px), easier to read and to hit.
    float spare = ImGui::GetContentRegionAvail().y - total - 8;
    if (spare > 0 && thread_rows > 0) {
        float add = std::min(10.0f, spare / float(thread_rows));
        for (auto& r : rows_)
            if (r.kind == Row::Thread) r.h += add, total += add;
    }
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImVec2 child_avail = ImGui::GetContentRegionAvail();
    ImGui::InvisibleButton("lanes_input", ImVec2(std::max(child_avail.x, 10.0f), std::max(total + 8, child_avail.y)),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    bool hovered = ImGui::IsItemHovered() || ruler_hovered;
    float mx = ImGui::GetIO().MousePos.x;
    handle_input(s, p, hovered, mx);
    // The input may have moved the view: map time again.
    p.t0 = start_;
    p.ns_per_px = double(len_) / double(lanes_x1 - lanes_x0);
    p.t1 = start_ + len_;

    float y = top.y;
    const Row* hovered_row = nullptr;
    float my = ImGui::GetIO().MousePos.y;
    float clip_y0 = ImGui::GetWindowPos().y, clip_y1 = clip_y0 + ImGui::GetWindowHeight();
    for (Row& r : rows_) {
        r.y0 = y;
        if (y + r.h >= clip_y0 && y <= clip_y1) draw_row(r, p, y, origin.x, s);
        if (hovered && my >= y && my < y + r.h && mx >= p.x0 && mx < p.x1) hovered_row = &r;
        if (hovered && my >= y && my < y + r.h && mx < p.x0 && r.kind == Row::Thread && ImGui::IsMouseReleased(0) &&
            ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 9) {
            auto key = std::make_pair(r.baseline, r.index);
            auto it = std::find(collapsed_.begin(), collapsed_.end(), key);
            if (it != collapsed_.end()) collapsed_.erase(it);
            else if (std::any_of(r.m->tasks.begin(), r.m->tasks.end(), [&](const TaskLane& k) { return k.thread == r.index; }))
                collapsed_.push_back(key);
        }
        y += r.h;
    }
    p.dl->PushClipRect(ImVec2(p.x0, clip_y0), ImVec2(p.x1, clip_y1), true);
    // Hand-offs, over the thread lanes of the same run.
    for (bool base : {false, true}) {
        RunView* v = base ? s.baseline() : s.current();
        if (!v) continue;
        auto lane_y = [&](uint32_t id) -> float {
            for (const Row& r : rows_)
                if (r.kind == Row::Thread && r.baseline == base && r.index == id) return r.y0 + r.h * 0.5f;
            return -1;
        };
        paint_handoffs(p, v->model.handoffs, lane_y);
    }
    // The selected range, the selected lock event, the live clock.
    if (s.sel.has_range) {
        float a = p.px(s.sel.r0), b = p.px(s.sel.r1);
        p.dl->AddRectFilled(ImVec2(a, top.y), ImVec2(b, top.y + total), kColSelection);
        p.dl->AddLine(ImVec2(a, top.y), ImVec2(a, top.y + total), IM_COL32(100, 181, 246, 200));
        p.dl->AddLine(ImVec2(b, top.y), ImVec2(b, top.y + total), IM_COL32(100, 181, 246, 200));
    }
    if (cur && s.sel.lock >= 0 && size_t(s.sel.lock) < cur->model.lock_count()) {
        float x = p.px(cur->model.lock(size_t(s.sel.lock)).t);
        p.dl->AddLine(ImVec2(x, top.y), ImVec2(x, top.y + total), IM_COL32(255, 255, 255, 160), 1.0f);
    }
    if (cur && !done && cur->run->pacing()) {
        float x = p.px(cur->run->paced_now());
        p.dl->AddLine(ImVec2(x, top.y), ImVec2(x, top.y + total), IM_COL32(255, 167, 38, 200), 2.0f);
    }
    p.dl->PopClipRect();
    s.hover_t = hovered_row && !hovered_row->baseline ? p.time_at(mx) : -1;
    if (hovered_row && !ImGui::IsMouseDown(0)) {
        Nanos t = p.time_at(mx);
        p.dl->AddLine(ImVec2(mx, top.y), ImVec2(mx, top.y + total), IM_COL32(255, 255, 255, 50));
        tooltip(*hovered_row, t, p);
        if (ImGui::IsMouseReleased(0) && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 9) click(s, *hovered_row, t, p);
    }
    ImGui::EndChild();
}

void TimelineView::handle_input(Session& s, const Painter& p, bool hovered, float mx) {
    ImGuiIO& io = ImGui::GetIO();
    double width = double(p.x1 - p.x0);
    auto zoom = [&](double f, double at_frac) {
        Nanos nl = std::clamp<Nanos>(Nanos(double(len_) * f), kMinLen, kMaxLen);
        if (follow_) {
            len_ = nl;   // following: the right edge stays on the newest time
            return;
        }
        Nanos anchor = start_ + Nanos(double(len_) * at_frac);
        start_ = anchor - Nanos(double(nl) * at_frac);
        len_ = nl;
    };
    if (hovered && io.MouseWheel != 0) {
        if (io.KeyShift) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * 40);
        else zoom(std::pow(1.25, -double(io.MouseWheel)), std::clamp(double(mx - p.x0) / width, 0.0, 1.0));
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0, 2.0f)) {
        start_ -= Nanos(double(io.MouseDelta.x) * p.ns_per_px);
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        follow_ = false;
    }
    // Right button: select a range (a click without dragging clears it).
    if (hovered && ImGui::IsMouseClicked(1)) {
        dragging_range_ = true;
        range_anchor_ = p.time_at(mx);
        s.sel.has_range = false;
    }
    if (dragging_range_) {
        if (ImGui::IsMouseDown(1)) {
            Nanos t = p.time_at(mx);
            s.sel.r0 = std::max<Nanos>(0, std::min(t, range_anchor_));
            s.sel.r1 = std::max(t, range_anchor_);
            s.sel.has_range = std::fabs(double(s.sel.r1 - s.sel.r0) / p.ns_per_px) > 3;
        } else {
            dragging_range_ = false;
        }
    }
    bool keys = (hovered || ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) && !io.WantTextInput;
    if (keys) {
        double dt = std::min(0.1, double(io.DeltaTime));
        if (ImGui::IsKeyDown('W')) zoom(std::pow(0.25, dt), 0.5);
        if (ImGui::IsKeyDown('S')) zoom(std::pow(4.0, dt), 0.5);
        if (ImGui::IsKeyDown('A')) start_ -= Nanos(double(len_) * dt), follow_ = false;
        if (ImGui::IsKeyDown('D')) start_ += Nanos(double(len_) * dt), follow_ = false;
        if (ImGui::IsKeyPressed('F')) {
            fit(s);
            follow_ = false;
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_End))) follow_ = true;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) s.sel.has_range = false;
    }
}

void TimelineView::draw_row(const Row& r, const Painter& p, float y0, float lx0, Session& s) {
    ImDrawList* dl = p.dl;
    const TimelineModel& m = *r.m;
    float y1 = y0 + r.h;
    const float pad = 2;
    auto label = [&](ImU32 col, float indent) {
        dl->AddText(ImVec2(lx0 + indent, y0 + (r.h - ImGui::GetTextLineHeight()) * 0.5f), col, r.label.c_str());
    };
    auto record = [&](const char* kind) { layout_.push_back({kind, r.label, p.x0, y0 + pad, p.x1, y1 - pad}); };
    switch (r.kind) {
        case Row::Group:
            dl->AddRectFilled(ImVec2(lx0, y0 + 2), ImVec2(p.x1, y1 - 2), r.baseline ? IM_COL32(60, 48, 20, 255) : IM_COL32(20, 48, 60, 255));
            label(IM_COL32(240, 240, 240, 255), 6);
            break;
        case Row::Proc:
        case Row::CoreHeader:
            dl->AddLine(ImVec2(lx0, y0 + 1), ImVec2(p.x1, y0 + 1), IM_COL32(255, 255, 255, 40));
            label(IM_COL32(200, 200, 205, 255), 4);
            break;
        case Row::Owner:
            label(text_dim(), 14);
            dl->PushClipRect(ImVec2(p.x0, y0), ImVec2(p.x1, y1), true);
            lane_floor(dl, p, y1 - pad);
            paint_who_lane(p, m.procs[r.index].owner, m, y0 + pad, y1 - pad, stats_);
            paint_markers(p, m.markers, uint16_t(r.index), y0 + pad, y1 - pad);
            dl->PopClipRect();
            record("owner");
            break;
        case Row::Waiters: {
            label(text_dim(), 14);
            lane_floor(dl, p, y1 - 1);
            dl->PushClipRect(ImVec2(p.x0, y0), ImVec2(p.x1, y1), true);
            paint_waiters(p, m.procs[r.index], y0 + pad, y1 - 1);
            dl->PopClipRect();
            std::string mx = fmt::format("max {}", m.procs[r.index].max_waiters);
            dl->AddText(ImVec2(lx0 + kLabelW - 8 - ImGui::CalcTextSize(mx.c_str()).x, y0), text_dim(), mx.c_str());
            record("waiters");
            break;
        }
        case Row::Thread: {
            label(IM_COL32(225, 225, 225, 255), 14);
            dl->AddRectFilled(ImVec2(lx0 + 4, y0 + 7), ImVec2(lx0 + 10, y1 - 7), thread_color(r.index));
            if (std::any_of(m.tasks.begin(), m.tasks.end(), [&](const TaskLane& k) { return k.thread == r.index; })) {
                // An event loop: a triangle says whether its task sub-lanes are shown.
                float cx = lx0 + kLabelW - 12, cy = (y0 + y1) * 0.5f;
                if (is_collapsed(r.baseline, r.index))
                    dl->AddTriangleFilled(ImVec2(cx - 3, cy - 5), ImVec2(cx + 4, cy), ImVec2(cx - 3, cy + 5), text_dim());
                else
                    dl->AddTriangleFilled(ImVec2(cx - 5, cy - 3), ImVec2(cx + 5, cy - 3), ImVec2(cx, cy + 4), text_dim());
            }
            dl->PushClipRect(ImVec2(p.x0, y0), ImVec2(p.x1, y1), true);
            // Boxes and hatching need no anti-aliasing, and it is costly in software
            // OpenGL (every stripe gets a fringe of extra triangles).
            ImDrawListFlags saved = dl->Flags;
            dl->Flags &= ~(ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill);
            paint_thread_lane(p, m.threads[r.index].spans, y0 + pad, y1 - pad, stats_);
            dl->Flags = saved;
            dl->PopClipRect();
            record("thread");
            break;
        }
        case Row::Task: {
            // A thin sub-lane, indented under its loop's thread.
            dl->AddText(ImVec2(lx0 + 24, y0 + (r.h - ImGui::GetTextLineHeight()) * 0.5f), text_dim(), r.label.c_str());
            dl->AddLine(ImVec2(lx0 + 16, y0), ImVec2(lx0 + 16, y1), IM_COL32(255, 255, 255, 40));
            dl->PushClipRect(ImVec2(p.x0, y0), ImVec2(p.x1, y1), true);
            ImDrawListFlags saved = dl->Flags;
            dl->Flags &= ~(ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill);
            if (r.index < m.tasks.size()) paint_task_lane(p, m.tasks[r.index], m, y0 + 1, y1 - 1, stats_);
            dl->Flags = saved;
            dl->PopClipRect();
            record("task");
            break;
        }
        case Row::Core:
            label(text_dim(), 14);
            lane_floor(dl, p, y1 - pad);
            dl->PushClipRect(ImVec2(p.x0, y0), ImVec2(p.x1, y1), true);
            if (r.index < m.cores.size()) paint_who_lane(p, m.cores[r.index].spans, m, y0 + pad, y1 - pad, stats_);
            dl->PopClipRect();
            record("core");
            break;
    }
    // The clicked span, outlined.
    const Selection& sel = s.sel;
    bool same_lane = (r.kind == Row::Thread && sel.lane == Selection::Lane::Thread) ||
                     (r.kind == Row::Owner && sel.lane == Selection::Lane::Owner) ||
                     (r.kind == Row::Core && sel.lane == Selection::Lane::Core);
    if (same_lane && sel.index == r.index && sel.baseline == r.baseline)
        dl->AddRect(ImVec2(p.px(sel.span.start) - 1, y0 + 1), ImVec2(p.px(sel.span.end) + 1, y1 - 1), IM_COL32(255, 255, 255, 230), 0,
                    0, 2.0f);
}

void TimelineView::tooltip(const Row& r, Nanos t, const Painter& p) {
    const TimelineModel& m = *r.m;
    auto folded_note = [&](const std::vector<Span>& spans, const Span* s) {
        if (!s || double(s->end - s->start) / p.ns_per_px >= 3) return;
        Nanos w = p.min_ns() * 2;
        size_t a = TimelineModel::first_after(spans, t - w), b = TimelineModel::first_after(spans, t + w);
        ImGui::TextDisabled("%zu spans within %s here: zoom in (W or wheel)", b - a, fmt_time(2 * w).c_str());
    };
    switch (r.kind) {
        case Row::Thread: {
            const auto& spans = m.threads[r.index].spans;
            const Span* s = TimelineModel::at(spans, t);
            if (!s) return;
            ImGui::BeginTooltip();
            ImGui::Text("%s", m.thread_name(r.index).c_str());
            ImGui::ColorButton("##st", ImColor(state_style(ThreadState(s->code)).color), ImGuiColorEditFlags_NoTooltip, ImVec2(12, 12));
            ImGui::SameLine();
            ImGui::Text("%s", state_name(ThreadState(s->code)));
            ImGui::Text("from %s for %s", fmt_time(s->start).c_str(), fmt_time(s->end - s->start).c_str());
            if (s->reason != Reason::None) ImGui::Text("because: %s", reason_text(s->reason));
            if (s->core != kNoCore && ThreadState(s->code) == ThreadState::Running) ImGui::Text("on core %d", int(s->core));
            uint16_t proc = m.threads[r.index].proc;
            if (proc < m.procs.size()) {
                const Span* o = TimelineModel::at(m.procs[proc].owner, t);
                ImGui::Text("lock held by %s; %u waiting", o ? m.thread_name(o->who).c_str() : "nobody", m.waiters_at(proc, t));
            }
            folded_note(spans, s);
            ImGui::EndTooltip();
            break;
        }
        case Row::Owner: {
            const auto& spans = m.procs[r.index].owner;
            const Span* s = TimelineModel::at(spans, t);
            ImGui::BeginTooltip();
            if (s) {
                ImGui::Text("%s holds the lock", m.thread_name(s->who).c_str());
                ImGui::Text("from %s for %s", fmt_time(s->start).c_str(), fmt_time(s->end - s->start).c_str());
                if (s->reason != Reason::None) ImGui::Text("released: %s", reason_text(s->reason));
            } else {
                ImGui::Text("the lock is free");
            }
            ImGui::Text("%u waiting at %s", m.waiters_at(uint16_t(r.index), t), fmt_time(t).c_str());
            folded_note(spans, s);
            ImGui::EndTooltip();
            break;
        }
        case Row::Task: {
            if (r.index >= m.tasks.size()) return;
            const TaskLane& l = m.tasks[r.index];
            const Span* s = TimelineModel::at(l.spans, t);
            if (!s) return;
            TaskCode c = TaskCode(s->code);
            ImU32 fill, edge;
            task_style(c, fill, edge);
            ImGui::BeginTooltip();
            ImGui::Text("task %s (on %s's event loop)", l.name.c_str(), m.thread_name(l.thread).c_str());
            ImGui::ColorButton("##task", ImColor(edge), ImGuiColorEditFlags_NoTooltip, ImVec2(12, 12));
            ImGui::SameLine();
            std::string what = s->who < m.strings.size() ? m.strings[s->who] : "";
            if (c == TaskCode::Running) ImGui::Text("running (a step of its coroutine)");
            else if (c == TaskCode::Waiting) ImGui::Text("waiting: awaits %s", what.c_str());
            else ImGui::Text("ready%s%s (waiting for the loop to run it)", what.empty() ? "" : ": ", what.c_str());
            ImGui::Text("from %s for %s", fmt_time(s->start).c_str(), fmt_time(s->end - s->start).c_str());
            if (l.finished) ImGui::Text("finished: %s", l.outcome.c_str());
            folded_note(l.spans, s);
            ImGui::EndTooltip();
            break;
        }
        case Row::Waiters:
            ImGui::SetTooltip("%u threads waiting for the lock at %s (most at once: %u)", m.waiters_at(uint16_t(r.index), t),
                              fmt_time(t).c_str(), m.procs[r.index].max_waiters);
            break;
        case Row::Core: {
            if (r.index >= m.cores.size()) return;
            const Span* s = TimelineModel::at(m.cores[r.index].spans, t);
            if (s) ImGui::SetTooltip("core %u runs %s\nfrom %s for %s", r.index, m.thread_name(s->who).c_str(), fmt_time(s->start).c_str(),
                                     fmt_time(s->end - s->start).c_str());
            else ImGui::SetTooltip("core %u idle at %s", r.index, fmt_time(t).c_str());
            break;
        }
        default: break;
    }
}

void TimelineView::click(Session& s, const Row& r, Nanos t, const Painter& p) {
    const TimelineModel& m = *r.m;
    Selection& sel = s.sel;
    const Span* span = nullptr;
    switch (r.kind) {
        case Row::Thread: span = TimelineModel::at(m.threads[r.index].spans, t), sel.lane = Selection::Lane::Thread; break;
        case Row::Owner: span = TimelineModel::at(m.procs[r.index].owner, t), sel.lane = Selection::Lane::Owner; break;
        case Row::Core:
            if (r.index < m.cores.size()) span = TimelineModel::at(m.cores[r.index].spans, t);
            sel.lane = Selection::Lane::Core;
            break;
        default: return;
    }
    if (!span) {
        sel.lane = Selection::Lane::None;
        return;
    }
    sel.index = r.index;
    sel.span = *span;
    sel.baseline = r.baseline;
    if (r.baseline) return;
    // The lock event nearest the click (of this thread, on a thread lane), for Explain.
    Nanos w = std::max(p.min_ns() * 3, span->end - span->start);
    int64_t best = -1;
    Nanos best_d = INT64_MAX;
    for (size_t i = m.first_lock_at(t - w); i < m.lock_count(); i++) {
        LockRecord l = m.lock(i);
        if (l.t > t + w) break;
        if (r.kind == Row::Thread && l.thread != r.index) continue;
        Nanos d = std::llabs(l.t - t);
        if (d < best_d) best_d = d, best = int64_t(i);
    }
    if (best >= 0) {
        sel.lock = best;
        sel.scroll_explain = true;
    }
}

}  // namespace gs::gui
