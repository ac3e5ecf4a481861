// Running a program on the engine the options name.
#include "sim/engine/machine.hpp"
#include "sim/engine/virtual/vengine.hpp"

namespace gs {

RunResult run_native(const RunOptions& opts);

RunResult run_program(const RunOptions& opts) {
    if (opts.engine == EngineKind::Native) return run_native(opts);
    VEngine e(opts);
    return e.run();
}

}  // namespace gs
