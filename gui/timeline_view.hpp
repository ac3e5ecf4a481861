// The timeline, the centre of the window: a ruler, then per process the lock-owner lane
// and the waiters strip, one lane per thread (with a thin sub-lane per asyncio task of its event loop under it), and one
// lane per core; a pinned baseline
// run is drawn below on the same time axis. Input follows Tracy: the wheel zooms at the
// cursor, dragging pans, WASD zooms and pans, F fits the run; a right-button drag
// selects a time range (the statistics follow it). A live run is followed until the
// user pans; End (or the Follow button) resumes following at the current zoom.
#pragma once
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "gui/session.hpp"
#include "gui/timeline_paint.hpp"

namespace gs::gui {

// Where a lane was drawn in the last frame (for tests: --dump-layout).
struct LaneRect {
    std::string kind;   // "thread", "task", "owner", "waiters", "core", "legend", "error"
    std::string name;
    float x0, y0, x1, y1;
};

class TimelineView {
public:
    void draw(Session& s);
    void fit(const Session& s);
    void request_fit() { fit_pending_ = true; }
    void follow() { follow_ = true; }
    void set_view(Nanos start, Nanos len) {
        start_ = start;
        len_ = std::max<Nanos>(len, 100);
        follow_ = false;
    }
    Nanos view_start() const { return start_; }
    Nanos view_len() const { return len_; }
    const std::vector<LaneRect>& layout() const { return layout_; }
    const PaintStats& stats() const { return stats_; }

private:
    struct Row {
        enum Kind : uint8_t { Group, Proc, Owner, Waiters, Thread, Task, CoreHeader, Core } kind;
        const TimelineModel* m;
        uint32_t index;
        float h;
        bool baseline;
        std::string label;
        float y0 = 0;   // filled while drawing
    };
    void build_rows(Session& s);
    void handle_input(Session& s, const Painter& p, bool hovered, float mx);
    void draw_row(const Row& r, const Painter& p, float y0, float lx0, Session& s);
    void tooltip(const Row& r, Nanos t, const Painter& p);
    void click(Session& s, const Row& r, Nanos t, const Painter& p);
    void legend(bool tasks);

    Nanos start_ = 0;
    Nanos len_ = 50'000'000;
    bool follow_ = true;
    bool was_done_ = false;
    bool fit_pending_ = false;
    uint64_t generation_ = ~uint64_t(0);
    bool dragging_range_ = false;
    Nanos range_anchor_ = 0;
    std::vector<Row> rows_;
    std::vector<std::pair<bool, uint32_t>> collapsed_;   // (baseline, thread): task sub-lanes hidden
    bool is_collapsed(bool baseline, uint32_t thread) const {
        return std::find(collapsed_.begin(), collapsed_.end(), std::make_pair(baseline, thread)) != collapsed_.end();
    }
    std::vector<LaneRect> layout_;
    PaintStats stats_;
};

}  // namespace gs::gui
