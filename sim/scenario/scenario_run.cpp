#include "sim/scenario/scenario_run.hpp"

namespace gs {

ScenarioRun run_scenario(const Scenario& sc, std::function<void(int, std::string_view)> output) {
    ScenarioRun run;
    run.trace = std::make_unique<Trace>();
    RunOptions opts = sc.options;
    opts.output = std::move(output);
    opts.trace = run.trace.get();
    run.result = run_program(opts);
    run.report = make_report(*run.trace, run.result, opts);
    return run;
}

}  // namespace gs
