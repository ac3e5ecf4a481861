// The importable modules: each has a factory that builds it on first import (so a
// process that never imports threading pays nothing for it).
#pragma once
#include "sim/vm/runtime.hpp"

namespace gs {

Module* new_module(Interp& in, std::string_view name);
Module* make_sys_module(Thread& t);
Module* make_time_module(Thread& t);
Module* make_sim_module(Thread& t);
Module* make_thread_module(Thread& t);
Module* make_mp_module(Thread& t);
Module* make_gevent_module(Thread& t);
Module* make_random_module(Thread& t);
Module* make_asyncio_trace_module(Thread& t);

}  // namespace gs
