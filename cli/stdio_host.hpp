// The host for `gilsim exec` before an engine runs it: output to the process's stdout
// and stderr, and a clock that counts simulated instruction time.
#pragma once
#include <cstdio>

#include "sim/vm/interp.hpp"

namespace gs::cli {

class StdioHost : public Host {
public:
    void write(Thread& t, int fd, std::string_view text) override {
        if (fd == 2) std::fflush(stdout);
        std::fwrite(text.data(), 1, text.size(), fd == 2 ? stderr : stdout);
    }
    int64_t now_ns(Thread& t) override { return int64_t(t.units) * t.in.config.instruction_cost_ns; }
    void flush() { std::fflush(stdout); }
};

}  // namespace gs::cli
