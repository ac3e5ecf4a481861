#include "gui/timeline_paint.hpp"

#include <algorithm>
#include <cmath>

#include "gui/format.hpp"
#include "gui/palette.hpp"

namespace gs::gui {

namespace {

constexpr float kMinPx = 3.0f;        // narrower spans fold together
constexpr float kArrowSpacing = 14;    // closer hand-offs than this (on average): arrows hidden
constexpr float kLabelSpacing = 90;    // reasons shown only when hand-offs are this far apart

// Calls one(span) for each visible span wide enough, and fold(i, j) for each run
// [i, j) of narrow ones. Each step moves at least kMinPx along the screen (a binary
// search jumps over the spans in between), so a lane costs O(width) whatever its size.
template <class One, class Fold>
void for_visible(const Painter& p, const std::vector<Span>& spans, One one, Fold fold) {
    const Nanos min_ns = p.min_ns();
    size_t i = TimelineModel::first_after(spans, p.t0);
    const size_t n = spans.size();
    while (i < n && spans[i].start < p.t1) {
        const Span& s = spans[i];
        if (s.end - s.start >= min_ns) {
            one(s);
            i++;
            continue;
        }
        size_t j = i;
        Nanos limit = s.start + min_ns;
        for (;;) {
            size_t k = TimelineModel::first_after(spans, limit);
            j = std::max(k, j + 1);
            if (j >= n) break;
            const Span& nx = spans[j];
            if (nx.end - nx.start >= min_ns || nx.start >= p.t1) break;
            limit = nx.start + min_ns;
        }
        fold(i, j);
        i = j;
    }
}

// How the time of spans [i, j) splits among the states, from about 32 samples. The
// stride is odd, so that a lane alternating between two states (run, I/O, run, I/O) is
// not sampled on one of them only.
void sample_states(const std::vector<Span>& spans, size_t i, size_t j, Nanos (&by_state)[16]) {
    size_t n = j - i, stride = n <= 48 ? 1 : (n / 32) | 1;
    for (size_t k = i; k < j; k += stride) {
        const Span& s = spans[k];
        by_state[s.code & 15] += s.end - s.start + 1;
    }
}

// A folded box says what happened inside it: bands stacked top to bottom, one per state
// with at least a tenth of the time, as tall as its share (the largest first).
void paint_folded(ImDrawList* dl, const std::vector<Span>& spans, size_t i, size_t j, float x0, float y0, float x1, float y1) {
    Nanos by_state[16] = {};
    sample_states(spans, i, j, by_state);
    Nanos total = 0;
    for (Nanos v : by_state) total += v;
    int order[16], n = 0;
    for (int k = 0; k < 16; k++)
        if (by_state[k] * 10 >= total) order[n++] = k;
    std::sort(order, order + n, [&](int a, int b) { return by_state[a] > by_state[b]; });
    Nanos shown = 0;
    for (int k = 0; k < n; k++) shown += by_state[order[k]];
    float y = y0;
    for (int k = 0; k < n; k++) {
        float h = (y1 - y0) * float(double(by_state[order[k]]) / double(std::max<Nanos>(shown, 1)));
        float yb = k == n - 1 ? y1 : y + h;
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(std::max(x1, x0 + 1), yb), scale(state_style(ThreadState(order[k])).color, 0.8f));
        y = yb;
    }
    // A zig-zag along the top edge marks a folded box, as in Tracy.
    for (float x = x0; x + 4 <= x1; x += 4) dl->AddLine(ImVec2(x, y0 + 3), ImVec2(x + 2, y0), IM_COL32(255, 255, 255, 110));
}

void hatch(ImDrawList* dl, float x0, float y0, float x1, float y1, ImU32 col) {
    // Diagonal stripes every 7 px, clipped to the box by computing each stripe's ends.
    const float h = y1 - y0, step = 7.0f;
    for (float s = x0 - h; s < x1; s += step) {
        float ax = s, ay = y1, bx = s + h, by = y0;
        if (ax < x0) ay -= (x0 - ax), ax = x0;
        if (bx > x1) by += (bx - x1), bx = x1;
        if (ax < bx) dl->AddLine(ImVec2(ax, ay), ImVec2(bx, by), col, 1.5f);
    }
}

void label_in(ImDrawList* dl, float x0, float x1, float y0, float y1, const char* text, ImU32 col) {
    ImVec2 sz = ImGui::CalcTextSize(text);
    if (x1 - x0 < sz.x + 8) return;
    float x = std::max(x0, 0.0f) + 4;
    if (x + sz.x > x1 - 4) x = x1 - 4 - sz.x;
    dl->AddText(ImVec2(x, (y0 + y1 - sz.y) * 0.5f), col, text);
}

}  // namespace

Nanos Painter::min_ns() const { return std::max<Nanos>(1, Nanos(kMinPx * ns_per_px)); }

void paint_state_box(ImDrawList* dl, ThreadState s, float x0, float y0, float x1, float y1, bool folded) {
    const StateStyle& st = state_style(s);
    ImU32 c = folded ? scale(st.color, 0.75f) : st.color;
    if (x1 - x0 < 1) x1 = x0 + 1;
    switch (st.shape) {
        case Shape::Full: dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), c); break;
        case Shape::Hatched:
            dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), c);
            if (x1 - x0 >= 6 && !folded) hatch(dl, x0, y0, x1, y1, scale(st.color, 0.72f));
            break;
        case Shape::Outline:
            dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), scale(c, 0.45f));
            if (x1 - x0 >= 3) dl->AddRect(ImVec2(x0, y0), ImVec2(x1, y1), c, 0, 0, 1.5f);
            break;
        case Shape::Low: {
            float mid = y0 + (y1 - y0) * 0.45f;
            dl->AddRectFilled(ImVec2(x0, mid), ImVec2(x1, y1), c);
            break;
        }
        case Shape::Line: {
            float mid = (y0 + y1) * 0.5f;
            dl->AddRectFilled(ImVec2(x0, mid - 1), ImVec2(x1, mid + 1), c);
            break;
        }
    }
    if (folded && x1 - x0 >= 4) {
        // A zig-zag along the top edge marks a folded box, as in Tracy.
        for (float x = x0; x + 4 <= x1; x += 4)
            dl->AddLine(ImVec2(x, y0 + 3), ImVec2(x + 2, y0), IM_COL32(255, 255, 255, 110));
    }
}

void paint_thread_lane(const Painter& p, const std::vector<Span>& spans, float y0, float y1, PaintStats& st) {
    ImDrawList* dl = p.dl;
    for_visible(
        p, spans,
        [&](const Span& s) {
            float a = p.px(s.start), b = p.px(s.end);
            ThreadState state = ThreadState(s.code);
            paint_state_box(dl, state, a, y0, b, y1, false);
            st.boxes++;
            const StateStyle& style = state_style(state);
            if (style.shape == Shape::Low) {
                float mid = y0 + (y1 - y0) * 0.45f;
                label_in(dl, a, std::min(b, p.x1), mid, y1, style.label, IM_COL32(0, 0, 0, 230));
            } else if (style.shape != Shape::Line) {
                label_in(dl, a, std::min(b, p.x1), y0, y1, style.label, IM_COL32(0, 0, 0, 230));
            }
        },
        [&](size_t i, size_t j) {
            float a = p.px(spans[i].start), b = p.px(spans[j - 1].end);
            if (j - i == 1) paint_state_box(dl, ThreadState(spans[i].code), a, y0, b, y1, false);
            else paint_folded(dl, spans, i, j, a, y0, b, y1);
            st.boxes++;
            st.folded += j - i;
            if (j - i > 1 && b - a > 40) {
                std::string n = fmt::format("{}", j - i);
                label_in(dl, a, std::min(b, p.x1), y0, y1, n.c_str(), IM_COL32(255, 255, 255, 220));
            }
        });
}

void paint_who_lane(const Painter& p, const std::vector<Span>& spans, const TimelineModel& m, float y0, float y1,
                    PaintStats& st) {
    ImDrawList* dl = p.dl;
    for_visible(
        p, spans,
        [&](const Span& s) {
            float a = p.px(s.start), b = std::max(p.px(s.end), a + 1);
            dl->AddRectFilled(ImVec2(a, y0), ImVec2(b, y1), thread_color(s.who));
            if (b - a > 3) dl->AddLine(ImVec2(b - 1, y0), ImVec2(b - 1, y1), IM_COL32(0, 0, 0, 120));
            st.boxes++;
            if (b - a > 30) label_in(dl, a, std::min(b, p.x1), y0, y1, m.thread_name(s.who).c_str(), IM_COL32(255, 255, 255, 235));
        },
        [&](size_t i, size_t j) {
            float a = p.px(spans[i].start), b = std::max(p.px(spans[j - 1].end), a + 1);
            // Many short holdings with gaps between them: the colour of the one in the
            // middle, as opaque as the lane is busy there (estimated from 16 samples, so
            // an idle core does not look busy).
            size_t n = j - i, stride = std::max<size_t>(1, n / 16), k = 0;
            Nanos sampled = 0;
            for (size_t x = i; x < j; x += stride, k++) sampled += spans[x].end - spans[x].start;
            double busy = double(sampled) / double(k) * double(n) / double(std::max<Nanos>(1, spans[j - 1].end - spans[i].start));
            auto alpha = ImU32(255.0 * std::clamp(busy, 0.2, 1.0));
            ImU32 c = (scale(thread_color(spans[(i + j) / 2].who), 0.8f) & 0x00ffffffu) | (alpha << 24);
            dl->AddRectFilled(ImVec2(a, y0), ImVec2(b, y1), c);
            for (float x = a; x + 4 <= b; x += 4) dl->AddLine(ImVec2(x, y0 + 3), ImVec2(x + 2, y0), IM_COL32(255, 255, 255, 110));
            st.boxes++;
            st.folded += j - i;
        });
}

void paint_task_box(ImDrawList* dl, TaskCode c, float x0, float y0, float x1, float y1) {
    ImU32 fill, edge;
    task_style(c, fill, edge);
    if (x1 - x0 < 1) x1 = x0 + 1;
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), fill);
    if (c == TaskCode::Ready && x1 - x0 >= 3) dl->AddRect(ImVec2(x0, y0), ImVec2(x1, y1), edge, 0, 0, 1.0f);
}

void paint_task_lane(const Painter& p, const TaskLane& lane, const TimelineModel& m, float y0, float y1, PaintStats& st) {
    ImDrawList* dl = p.dl;
    const auto& spans = lane.spans;
    for_visible(
        p, spans,
        [&](const Span& s) {
            float a = p.px(s.start), b = p.px(s.end);
            TaskCode c = TaskCode(s.code);
            paint_task_box(dl, c, a, y0, b, y1);
            st.boxes++;
            if (b - a < 30) return;
            const char* text = c == TaskCode::Running ? lane.name.c_str()
                               : c == TaskCode::Waiting && s.who < m.strings.size() ? m.strings[s.who].c_str()
                                                                                      : "ready";
            label_in(dl, a, std::min(b, p.x1), y0, y1, text, c == TaskCode::Running ? IM_COL32(0, 0, 0, 230) : IM_COL32(235, 235, 235, 230));
        },
        [&](size_t i, size_t j) {
            // Many short spans: the state with the most time among a few samples.
            Nanos by[4] = {};   // by TaskCode: Ready, Running, Waiting
            size_t stride = std::max<size_t>(1, (j - i) / 16);
            for (size_t k = i; k < j; k += stride) by[spans[k].code & 3] += spans[k].end - spans[k].start + 1;
            int best = 1;
            for (int k = 2; k < 4; k++)
                if (by[k] > by[best]) best = k;
            TaskCode c = TaskCode(best);
            float a = p.px(spans[i].start), b = p.px(spans[j - 1].end);
            paint_task_box(dl, c, a, y0, b, y1);
            for (float x = a; x + 4 <= b; x += 4) dl->AddLine(ImVec2(x, y0 + 3), ImVec2(x + 2, y0), IM_COL32(255, 255, 255, 110));
            st.boxes++;
            st.folded += j - i;
        });
}

void paint_waiters(const Painter& p, const ProcessLanes& proc, float y0, float y1) {
    const auto& w = proc.waiters;
    if (w.empty()) return;
    const float h = y1 - y0;
    const float maxw = float(std::max<uint32_t>(1, proc.max_waiters));
    auto bar = [&](float xa, float xb, uint32_t n) {
        if (n > 0 && xb > xa) p.dl->AddRectFilled(ImVec2(xa, y1 - h * float(n) / maxw), ImVec2(std::min(xb, p.x1), y1), kColWaiters);
    };
    auto it = std::upper_bound(w.begin(), w.end(), p.t0, [](Nanos v, const WaitStep& s) { return v < s.t; });
    size_t i = 0;
    float x = p.x0;
    if (it == w.begin()) x = p.px(w[0].t);  // nobody waited before the first step
    else i = size_t(it - w.begin()) - 1;   // the step in effect at t0
    // Pixel column by column where steps are dense (the most waiters in each, so that
    // bursts stay visible zoomed out); one rectangle up to the next step where sparse.
    while (x < p.x1 && i < w.size()) {
        Nanos col_end = p.time_at(x + 1);
        uint32_t most = w[i].waiters;
        size_t k = i + 1, scanned = 0;
        while (k < w.size() && w[k].t < col_end && scanned < 8) most = std::max(most, w[k++].waiters), scanned++;
        if (k < w.size() && w[k].t < col_end)
            k = size_t(std::lower_bound(w.begin() + long(k), w.end(), col_end,
                                        [](const WaitStep& s, Nanos v) { return s.t < v; }) - w.begin());
        bar(x, x + 1, most);
        x += 1;
        i = k - 1;
        float xe = k < w.size() ? p.px(w[k].t) : p.px(p.t1);
        if (xe > x) {
            bar(x, xe, w[i].waiters);
            x = xe;
        }
        if (k >= w.size()) break;
    }
}

void paint_markers(const Painter& p, const std::vector<Marker>& markers, uint16_t proc, float y0, float y1) {
    const Nanos skip = p.min_ns();
    auto first = std::lower_bound(markers.begin(), markers.end(), p.t0, [](const Marker& m, Nanos v) { return m.t < v; });
    for (LockEvent kind : {LockEvent::DropRequest, LockEvent::ForcedSwitch}) {
        auto it = first;
        while (it != markers.end() && it->t <= p.t1) {
            if (it->proc != proc || it->kind != kind) {
                ++it;
                continue;
            }
            float x = p.px(it->t);
            if (kind == LockEvent::DropRequest) {
                p.dl->AddTriangleFilled(ImVec2(x - 3.5f, y0), ImVec2(x + 3.5f, y0), ImVec2(x, y0 + 6), kColDropRequest);
            } else {
                float m = y1 - 3.5f;
                p.dl->AddQuadFilled(ImVec2(x, m - 3.5f), ImVec2(x + 3.5f, m), ImVec2(x, m + 3.5f), ImVec2(x - 3.5f, m), kColForced);
            }
            // The next marker at least a few pixels on (binary search): a lane costs
            // O(width) however many markers are in view.
            it = std::lower_bound(it + 1, markers.end(), it->t + skip, [](const Marker& m, Nanos v) { return m.t < v; });
        }
    }
}

void paint_ruler(const Painter& p, float y0, float y1, float grid_bottom) {
    ImDrawList* dl = p.dl;
    double target = p.ns_per_px * 110;
    double mag = std::pow(10.0, std::floor(std::log10(std::max(target, 1.0))));
    double step = mag;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (mag * m >= target) {
            step = mag * m;
            break;
        }
    Nanos st = std::max<Nanos>(1, Nanos(step));
    Nanos minor = std::max<Nanos>(1, st / 5);
    dl->AddLine(ImVec2(p.x0, y1), ImVec2(p.x1, y1), IM_COL32(255, 255, 255, 60));
    Nanos first = (p.t0 / minor) * minor;
    for (Nanos t = first; t <= p.t1; t += minor) {
        if (t < p.t0) continue;
        float x = p.px(t);
        bool major = t % st == 0;
        dl->AddLine(ImVec2(x, y1 - (major ? 9.0f : 4.0f)), ImVec2(x, y1), IM_COL32(170, 170, 170, 255));
        if (major) {
            dl->AddLine(ImVec2(x, y1), ImVec2(x, grid_bottom), IM_COL32(255, 255, 255, 18));
            std::string s = fmt_tick(t, st);
            if (x + 3 + ImGui::CalcTextSize(s.c_str()).x <= p.x1)   // no half labels at the right edge
                dl->AddText(ImVec2(x + 3, y0 + 2), IM_COL32(210, 210, 210, 255), s.c_str());
        }
    }
}

size_t paint_handoffs(const Painter& p, const std::vector<Handoff>& hs, const std::function<float(uint32_t)>& lane_y) {
    auto lo = std::lower_bound(hs.begin(), hs.end(), p.t0, [](const Handoff& h, Nanos v) { return h.to < v; });
    auto hi = std::upper_bound(lo, hs.end(), p.t1, [](Nanos v, const Handoff& h) { return v < h.from; });
    size_t n = size_t(hi - lo);
    const float width = p.x1 - p.x0;
    if (float(n) * kArrowSpacing > width) return n;
    const bool labels = float(n) * kLabelSpacing <= width;
    for (auto it = lo; it != hi; ++it) {
        float ya = lane_y(it->from_thread), yb = lane_y(it->to_thread);
        if (ya < 0 || yb < 0) continue;
        float xa = p.px(it->from), xb = std::max(p.px(it->to), xa + 2);
        ImVec2 a(xa, ya), b(xb, yb);
        p.dl->AddBezierCubic(a, ImVec2(xa + (xb - xa) * 0.5f + 6, ya), ImVec2(xb - 12, yb), b, kColHandoff, 1.5f);
        float dir = yb > ya ? -1.0f : 1.0f;  // arrowhead points into the taking lane
        p.dl->AddTriangleFilled(b, ImVec2(xb - 7, yb + dir * 5), ImVec2(xb - 2, yb + dir * 8), kColHandoff);
        if (labels && it->reason != Reason::None) {
            const char* r = reason_text(it->reason);
            ImVec2 sz = ImGui::CalcTextSize(r);
            {
                ImVec2 at((xa + xb) * 0.5f - sz.x * 0.5f, (ya + yb) * 0.5f - sz.y * 0.5f);
                p.dl->AddRectFilled(ImVec2(at.x - 3, at.y - 1), ImVec2(at.x + sz.x + 3, at.y + sz.y + 1), IM_COL32(20, 20, 24, 210), 3);
                p.dl->AddText(at, IM_COL32(230, 230, 230, 255), r);
            }
        }
    }
    return n;
}

}  // namespace gs::gui
