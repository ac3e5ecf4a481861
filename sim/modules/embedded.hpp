// The modules gilsim implements in Python (sim/modules/py/*.py, compiled into the
// executable by tools/embed_py.cmake): threading, queue and the other pure-Python parts,
// built on the native primitives (_thread, sim) like CPython's own threading.py.
#pragma once
#include <cstddef>

namespace gs {

struct EmbeddedModule {
    const char* name;
    const char* source;
};

extern const EmbeddedModule kEmbeddedModules[];
extern const size_t kNumEmbeddedModules;

}  // namespace gs
