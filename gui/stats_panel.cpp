#include "gui/stats_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "gui/format.hpp"
#include "gui/palette.hpp"

namespace gs::gui {

namespace {

Nanos overlap(const Span& s, Nanos r0, Nanos r1) { return std::max<Nanos>(0, std::min(s.end, r1) - std::max(s.start, r0)); }

// The order of the states in the bars: the lock's story left to right.
constexpr ThreadState kBarOrder[] = {ThreadState::Running, ThreadState::Native, ThreadState::WantsGil, ThreadState::Ready,
                                     ThreadState::Io,      ThreadState::Sleeping, ThreadState::Blocked, ThreadState::Created};

}  // namespace

int RangeStats::bin_of(Nanos d) {
    return std::clamp(int((std::log10(double(std::max<Nanos>(d, 1))) - kLog10Lo) * kBinsPerDecade), 0, kBins - 1);
}

Nanos RangeStats::quantile(double q) const {
    if (waits.empty()) return 0;
    size_t i = std::min(waits.size() - 1, size_t(std::ceil(q * double(waits.size())) - 1));
    return waits[i];
}

RangeStats compute_stats(const TimelineModel& m, Nanos r0, Nanos r1) {
    RangeStats st;
    st.r0 = r0;
    st.r1 = r1;
    for (const ThreadLane& t : m.threads) {
        RangeStats::PerThread pt;
        pt.id = t.id;
        pt.name = t.name;
        for (size_t i = TimelineModel::first_after(t.spans, r0); i < t.spans.size() && t.spans[i].start < r1; i++) {
            const Span& s = t.spans[i];
            Nanos d = overlap(s, r0, r1);
            pt.by_state[s.code & 15] += d;
            pt.total += d;
            if (ThreadState(s.code) == ThreadState::WantsGil && s.end <= r1 && s.end > r0 &&
                (s.end < m.now() || m.finished()))
                st.waits.push_back(s.end - s.start);
        }
        st.threads.push_back(std::move(pt));
    }
    std::sort(st.waits.begin(), st.waits.end());
    for (Nanos d : st.waits) st.most = std::max(st.most, ++st.bins[size_t(RangeStats::bin_of(d))]);
    for (const ProcessLanes& p : m.procs) {
        for (size_t i = TimelineModel::first_after(p.owner, r0); i < p.owner.size() && p.owner[i].start < r1; i++)
            st.held += overlap(p.owner[i], r0, r1);
        const auto& w = p.waiters;
        auto first = std::upper_bound(w.begin(), w.end(), r0, [](Nanos v, const WaitStep& s) { return v < s.t; });
        for (size_t i = first == w.begin() ? 0 : size_t(first - w.begin()) - 1; i < w.size() && w[i].t < r1; i++) {
            if (w[i].waiters == 0) continue;
            Nanos a = w[i].t, b = i + 1 < w.size() ? w[i + 1].t : m.now();
            st.contended += std::max<Nanos>(0, std::min(b, r1) - std::max(a, r0));
        }
    }
    auto h0 = std::lower_bound(m.handoffs.begin(), m.handoffs.end(), r0, [](const Handoff& h, Nanos v) { return h.to < v; });
    for (auto h = h0; h != m.handoffs.end() && h->to < r1; ++h) st.handoffs++;
    auto k0 = std::lower_bound(m.markers.begin(), m.markers.end(), r0, [](const Marker& k, Nanos v) { return k.t < v; });
    for (auto mk = k0; mk != m.markers.end() && mk->t < r1; ++mk) {
        st.drop_requests += mk->kind == LockEvent::DropRequest;
        st.forced += mk->kind == LockEvent::ForcedSwitch;
    }
    return st;
}

void StatsPanel::draw(Session& s) {
    RunView* v = s.current();
    if (!v) {
        ImGui::TextDisabled("No run.");
        return;
    }
    const TimelineModel& m = v->model;
    Nanos r0 = s.sel.has_range ? s.sel.r0 : 0, r1 = s.sel.has_range ? s.sel.r1 : std::max<Nanos>(m.now(), 1);
    auto now = std::chrono::steady_clock::now();
    bool stale = generation_ != s.generation || r0 != r0_ || (s.sel.has_range && r1 != r1_) || events_ != m.events();
    // A live run changes every frame: recompute four times a second, not sixty.
    if (stale && (generation_ != s.generation || r0 != r0_ || now - computed_ > std::chrono::milliseconds(250) || m.finished())) {
        stats_ = compute_stats(m, r0, r1);
        generation_ = s.generation;
        events_ = m.events();
        r0_ = r0;
        r1_ = r1;
        computed_ = now;
    }
    const RangeStats& st = stats_;
    Nanos len = std::max<Nanos>(1, st.r1 - st.r0);
    if (s.sel.has_range)
        ImGui::Text("Selected range %s – %s (%s); Esc or a right-click clears it", fmt_time(st.r0).c_str(), fmt_time(st.r1).c_str(),
                    fmt_time(len).c_str());
    else
        ImGui::Text("Whole run, %s (right-drag on the timeline to select a range)", fmt_time(len).c_str());
    ImGui::Spacing();

    // Per-thread bars.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float name_w = 130, bar_w = std::max(120.0f, ImGui::GetContentRegionAvail().x * 0.42f);
    for (const auto& t : st.threads) {
        if (t.total == 0) continue;
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::TextUnformatted(t.name.c_str());
        float x = at.x + name_w, y0 = at.y + 2, y1 = at.y + ImGui::GetTextLineHeight();
        std::string summary;
        for (ThreadState state : kBarOrder) {
            Nanos d = t.by_state[size_t(state)];
            if (d == 0) continue;
            float w = bar_w * float(double(d) / double(t.total));
            dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + w, y1), state_style(state).color);
            x += w;
            double pct = 100.0 * double(d) / double(t.total);
            if (pct >= 1) summary += fmt::format("{}{:.0f}% {}", summary.empty() ? "" : " · ", pct, state_style(state).label);
        }
        ImGui::SameLine(name_w + bar_w + 20);
        ImGui::TextDisabled("%s", summary.c_str());
        if (ImGui::IsItemHovered() || ImGui::IsMouseHoveringRect(at, ImVec2(at.x + name_w + bar_w, y1))) {
            ImGui::BeginTooltip();
            for (ThreadState state : kBarOrder)
                if (Nanos d = t.by_state[size_t(state)])
                    ImGui::Text("%-10s %10s  %5.1f%%", state_name(state), fmt_time(d).c_str(), 100.0 * double(d) / double(t.total));
            ImGui::EndTooltip();
        }
    }
    ImGui::Spacing();
    ImGui::Separator();
    double secs = double(len) / 1e9;
    ImGui::Text("Lock held %.1f%%, contended %.1f%% of the time", 100.0 * double(st.held) / double(len),
                100.0 * double(st.contended) / double(len));
    ImGui::Text("%zu hand-offs (%.0f/s), %zu drop requests, %zu forced switches", st.handoffs, double(st.handoffs) / secs,
                st.drop_requests, st.forced);

    // The histogram of lock waits, on a log time axis (4 bins per decade, 100 ns .. 10 s).
    ImGui::Spacing();
    if (st.waits.empty()) {
        ImGui::TextDisabled("No completed lock waits in this range.");
        return;
    }
    ImGui::Text("Lock waits: %zu   p50 %s   p90 %s   p99 %s   max %s", st.waits.size(), fmt_time(st.quantile(0.5)).c_str(),
                fmt_time(st.quantile(0.9)).c_str(), fmt_time(st.quantile(0.99)).c_str(), fmt_time(st.waits.back()).c_str());
    constexpr int kBins = RangeStats::kBins;
    constexpr double kLo = RangeStats::kLog10Lo, kPerDecade = RangeStats::kBinsPerDecade;
    const auto& bins = st.bins;
    const size_t most = st.most;
    ImVec2 at = ImGui::GetCursorScreenPos();
    float w = std::min(ImGui::GetContentRegionAvail().x - 10, 640.0f), h = std::max(50.0f, ImGui::GetContentRegionAvail().y - 26);
    float bw = w / kBins;
    dl->AddLine(ImVec2(at.x, at.y + h), ImVec2(at.x + w, at.y + h), IM_COL32(255, 255, 255, 60));
    for (int b = 0; b < kBins; b++) {
        if (!bins[size_t(b)]) continue;
        float bh = std::max(2.0f, (h - 4) * float(std::log1p(double(bins[size_t(b)])) / std::log1p(double(most))));
        dl->AddRectFilled(ImVec2(at.x + float(b) * bw + 1, at.y + h - bh), ImVec2(at.x + float(b + 1) * bw - 1, at.y + h),
                          state_style(ThreadState::WantsGil).color);
    }
    float row = 0;   // the labels stack, since the quantiles are often close together
    for (auto [q, name] : {std::pair{0.5, "p50"}, std::pair{0.9, "p90"}, std::pair{0.99, "p99"}}) {
        double pos = (std::log10(double(std::max<Nanos>(st.quantile(q), 1))) - kLo) * kPerDecade;
        float x = at.x + float(std::clamp(pos, 0.0, double(kBins))) * bw;
        dl->AddLine(ImVec2(x, at.y), ImVec2(x, at.y + h), IM_COL32(255, 255, 255, 160));
        dl->AddText(ImVec2(x + 3, at.y + 1 + row), IM_COL32(255, 255, 255, 220), name);
        row += ImGui::GetTextLineHeight();
    }
    for (int dec = 0; dec <= kBins / int(kPerDecade); dec++) {
        float x = at.x + float(dec) * bw * float(kPerDecade);
        std::string lbl = fmt_time(Nanos(std::pow(10.0, kLo + dec)));
        if (x + ImGui::CalcTextSize(lbl.c_str()).x > at.x + w) break;   // no half labels at the right edge
        dl->AddText(ImVec2(x + 1, at.y + h + 2), IM_COL32(150, 150, 155, 255), lbl.c_str());
    }
    ImGui::Dummy(ImVec2(w, h + 20));
}

}  // namespace gs::gui
