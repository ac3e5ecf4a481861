// The native engine (real threads). STUB until written.
#include "sim/engine/machine.hpp"

namespace gs {

RunResult run_native(const RunOptions& opts) {
    RunResult r;
    r.exit_code = 2;
    r.error = "the native engine is not available yet";
    return r;
}

}  // namespace gs
