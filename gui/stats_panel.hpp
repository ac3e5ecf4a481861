// Statistics of the run, or of the selected time range when there is one: per-thread
// breakdown bars, how much of the time the lock was held and contended, hand-offs per
// second, and a histogram of lock waits with p50/p90/p99. Computed from the timeline
// model, so they follow a live run and any range; cached, since a range can cover
// millions of spans.
#pragma once
#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "gui/session.hpp"

namespace gs::gui {

struct RangeStats {
    Nanos r0 = 0, r1 = 0;
    struct PerThread {
        uint32_t id;
        std::string name;
        std::array<Nanos, 16> by_state{};   // by ThreadState
        Nanos total = 0;
    };
    std::vector<PerThread> threads;
    Nanos held = 0, contended = 0;          // summed over processes
    size_t handoffs = 0, drop_requests = 0, forced = 0;
    std::vector<Nanos> waits;               // lock waits ending in the range, sorted
    // Their histogram on a log axis: kBinsPerDecade bins per decade from 100 ns.
    static constexpr int kBins = 32;
    static constexpr double kLog10Lo = 2.0, kBinsPerDecade = 4;
    std::array<size_t, kBins> bins{};
    size_t most = 1;                        // the fullest bin
    static int bin_of(Nanos d);
    Nanos quantile(double q) const;
};

// Computes the statistics of `m` over [r0, r1).
RangeStats compute_stats(const TimelineModel& m, Nanos r0, Nanos r1);

struct StatsPanel {
    void draw(Session& s);

private:
    RangeStats stats_;
    uint64_t generation_ = ~uint64_t(0);
    size_t events_ = 0;
    Nanos r0_ = -1, r1_ = -1;
    std::chrono::steady_clock::time_point computed_{};
};

}  // namespace gs::gui
