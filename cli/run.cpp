// `gilsim run SCENARIO`: one run, the program's output, then the report.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/scenario_cli.hpp"
#include "sim/engine/chrome_trace.hpp"
#include "sim/scenario/scenario_run.hpp"

namespace gs::cli {

namespace {

struct RunCmd {
    std::string file;
    ScenarioOptions so;
    bool json = false;
    bool quiet = false;
    std::string trace;
};

int exit_status(const RunResult& r) {
    if (r.timed_out) return 124;
    return r.exit_code;
}

}  // namespace

Runner add_run(CLI::App& app) {
    auto o = std::make_shared<RunCmd>();
    CLI::App* cmd = app.add_subcommand("run", "Run a scenario once and report what every thread and the lock did");
    cmd->add_option("scenario", o->file, "The scenario file (.toml)")->required();
    add_scenario_options(cmd, o->so);
    cmd->add_flag("--json", o->json, "Print the report as JSON on stdout (the program's output goes to stderr)");
    cmd->add_flag("--quiet,-q", o->quiet, "Leave out the program's output");
    cmd->add_option("--trace", o->trace,
                    "Also write the timeline as a Chrome trace (JSON) to this file; open it in ui.perfetto.dev");
    cmd->footer(
        "Prints the program's output, then per thread a bar of where its time went (running, waiting for\n"
        "the interpreter lock, I/O, sleeping, ready), the lock's statistics and the metrics the program\n"
        "reported with sim.report. Exit status: 0, 1 the program raised, 2 bad scenario, 124 time limit.\n\n"
        "Examples:\n"
        "  gilsim run scenarios/convoy.toml\n"
        "  gilsim run scenarios/convoy.toml --set interpreter.gil=py3-prio --trace convoy.json\n"
        "  gilsim run scenarios/convoy.toml --json --quiet | jq .threads.server");
    return [o]() {
        ScenarioResult loaded = load_scenario(o->file, o->so.overrides());
        if (auto* err = std::get_if<ScenarioError>(&loaded)) {
            std::fprintf(stderr, "%s\n", err->render().c_str());
            return 2;
        }
        const Scenario& sc = std::get<Scenario>(loaded);
        std::ofstream trace_out;
        if (!o->trace.empty()) {
            // Fail before the run, not after it.
            trace_out.open(o->trace, std::ios::binary);
            if (!trace_out) {
                std::fprintf(stderr, "gilsim: cannot write the trace file %s\n", o->trace.c_str());
                return 2;
            }
        }
        std::function<void(int, std::string_view)> output;
        bool printed = false;  // a blank line separates the program's output from the report
        if (!o->quiet) {
            bool to_stderr = o->json;
            output = [to_stderr, &printed](int fd, std::string_view s) {
                FILE* f = fd == 2 || to_stderr ? stderr : stdout;
                if (f == stderr) std::fflush(stdout);
                else printed = true;
                std::fwrite(s.data(), 1, s.size(), f);
            };
        }
        ScenarioRun run = run_scenario(sc, output);
        std::fflush(stdout);
        if (!run.result.error.empty() && run.result.exit_code != 0)
            std::fprintf(stderr, "gilsim: %s\n", run.result.error.c_str());
        if (run.trace->size() == 0 && run.result.exit_code != 0) return run.result.exit_code;  // nothing ran
        if (o->json) {
            std::cout << report_json(sc, run.report).dump(2) << "\n";
        } else {
            if (printed) std::fputs("\n", stdout);
            std::fputs(format_report(sc, run.report, use_color(stdout)).c_str(), stdout);
        }
        if (trace_out.is_open()) {
            write_chrome_trace(trace_out, *run.trace, run.report, sc.name);
            trace_out.close();
            if (!trace_out) {
                std::fprintf(stderr, "gilsim: writing %s failed\n", o->trace.c_str());
                return 2;
            }
        }
        std::fflush(stdout);
        return exit_status(run.result);
    };
}

}  // namespace gs::cli
