// Running a program on the engine the options name.
#include "sim/engine/machine.hpp"
#include "sim/engine/virtual/vengine.hpp"

namespace gs {

RunResult run_native(const RunOptions& opts);

RunResult run_program(const RunOptions& opts) {
    // Where module code (asyncio's task events) finds the run's trace; see trace.hpp.
    AnnotationScope scope(opts.trace, opts.engine == EngineKind::Native);
    if (opts.engine == EngineKind::Native) return run_native(opts);
    VEngine e(opts);
    return e.run();
}

}  // namespace gs
