// Test support for the modules that need an engine (threading, queue, random, ...): runs
// a whole Python program on the virtual engine, as `gilsim exec` does, and returns what
// it printed. The program is /test/prog.py in tracebacks.
//
//   ProgramRun r = run_python(R"(print("hi"))", "py2");
//   CHECK(r.out == "hi\n");
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "sim/engine/machine.hpp"
#include "sim/scenario/settings.hpp"

namespace gs::testing {

struct ProgramRun {
    int exit_code = 0;
    std::string out;      // everything written to stdout
    std::string err;      // everything written to stderr
    RunResult result;     // elapsed time, metrics, engine errors (deadlock...)
};

struct ProgramOptions {
    std::string policy = "py3";
    EngineKind engine = EngineKind::Virtual;
    uint64_t seed = 1;
    int cores = 2;
    Nanos interval = -1;      // the switch interval or quantum; -1: the policy's default
    bool check_lock = false;  // RunOptions::check_lock
    size_t heap_limit = size_t(4) << 30;
    Trace* trace = nullptr;
    // Simulated seconds before the run is stopped: a hung test fails quickly.
    Nanos time_limit = 20'000'000'000;
};

inline ProgramRun run_python(std::string_view source, const ProgramOptions& opts) {
    RunOptions ro;
    ro.engine = opts.engine;
    ro.policy.name = opts.policy;
    if (opts.interval >= 0) ro.policy.interval = opts.interval;
    finish_settings(ro, opts.interval >= 0);
    ro.seed = opts.seed;
    ro.machine.cores = opts.cores;
    ro.check_lock = opts.check_lock;
    ro.heap_limit = opts.heap_limit;
    ro.trace = opts.trace;
    ro.time_limit = opts.time_limit;
    ro.program = std::make_shared<Source>("/test/prog.py", std::string(source));
    ro.argv.push_back("/test/prog.py");
    ProgramRun run;
    ro.output = [&run](int fd, std::string_view text) { (fd == 2 ? run.err : run.out) += text; };
    run.result = run_program(ro);
    run.exit_code = run.result.exit_code;
    return run;
}

inline ProgramRun run_python(std::string_view source, std::string policy = "py3", uint64_t seed = 1) {
    ProgramOptions opts;
    opts.policy = std::move(policy);
    opts.seed = seed;
    return run_python(source, opts);
}

}  // namespace gs::testing
