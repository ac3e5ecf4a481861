#include "cli/scenario_cli.hpp"

#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace gs::cli {

std::vector<std::string> ScenarioOptions::overrides() const {
    std::vector<std::string> v = sets;
    if (!engine.empty()) v.push_back("run.engine=" + engine);
    if (seed >= 0) v.push_back("run.seed=" + std::to_string(seed));
    return v;
}

void add_scenario_options(CLI::App* cmd, ScenarioOptions& o) {
    cmd->add_option("--engine", o.engine, "virtual (the simulated machine, default) or native (real threads)")
        ->check(CLI::IsMember({"virtual", "native"}));
    // One value per --set, so that `--set K=V FILE` does not swallow FILE.
    cmd->add_option("--set", o.sets,
                    "Override a scenario key: section.key=value (interpreter.gil=py2, machine.cores=4,\n"
                    "interpreter.switch_interval=1ms, scenario.argv=[\"50\"]); repeatable")
        ->allow_extra_args(false);
    cmd->add_option("--seed", o.seed, "Seed of every random choice (same as --set run.seed=N)")->check(CLI::NonNegativeNumber);
}

int default_jobs() {
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 2 : int(n);
}

bool use_color(FILE* f) { return isatty(fileno(f)) && !std::getenv("NO_COLOR"); }

void run_parallel(size_t n, int jobs, const std::function<void(size_t)>& work,
                  const std::function<void(size_t)>& in_order, const std::function<void(size_t)>& progress) {
    std::mutex mu;
    std::condition_variable cv;
    std::vector<char> done(n, 0);
    size_t next = 0, finished = 0;
    auto worker = [&] {
        for (;;) {
            size_t i;
            {
                std::lock_guard<std::mutex> g(mu);
                if (next >= n) return;
                i = next++;
            }
            work(i);
            {
                std::lock_guard<std::mutex> g(mu);
                done[i] = 1;
                finished++;
            }
            cv.notify_all();
        }
    };
    size_t k = std::min<size_t>(n, size_t(std::max(1, jobs)));
    std::vector<std::thread> pool;
    for (size_t t = 0; t < k; t++) pool.emplace_back(worker);
    size_t printed = 0, reported = 0;
    while (printed < n) {
        std::vector<size_t> ready;
        size_t now_finished;
        {
            std::unique_lock<std::mutex> g(mu);
            cv.wait(g, [&] { return finished > reported; });
            now_finished = finished;
            while (printed < n && done[printed]) ready.push_back(printed++);
        }
        reported = now_finished;
        if (progress) progress(now_finished);
        for (size_t i : ready) in_order(i);
    }
    for (auto& t : pool) t.join();
}

}  // namespace gs::cli
