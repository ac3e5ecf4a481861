#include "gui/explain_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "gui/format.hpp"

namespace gs::gui {

namespace {

// How long `id` had been waiting for the lock at t (0 if it was not waiting).
Nanos waited(const TimelineModel& m, uint32_t id, Nanos t) {
    if (id >= m.threads.size()) return 0;
    const Span* s = TimelineModel::at(m.threads[id].spans, t > 0 ? t - 1 : t);
    return s && ThreadState(s->code) == ThreadState::WantsGil ? t - s->start : 0;
}

bool interesting(const LockRecord& r) {
    switch (r.kind) {
        case LockEvent::Acquire: return r.other != kNoThread && r.other != r.thread;
        case LockEvent::Release: return r.reason == Reason::Forced || r.reason == Reason::Interval || r.reason == Reason::Quantum ||
                                        r.reason == Reason::Priority || r.reason == Reason::Deadline;
        default: return true;
    }
}

}  // namespace

std::string narrate(const TimelineModel& m, size_t i) {
    const LockRecord r = m.lock(i);
    const std::string& who = m.thread_name(r.thread);
    const std::string& other = m.thread_name(r.other);
    switch (r.kind) {
        case LockEvent::Acquire: {
            Nanos w = waited(m, r.thread, r.t);
            std::string s = w > 0 ? fmt::format("{} took the lock after waiting {}", who, fmt_time(w)) : fmt::format("{} took the free lock", who);
            if (r.other != kNoThread && r.other != r.thread) s += fmt::format(", handed over from {}", other);
            s += ".";
            // Who else was waiting, and whether the OS picked the one that waited longest.
            uint32_t longest = kNoThread;
            Nanos longest_w = 0;
            int others = 0;
            for (const ThreadLane& t : m.threads) {
                if (t.id == r.thread || t.proc != r.proc) continue;
                Nanos tw = waited(m, t.id, r.t);
                if (tw <= 0) continue;
                others++;
                if (tw > longest_w) longest_w = tw, longest = t.id;
            }
            if (longest != kNoThread && longest_w > w)
                s += fmt::format(" The OS woke {}, not {}, who had waited longer ({}).", who, m.thread_name(longest), fmt_time(longest_w));
            else if (others > 0)
                s += fmt::format(" {} other thread{} still waiting.", others, others == 1 ? " is" : "s are");
            return s;
        }
        case LockEvent::Release: {
            std::string s = fmt::format("{} released the lock", who);
            if (r.reason == Reason::Forced) s += " because another thread asked for it (drop request)";
            else if (r.reason != Reason::None) s += fmt::format(": {}", reason_text(r.reason));
            uint32_t n = m.waiters_at(r.proc, r.t);
            s += n ? fmt::format("; {} thread{} waiting for it.", n, n == 1 ? " was" : "s were") : "; nobody was waiting.";
            return s;
        }
        case LockEvent::DropRequest: {
            Nanos w = waited(m, r.thread, r.t);
            return fmt::format("{} waited {} without getting the lock ({}) and set a drop request for {}, the holder.", who,
                               fmt_time(w), r.reason == Reason::None ? "a switch interval" : reason_text(r.reason),
                               r.other == kNoThread ? "whoever holds it" : other);
        }
        case LockEvent::ForcedSwitch:
            return fmt::format("{} saw the drop request at its next eval-breaker check (a loop back edge or a call) and "
                               "dropped the lock; it must now wait to take it back.",
                               who);
        case LockEvent::FailedWakeup:
            return fmt::format("{} was woken to take the lock, but {} had taken it again first: {} goes back to waiting.", who,
                               r.other == kNoThread ? "another thread" : other, who);
        case LockEvent::Timeout:
            return fmt::format("{}'s timed wait for the lock expired ({}).", who, reason_text(r.reason));
        case LockEvent::Handoff: return fmt::format("The lock passed from {} to {}.", who, other);
        case LockEvent::Signal: return fmt::format("A signal became pending ({}).", who);
    }
    return "";
}

void ExplainPanel::select(Session& s, const TimelineModel& m, int64_t i) {
    s.sel.lock = i;
    s.sel.center_request = true;
    s.sel.center_t = m.lock(size_t(i)).t;
    follow_ = false;
}

void ExplainPanel::draw(Session& s) {
    RunView* v = s.current();
    if (!v) {
        ImGui::TextDisabled("No run.");
        return;
    }
    const TimelineModel& m = v->model;
    if (generation_ != s.generation || built_filter_ != filter_) {
        rows_.clear();
        scanned_ = 0;
        generation_ = s.generation;
        built_filter_ = filter_;
        follow_ = true;
    }
    for (; scanned_ < m.lock_count(); scanned_++)
        if (filter_ == 0 || interesting(m.lock(scanned_))) rows_.push_back(uint32_t(scanned_));

    // The selected event, in full.
    int64_t cur = s.sel.lock;
    ImGui::BeginChild("current", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 3.2f), true);
    if (cur >= 0 && size_t(cur) < m.lock_count()) {
        ImGui::TextColored(ImVec4(0.55f, 0.75f, 1, 1), "%s", fmt_time(m.lock(size_t(cur)).t).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", narrate(m, size_t(cur)).c_str());
    } else {
        ImGui::TextDisabled("Click a lock event below or a span on the timeline; [ and ] step through the events.");
    }
    ImGui::EndChild();

    // Previous / next among the listed events.
    auto pos = std::lower_bound(rows_.begin(), rows_.end(), uint32_t(std::max<int64_t>(cur, 0)));
    bool keys = !ImGui::GetIO().WantTextInput;
    if (ImGui::SmallButton("< Prev") || (keys && ImGui::IsKeyPressed('['))) {
        if (cur < 0 && !rows_.empty()) select(s, m, rows_.front());
        else if (pos != rows_.begin()) select(s, m, *std::prev(pos));
        s.sel.scroll_explain = true;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Next >") || (keys && ImGui::IsKeyPressed(']'))) {
        auto nx = cur < 0 ? rows_.begin() : (pos != rows_.end() && int64_t(*pos) == cur ? std::next(pos) : pos);
        if (nx != rows_.end()) select(s, m, *nx);
        s.sel.scroll_explain = true;
    }
    ImGui::SameLine(0, 20);
    ImGui::SetNextItemWidth(250);
    ImGui::Combo("##filter", &filter_, "every lock event\0hand-offs, forced switches, requests\0");
    ImGui::SameLine();
    ImGui::TextDisabled("%zu events", rows_.size());

    ImGui::BeginChild("events", ImVec2(0, 0), false);
    float line = ImGui::GetTextLineHeightWithSpacing();
    if (s.sel.scroll_explain && cur >= 0) {
        auto it = std::lower_bound(rows_.begin(), rows_.end(), uint32_t(cur));
        ImGui::SetScrollY(float(it - rows_.begin()) * line - ImGui::GetWindowHeight() * 0.4f);
        s.sel.scroll_explain = false;
        follow_ = false;
    } else if (follow_ && !m.finished()) {
        ImGui::SetScrollY(float(rows_.size()) * line);
    }
    if (ImGui::IsWindowHovered() && ImGui::GetIO().MouseWheel != 0) follow_ = false;
    ImGuiListClipper clip;
    clip.Begin(int(rows_.size()), line);
    while (clip.Step()) {
        for (int k = clip.DisplayStart; k < clip.DisplayEnd; k++) {
            uint32_t i = rows_[size_t(k)];
            const LockRecord r = m.lock(i);
            ImGui::PushID(k);
            std::string t = fmt_time(r.t);
            if (ImGui::Selectable(t.c_str(), cur == int64_t(i), ImGuiSelectableFlags_SpanAllColumns)) select(s, m, i);
            ImGui::SameLine(110);
            ImGui::TextColored(ImVec4(0.9f, 0.8f, 0.5f, 1), "%s", lock_event_name(r.kind));
            ImGui::SameLine(220);
            ImGui::TextUnformatted(narrate(m, i).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

}  // namespace gs::gui
