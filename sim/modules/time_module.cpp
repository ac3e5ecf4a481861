// The time module: the engine's clock (virtual time in the virtual engine, real time in
// the native one) and sleep, which releases the interpreter lock.
#include <cmath>

#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/vm/args.hpp"

namespace gs {

bool seconds_arg(Thread& t, Value v, const char* what, Nanos* out) {
    double s;
    if (v.is_intlike()) s = double(v.i);
    else if (v.is_float()) s = v.f;
    else {
        raisef(t, t.in.types.TypeError, "'{}' object cannot be interpreted as an integer or float", type_name(t.in, v));
        return false;
    }
    if (std::isnan(s)) {
        raise(t, t.in.types.ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    if (s < 0) {
        raisef(t, t.in.types.ValueError, "{} length must be non-negative", what);
        return false;
    }
    if (s > 1e9) s = 1e9;
    *out = Nanos(std::llround(s * 1e9));
    return true;
}

namespace {

// The run starts at a fixed wall-clock epoch (2024-01-01T00:00:00Z) so that time.time()
// is deterministic in the virtual engine.
constexpr double kEpoch = 1704067200.0;

Value t_sleep(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "sleep", kw) || !check_nargs(t, "sleep", nargs, 1, 1)) return Value::null();
    Nanos ns;
    if (!seconds_arg(t, args[0], "sleep", &ns)) return Value::null();
    Kernel* k = kernel_of(t, "time.sleep");
    if (!k) return Value::null();
    if (t.in.green_time_patched && green_wait(t, *k, ns)) return Value::none();
    if (!k->block_for(t, ns, ThreadState::Sleeping, Reason::SleepRelease)) return Value::null();
    return Value::none();
}

Value clock_value(Thread& t, const char* name, bool ns, double offset) {
    Kernel* k = kernel_of(t, name);
    if (!k) return Value::null();
    Nanos now = k->now(t);
    if (ns) return Value::integer(now + Nanos(offset * 1e9));
    return Value::flt(double(now) / 1e9 + offset);
}

Value t_perf_counter(Thread& t, Value*, int nargs, Tuple*) { return clock_value(t, "time.perf_counter", false, 0); }
Value t_perf_counter_ns(Thread& t, Value*, int, Tuple*) { return clock_value(t, "time.perf_counter_ns", true, 0); }
Value t_monotonic(Thread& t, Value*, int, Tuple*) { return clock_value(t, "time.monotonic", false, 0); }
Value t_monotonic_ns(Thread& t, Value*, int, Tuple*) { return clock_value(t, "time.monotonic_ns", true, 0); }
Value t_time(Thread& t, Value*, int, Tuple*) { return clock_value(t, "time.time", false, kEpoch); }
Value t_time_ns(Thread& t, Value*, int, Tuple*) { return clock_value(t, "time.time_ns", true, kEpoch); }
Value t_process_time(Thread& t, Value*, int, Tuple*) { return clock_value(t, "time.process_time", false, 0); }

}  // namespace

Module* make_time_module(Thread& t) {
    Module* m = new_module(t.in, "time");
    add_functions(t.in, m->dict,
                  {{"sleep", t_sleep},
                   {"perf_counter", t_perf_counter},
                   {"perf_counter_ns", t_perf_counter_ns},
                   {"monotonic", t_monotonic},
                   {"monotonic_ns", t_monotonic_ns},
                   {"time", t_time},
                   {"time_ns", t_time_ns},
                   {"process_time", t_process_time},
                   {"thread_time", t_process_time}});
    return m;
}

}  // namespace gs
