// Drawing the lanes of the timeline. A Painter maps time to pixels for one frame; each
// function draws one kind of lane from its span list. Only the spans in view are
// touched (binary search to the first one), and runs of spans narrower than a few
// pixels fold into one box with their count, as Tracy does, so a frame costs about the
// same for a thousand spans or ten million.
#pragma once
#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "gui/model.hpp"

namespace gs::gui {

struct Painter {
    ImDrawList* dl = nullptr;
    float x0 = 0, x1 = 0;      // the lanes' horizontal extent on screen
    Nanos t0 = 0, t1 = 0;      // the time in view
    double ns_per_px = 1;
    float px(Nanos t) const {
        double x = double(t - t0) / ns_per_px;
        if (x < -10) x = -10;
        if (x > double(x1 - x0) + 10) x = double(x1 - x0) + 10;
        return x0 + float(x);
    }
    Nanos time_at(float x) const { return t0 + Nanos(double(x - x0) * ns_per_px); }
    // Spans narrower than this fold together.
    Nanos min_ns() const;
};

// What the lane painters count, for --frame-stats and tests.
struct PaintStats {
    size_t boxes = 0;
    size_t folded = 0;
};

// A box in a state's shape and colour (also used by the legend).
void paint_state_box(ImDrawList* dl, ThreadState s, float x0, float y0, float x1, float y1, bool folded);

void paint_thread_lane(const Painter& p, const std::vector<Span>& spans, float y0, float y1, PaintStats& st);
// The lock-owner lane and the per-core lanes: coloured by the thread, labelled by name.
void paint_who_lane(const Painter& p, const std::vector<Span>& spans, const TimelineModel& m, float y0, float y1,
                    PaintStats& st);
// An asyncio task's sub-lane: ready / running / waiting, labelled with the task's name
// (running) or what it awaits (waiting) where wide enough.
void paint_task_box(ImDrawList* dl, TaskCode c, float x0, float y0, float x1, float y1);
void paint_task_lane(const Painter& p, const TaskLane& lane, const TimelineModel& m, float y0, float y1, PaintStats& st);
void paint_waiters(const Painter& p, const ProcessLanes& proc, float y0, float y1);
// Drop requests and forced switches of one process, on its owner lane.
void paint_markers(const Painter& p, const std::vector<Marker>& markers, uint16_t proc, float y0, float y1);
void paint_ruler(const Painter& p, float y0, float y1, float grid_bottom);

// Hand-off arrows between thread lanes; lane_y(thread) gives a lane's centre (<0: hidden).
// Returns how many were in view (none are drawn past kMaxArrows: zoom in to see them).
size_t paint_handoffs(const Painter& p, const std::vector<Handoff>& hs, const std::function<float(uint32_t)>& lane_y);

}  // namespace gs::gui
