// Test support shared by the unit tests: an interpreter whose host records what the
// program writes, and a one-call way to run a program's source as __main__.
#pragma once
#include <string>
#include <string_view>

#include "sim/vm/runtime.hpp"

namespace gs::testing {

struct CaptureHost : Host {
    std::string out, err;
    void write(Thread&, int fd, std::string_view text) override { (fd == 2 ? err : out) += text; }
    int64_t now_ns(Thread& t) override { return int64_t(t.units) * t.in.config.instruction_cost_ns; }
};

struct RunResult {
    int status = 0;
    std::string out, err;
};

// Runs `source` as the program /test/prog.py on a fresh interpreter.
inline RunResult run_source(std::string_view source, InterpConfig cfg = {}, bool every_instruction = false) {
    CaptureHost host;
    Interp in(host, std::move(cfg));
    Thread main(in, "MainThread");
    main.every_instruction = every_instruction;
    RunResult r;
    r.status = run_main(main, std::make_shared<Source>("/test/prog.py", std::string(source)));
    r.out = host.out;
    r.err = host.err;
    return r;
}

}  // namespace gs::testing
