// Green threads (gevent's greenlets): many threads of Python code on one OS thread,
// switching only where one of them waits. Each green thread has its own Python frame
// stack; switching swaps which stack the OS thread's eval loop runs, so no C stack is
// needed per green thread and 100,000 of them are cheap. While any of them runs, the
// OS thread holds the interpreter lock as any thread does; when none can run, the OS
// thread blocks (releasing the lock) until the earliest one is due.
//
// A wait can switch only when it is called directly from the green thread's Python code
// (not from inside a native function that called back into Python); otherwise it blocks
// the whole OS thread, which is also what gevent does for code it cannot patch.
#pragma once
#include <deque>
#include <queue>
#include <vector>

#include "sim/core/time.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

struct Greenlet;

struct GreenHub {
    explicit GreenHub(Thread& t);
    ~GreenHub();

    Thread& t;
    int base_native_depth;             // green threads run at this native depth
    Greenlet* current = nullptr;       // null: the main green thread (the OS thread's own)
    Thread::Stack main_stack;          // the main green thread's stack while suspended
    bool main_waiting = false;
    Value main_resume;                 // what the main green thread's wait returns
    bool main_resume_exc = false;
    std::deque<Greenlet*> ready;
    struct Timer {
        Nanos at;
        uint64_t seq;
        Greenlet* g;                   // null: the main green thread
        uint64_t wait_id;
        bool operator>(const Timer& o) const { return at != o.at ? at > o.at : seq > o.seq; }
    };
    std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers;
    uint64_t seq = 0;
    uint64_t main_wait_id = 0;
    bool main_ready = false;
    std::vector<Value> live;           // every greenlet object not yet finished (GC roots)
    uint64_t spawned = 0;

    // Whether a wait here may switch green threads (else it must block the OS thread).
    bool can_switch() const { return t.native_depth == base_native_depth; }
    // The current green thread waits until woken (or until `at`, if >= 0); the eval loop
    // switches when the calling native returns. Returns the wait's id.
    uint64_t wait_current(Nanos at);
    // Makes a waiting green thread runnable; its wait returns `resume`.
    void wake(Greenlet* g, Value resume, bool is_exception = false);
    void wake_main(Value resume, bool is_exception = false);
    void schedule(Greenlet* g);        // a new or woken green thread, to the ready queue

    // The eval loop's side: save the running green thread (unless it finished), pick the
    // next one, block the OS thread until one is due. The chosen stack is swapped in.
    // False when the OS thread must stop (an exception was set while blocking).
    bool switch_next();
    // The running green thread finished (its bottom frame returned or raised).
    void finish_current(Value result, Value exc);
    // After a switch: what the resumed green thread's wait returns (Null: nothing).
    Value take_resume(bool* is_exception);
};

// A green thread; the payload of a gevent Greenlet object.
struct Greenlet : OpaqueData {
    enum class State : uint8_t { New, Ready, Running, Waiting, Dead };
    GreenHub* hub = nullptr;
    Value self;                        // the Greenlet object
    Value fn, args, kwargs;            // before it starts
    State state = State::New;
    Thread::Stack stack;
    Value value, exception;            // result
    Value resume;                      // what its current wait returns
    bool resume_exc = false;
    uint64_t wait_id = 0;
    std::vector<Greenlet*> joiners;
    bool main_joins = false;           // the main green thread waits for it
    Nanos start_at = -1;               // spawn_later
    ~Greenlet() override;
    void trace(void (*visit)(Value, void*), void* ctx) override;
};

GreenHub* hub_of(Thread& t);           // creates it on first use
void mark_hub(GreenHub* hub, Heap& heap);

}  // namespace gs
