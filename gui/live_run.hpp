// One run of a scenario in the background while the window draws it. The engine runs on
// its own thread and appends to a Trace; the GUI thread reads the published prefix. The
// virtual engine calls RunOptions::pace before its clock moves on, which is where this
// class slows the run down (speed), holds it (pause) and lets it go to the next lock
// event (step). The GUI never changes what the simulation does, only when it proceeds.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "sim/engine/report.hpp"
#include "sim/scenario/scenario.hpp"

namespace gs::gui {

class LiveRun {
public:
    // Starts running `sc` at once. speed: simulated ns per real ns (0: as fast as possible).
    LiveRun(const Scenario& sc, double speed, bool paused, Nanos pause_at = -1);
    // A finished run read from a file (a Chrome trace): nothing runs.
    LiveRun(std::unique_ptr<Trace> trace, Report report);
    ~LiveRun();  // stops the run (the virtual engine at its next step) and joins
    LiveRun(const LiveRun&) = delete;
    LiveRun& operator=(const LiveRun&) = delete;

    const Trace& trace() const { return *trace_; }
    bool done() const { return done_.load(std::memory_order_acquire); }
    // Valid once done().
    const RunResult& result() const { return result_; }
    const Report& report() const { return report_; }
    Nanos paced_now() const { return paced_now_.load(std::memory_order_relaxed); }

    void set_speed(double sim_ns_per_real_ns);
    double speed() const { return speed_; }
    void set_paused(bool p);
    bool paused() const { return paused_.load(); }
    // Runs on to the next lock event, then pauses.
    void step();
    // Program output so far (appended from the engine thread).
    std::string output() const;
    size_t output_size() const;
    bool pacing() const { return pacing_; }   // whether speed/pause/step apply (virtual engine)

private:
    bool pace(Nanos next);
    void rebase(Nanos sim_now);

    std::unique_ptr<Trace> trace_;
    std::thread worker_;
    std::atomic<bool> done_{false};
    std::atomic<bool> stop_{false};
    std::atomic<bool> paused_{false};
    std::atomic<Nanos> paced_now_{0};
    bool pacing_ = true;
    Nanos pause_at_ = -1;     // hold the run once simulated time reaches this (-1: never)
    RunResult result_;
    Report report_;

    mutable std::mutex mu_;   // guards what follows
    std::condition_variable cv_;
    double speed_ = 0;
    bool step_ = false;
    size_t step_from_ = 0;    // trace events already looked at for the step
    Nanos sim_base_ = 0;      // (sim_base_, real_base_): the pacing reference point
    std::chrono::steady_clock::time_point real_base_;
    std::string output_;
};

}  // namespace gs::gui
