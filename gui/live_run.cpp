#include "gui/live_run.hpp"

namespace gs::gui {

using Clock = std::chrono::steady_clock;

LiveRun::LiveRun(const Scenario& sc, double speed, bool paused, Nanos pause_at)
    : trace_(std::make_unique<Trace>()), pause_at_(pause_at) {
    speed_ = speed;
    paused_ = paused;
    real_base_ = Clock::now();
    RunOptions opts = sc.options;
    pacing_ = opts.engine == EngineKind::Virtual;
    opts.trace = trace_.get();
    opts.output = [this](int, std::string_view s) {
        std::lock_guard<std::mutex> g(mu_);
        output_.append(s);
    };
    opts.pace = [this](Nanos next) { return pace(next); };
    worker_ = std::thread([this, opts = std::move(opts)] {
        result_ = run_program(opts);
        report_ = make_report(*trace_, result_, opts);
        done_.store(true, std::memory_order_release);
    });
}

LiveRun::LiveRun(std::unique_ptr<Trace> trace, Report report) : trace_(std::move(trace)), report_(std::move(report)) {
    pacing_ = false;
    result_.elapsed = report_.elapsed;
    result_.exit_code = report_.exit_code;
    done_ = true;
}

LiveRun::~LiveRun() {
    stop_ = true;
    cv_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void LiveRun::rebase(Nanos sim_now) {
    sim_base_ = sim_now;
    real_base_ = Clock::now();
}

void LiveRun::set_speed(double s) {
    std::lock_guard<std::mutex> g(mu_);
    rebase(paced_now_.load());
    speed_ = s;
    cv_.notify_all();
}

void LiveRun::set_paused(bool p) {
    std::lock_guard<std::mutex> g(mu_);
    paused_ = p;
    step_ = false;
    rebase(paced_now_.load());
    cv_.notify_all();
}

void LiveRun::step() {
    std::lock_guard<std::mutex> g(mu_);
    step_ = true;
    step_from_ = trace_->size();
    paused_ = false;
    rebase(paced_now_.load());
    cv_.notify_all();
}

std::string LiveRun::output() const {
    std::lock_guard<std::mutex> g(mu_);
    return output_;
}

size_t LiveRun::output_size() const {
    std::lock_guard<std::mutex> g(mu_);
    return output_.size();
}

// Runs on the engine's thread, before the simulated clock moves to `next`.
bool LiveRun::pace(Nanos next) {
    std::unique_lock<std::mutex> g(mu_);
    if (step_) {
        // Stepping: go on until a lock event has reached the trace, then hold.
        size_t n = trace_->size();
        for (size_t i = step_from_; i < n; i++) {
            const TraceEvent& e = (*trace_)[i];
            if (e.kind == EventKind::Lock &&
                (e.lock() == LockEvent::Acquire || e.lock() == LockEvent::Release || e.lock() == LockEvent::DropRequest ||
                 e.lock() == LockEvent::ForcedSwitch)) {
                step_ = false;
                paused_ = true;
                break;
            }
        }
        step_from_ = n;
    }
    if (pause_at_ >= 0 && next >= pause_at_) {
        pause_at_ = -1;   // once: Play goes on from there
        paused_ = true;
        paced_now_.store(std::max(paced_now_.load(), next));  // the trace holds everything before `next`
    }
    for (;;) {
        if (stop_) return false;
        if (paused_) {
            cv_.wait(g);
            rebase(paced_now_.load());
            continue;
        }
        if (speed_ <= 0 || step_) break;
        // Slow motion: simulated time may not run ahead of real time times the speed.
        auto due = real_base_ + std::chrono::nanoseconds(Nanos(double(next - sim_base_) / speed_));
        if (Clock::now() >= due) break;
        // Wait in short pieces, so the clock the GUI shows keeps moving smoothly.
        auto until = std::min(due, Clock::now() + std::chrono::milliseconds(20));
        cv_.wait_until(g, until);
        double real = double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - real_base_).count());
        paced_now_.store(std::min(next, sim_base_ + Nanos(real * speed_)), std::memory_order_relaxed);
    }
    paced_now_.store(std::max(paced_now_.load(std::memory_order_relaxed), next), std::memory_order_relaxed);
    return true;
}

}  // namespace gs::gui
