// Interp (one simulated process: its heap, modules, builtins and interned names) and
// Thread (one Python thread: its frames, value stack and exception state). There is no
// global interpreter state: everything reaches its Interp through the Thread it is given,
// so many threads and processes can run side by side in one OS process.
#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sim/core/source.hpp"
#include "sim/lang/code.hpp"
#include "sim/objects/containers.hpp"
#include "sim/objects/function.hpp"
#include "sim/objects/instance.hpp"
#include "sim/objects/misc.hpp"
#include "sim/objects/str.hpp"
#include "sim/vm/builtin_types.hpp"
#include "sim/vm/heap.hpp"

namespace gs {

struct Thread;
class Kernel;

// What the interpreter needs from whoever runs it (the engines, the CLI, tests). The VM
// owns no I/O and reads no clock: it asks its host.
struct Host {
    virtual ~Host() = default;
    // fd 1 = stdout, 2 = stderr.
    virtual void write(Thread& t, int fd, std::string_view text) = 0;
    // The engine's clock in nanoseconds since the run began.
    virtual int64_t now_ns(Thread& t) = 0;
    // Called when a thread's cost counter reaches its budget (see Thread::budget) at an
    // eval-breaker point. The engine may switch threads, drop the lock, deliver signals.
    // Returns false when an exception was set on the thread (e.g. KeyboardInterrupt).
    virtual bool on_breaker(Thread& t);
    // The engine's services for threads, time and I/O (sim/engine/kernel.hpp), when the
    // interpreter runs under an engine; null for a bare interpreter (unit tests).
    virtual Kernel* kernel() { return nullptr; }
};

struct Types {
#define GS_X(field, name, base, kind, sub) Type* field = nullptr;
    GS_BUILTIN_TYPES(GS_X)
#undef GS_X
#define GS_X(field, name, base) Type* field = nullptr;
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X
};

struct Names {
#define GS_X(field, text) Str* field = nullptr;
    GS_NAMES(GS_X)
#undef GS_X
    Str* binop[26] = {};      // __add__ ... and the in-place __iadd__ ... (BINARY_OP operand)
    Str* rbinop[13] = {};     // __radd__ ...
    Str* cmp[6] = {};         // __lt__ ... (CmpKind order)
};

struct InterpConfig {
    int recursion_limit = 1000;
    size_t heap_limit = size_t(4) << 30;
    int64_t instruction_cost_ns = 25;
    std::vector<std::string> argv;      // sys.argv
};

// A frame lives on its thread's value stack: this header, then localsplus, then the
// operand stack. Frames never move, so pointers into them stay valid while they live.
struct Frame {
    Code* code = nullptr;
    Function* func = nullptr;
    Dict* globals = nullptr;
    Dict* locals = nullptr;            // NAME ops (module and class bodies); else null
    const uint32_t* ip = nullptr;      // next instruction (saved when another frame runs)
    Value* sp = nullptr;               // operand stack top (saved likewise)
    Frame* prev = nullptr;
    uint8_t is_entry = 0;              // returning from it leaves the eval loop
    uint8_t returns_self = 0;          // an __init__ called by instance creation
    uint8_t green_bottom = 0;          // the first frame of a green thread
    uint8_t gen_mode = 0;              // a generator's frame: how it was resumed (GenMode)
    uint32_t chunk_start = 0;          // 1: the first frame of its stack chunk

    Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
    Value* stack_base() { return localsplus() + code->nlocalsplus(); }
    uint32_t pc() const { return uint32_t(ip - code->code.data()); }
};
static_assert(sizeof(Frame) % sizeof(Value) == 0);

struct GreenHub;

struct StackChunk {
    StackChunk* prev = nullptr;
    size_t capacity = 0;               // Values
    size_t used = 0;
    Value* data() { return reinterpret_cast<Value*>(this + 1); }
};

struct Interp {
public:
    explicit Interp(Host& host, InterpConfig config = {});
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    Host& host;
    InterpConfig config;
    Heap heap;
    Types types;
    Names names;
    Dict* builtins = nullptr;          // the builtins module's dict
    Dict* modules = nullptr;           // sys.modules
    Module* main = nullptr;            // __main__
    Value not_implemented, ellipsis;
    Tuple* empty_tuple = nullptr;
    Str* empty_str = nullptr;
    Str* char_strs[128] = {};          // one-character ASCII strings, shared
    std::vector<Thread*> threads;      // every live thread of this process
    std::unordered_map<std::string_view, Str*> interned;
    std::vector<SourceRef> sources;    // program files, kept for tracebacks
    // Builtin modules by name: their creators run on first import.
    std::unordered_map<std::string, std::function<Module*(Thread&)>> module_factories;
    // float('nan') gives each NaN its own payload bits, so that two NaNs made by separate
    // calls are not identical (CPython: separate objects), while one NaN is itself.
    uint64_t nan_serial = 0;
    // Objects that natives keep alive across safe points (module state, registries).
    std::vector<Value> extra_roots;
    // gevent.monkey.patch_all() / patch_time() ran: time.sleep in a greenlet suspends
    // only that greenlet, as gevent's patched sleep does.
    bool green_time_patched = false;

    // Runs a collection if one is due and every thread is at a safe point. False (with
    // MemoryError raised) when the heap stays over its limit.
    bool maybe_collect(Thread& t);
    // Every root of the heap (used by the collector).
    void mark_roots();

};

struct Thread {
public:
    Thread(Interp& in, std::string name);
    ~Thread();
    Thread(const Thread&) = delete;
    Thread& operator=(const Thread&) = delete;

    Interp& in;
    std::string name;
    Frame* frame = nullptr;            // innermost frame
    int depth = 0;                     // Python frames on the stack (recursion limit)
    int native_depth = 0;              // natives that called back into Python
    // In the eval breaker: the innermost frame's ip is the instruction about to run, not
    // (as inside a call) the one after the running instruction (where.cpp).
    bool at_breaker = false;
    Value exc;                         // the exception being raised (Null: none)
    Value handled;                     // the exception being handled (sys.exc_info)
    // Cost accounting: every instruction adds its COST column; natives add their work.
    // When units reaches budget at an eval-breaker point, Host::on_breaker runs. Other
    // OS threads lower `budget` to 0 to make this one stop (a drop request).
    uint64_t units = 0;
    std::atomic<uint64_t> budget{UINT64_MAX};
    uint64_t ticks = 0;                // py2 ticks (opcodes with TICK = 1), every-instruction mode
    uint64_t tick_budget = UINT64_MAX; // the breaker fires when ticks reach it
    bool every_instruction = false;    // check the budget at every instruction
    void* engine = nullptr;            // the engine's per-thread record
    std::vector<Value> temp_roots;     // values a native keeps across callbacks
    std::vector<Value> call_buf;       // CALL_FUNCTION_EX's flattened arguments (scratch)

    // Frame stack.
    Frame* push_frame(Code* code, int nvalues);
    void pop_frame(Frame* f);

    // Green threads (gevent): the hub of this OS thread, created on first use; and the
    // request, made by a native that must wait, to switch to another green thread when
    // the eval loop gets control back.
    GreenHub* hub = nullptr;
    bool green_switch = false;
    // A green thread's own stack: swapped in and out as green threads switch.
    struct Stack {
        Frame* frame = nullptr;
        StackChunk* chunk = nullptr;
        StackChunk* spare = nullptr;
        int depth = 0;
        Value handled;
        size_t first_chunk = 256;  // Values in the first chunk (small for green threads)
    };
    void swap_stack(Stack& other);
    static void free_stack(Stack& s);

private:
    StackChunk* chunk_ = nullptr;
    StackChunk* spare_ = nullptr;
    size_t first_chunk_ = 256;
};

// Marks everything a chain of frames references (for the collector).
void mark_frames(Heap& heap, Frame* top);

// Run `f` (already pushed, arguments in place) until it returns; Null on exception.
Value run_frame(Thread& t, Frame* f);

}  // namespace gs
