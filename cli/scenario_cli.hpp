// What run, check and sweep share: the scenario options (--engine, --set, --seed) turned
// into overrides, the report as text and JSON, and running jobs in parallel.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sim/engine/report.hpp"
#include "sim/scenario/scenario.hpp"

namespace gs::cli {

struct ScenarioOptions {
    std::string engine;
    std::vector<std::string> sets;
    int64_t seed = -1;
    // The overrides in the order they apply: --set in order, then --engine and --seed.
    std::vector<std::string> overrides() const;
};

// Registers --engine, --set (one value each, repeatable) and --seed on `cmd`.
void add_scenario_options(CLI::App* cmd, ScenarioOptions& o);

// The report a person reads (report_print.cpp). `color`: ANSI colours for the bars.
std::string format_report(const Scenario& sc, const Report& r, bool color);
// The report as JSON: the same dotted paths as [expect] (threads.NAME.io -> "threads":
// {"NAME": {"io": ...}}), times in seconds.
nlohmann::json report_json(const Scenario& sc, const Report& r);
// A duration for people: "0.835 s", "12.3 ms", "45.0 us", "0".
std::string format_time(Nanos ns);

// Runs work(0..n-1) on `jobs` threads; calls in_order(i) on the calling thread for each
// i in index order as soon as jobs 0..i are done, and progress(done) after each job.
void run_parallel(size_t n, int jobs, const std::function<void(size_t)>& work,
                  const std::function<void(size_t)>& in_order, const std::function<void(size_t)>& progress = nullptr);
// The default for -j: the number of cores.
int default_jobs();
// Whether a stream is a terminal that takes ANSI colours (and NO_COLOR is unset).
bool use_color(FILE* f);

}  // namespace gs::cli
