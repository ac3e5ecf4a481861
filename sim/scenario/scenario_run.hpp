// Running a loaded scenario once: the engine its settings name, a fresh trace, and the
// report computed from both. Each call is independent (no shared state), so `check` and
// `sweep` run many at once on different threads.
#pragma once
#include <functional>
#include <memory>
#include <string_view>

#include "sim/engine/report.hpp"
#include "sim/scenario/scenario.hpp"

namespace gs {

struct ScenarioRun {
    RunResult result;
    std::unique_ptr<Trace> trace;   // the whole run's events
    Report report;
};

// Runs `sc`; the program's output goes to `output` (fd 1 or 2) as it is written, or
// nowhere when it is null.
ScenarioRun run_scenario(const Scenario& sc, std::function<void(int fd, std::string_view text)> output = nullptr);

}  // namespace gs
