// The modules a program can import, by name.
#include "sim/modules/embedded.hpp"
#include "sim/modules/modules.hpp"
#include "sim/objects/init.hpp"

namespace gs {

void register_modules(Interp& in) {
    for (size_t i = 0; i < kNumEmbeddedModules; i++) {
        const EmbeddedModule& m = kEmbeddedModules[i];
        in.module_factories[m.name] = [m](Thread& t) {
            auto src = std::make_shared<Source>(std::string("<gilsim>/") + m.name + ".py", m.source);
            return run_module(t, m.name, src);
        };
    }
    // A module of a package: embedded under a flat name (the file name has no dots).
    in.module_factories["concurrent.futures"] = in.module_factories["_concurrent_futures"];
    in.module_factories["_thread"] = make_thread_module;
    in.module_factories["_multiprocessing"] = make_mp_module;
    in.module_factories["_gevent"] = make_gevent_module;
    in.module_factories["sys"] = make_sys_module;
    in.module_factories["time"] = make_time_module;
    in.module_factories["sim"] = make_sim_module;
    in.module_factories["random"] = make_random_module;
    in.module_factories["_asyncio_trace"] = make_asyncio_trace_module;
}

}  // namespace gs
