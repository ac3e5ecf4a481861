// Generators and coroutines: objects that own a suspended frame.
//
// As in CPython 3.11, calling a generator function runs its frame on the thread's stack
// only up to RETURN_GENERATOR, its first instruction: that copies the frame (header and
// localsplus; the operand stack is empty there) into a new Generator object and returns
// the object. From then on the frame lives inside the generator and never moves:
// resuming links it on top of the thread's frame chain (prev = the resumer), and
// YIELD_VALUE unlinks it again, leaving ip and sp saved in the frame. So a suspended
// generator costs no thread stack, and resuming copies nothing.
//
// How the frame was resumed (Frame::gen_mode) decides where a yield or return goes:
//   Entry    by a native (next(), send(), throw(), list(gen)...): a nested eval runs the
//            frame and returns the value; the generator's state tells yield from return.
//   ForIter  by FOR_ITER in the caller's eval loop: a yield pushes the value on the
//            caller's stack and continues after FOR_ITER; a return ends the loop (pops
//            the iterator, jumps to FOR_ITER's target). No allocation per item.
//   Send     by SEND (yield from, await): a yield leaves the value above the receiver;
//            a return replaces the receiver with the value and jumps to SEND's target.
#pragma once
#include "sim/vm/interp.hpp"

namespace gs {

enum class GenState : uint8_t { Created, Suspended, Running, Closed };
enum GenMode : uint8_t { kGenNone = 0, kGenEntry = 1, kGenForIter = 2, kGenSend = 3 };

struct Generator : Object {
    Str* name = nullptr;
    Str* qualname = nullptr;
    Value handled;          // the exception its code is handling, while suspended
    Value caller_handled;   // the resumer's, restored when it yields or ends
    GenState state = GenState::Created;
    uint8_t is_coro = 0;
    uint8_t pad[6] = {};
    Generator() : Object(Kind::Generator) {}
    // The frame is allocated right after the object (see make_generator).
    Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
    static Generator* of(Frame* f) { return reinterpret_cast<Generator*>(f) - 1; }
};
static_assert(sizeof(Generator) % alignof(Frame) == 0);

// RETURN_GENERATOR: a generator (or coroutine) owning a copy of `f`, which is about to
// be popped; the copy resumes at f->ip.
Generator* make_generator(Thread& t, Frame* f);

// Links g's frame on top of `caller` as the running frame (state Running, exception
// state swapped in, `send` pushed as the value of the yield unless it is Null). The
// caller has checked that g may run (gen_check_resume).
Frame* gen_enter(Thread& t, Generator* g, Frame* caller, GenMode mode, Value send);
// The frame of g stops running: suspended at a yield, or finished (frame cleared).
void gen_leave(Thread& t, Generator* g, bool finished);
// Whether g can be resumed with `send`; raises (ValueError "generator already
// executing", TypeError for a non-None first send, RuntimeError for an awaited
// coroutine) and returns false otherwise. A finished generator is reported through
// *finished (nothing raised) so that the caller can treat it as exhausted.
bool gen_check_resume(Thread& t, Generator* g, Value send, bool* finished);
// PEP 479: a StopIteration leaving a generator's frame becomes a RuntimeError.
void gen_fix_stop_iteration(Thread& t, Generator* g);

// Resumes g from native code. Returns the yielded value (*yielded = true), the return
// value (*yielded = false), or Null when it raised. With `throwing`, t.exc is raised
// at the point where g is suspended instead of sending a value.
Value gen_send(Thread& t, Generator* g, Value send, bool throwing, bool* yielded);
// generator.throw(exc): delegates to a `yield from` sub-iterator first, as CPython.
Value gen_throw(Thread& t, Generator* g, Value exc, bool* yielded);
// generator.close(): false when it raised.
bool gen_close(Thread& t, Generator* g);
// The sub-iterator g is delegating to (suspended in yield from / await), or Null.
Value gen_yield_from(Generator* g);

// The eval loop entry for a generator frame already linked by gen_enter (eval.cpp).
Value eval_generator(Thread& t, Frame* f, bool throwing);

// Marks a generator's frame (collector).
void mark_generator(Heap& heap, Generator* g);

// For SEND with a receiver that is not a generator resumable in the loop: sends `v`
// (next() for None). Sets *yielded as gen_send does; Null when it raised.
Value send_any(Thread& t, Value receiver, Value v, bool* yielded);
// GET_AWAITABLE: the iterator that `await v` delegates to; Null when it raised.
Value get_awaitable(Thread& t, Value v);
// GET_YIELD_FROM_ITER.
Value get_yield_from_iter(Thread& t, Value v, Code* code);

void init_generator_types(Interp& in);
// gi_running, cr_await, __name__...: Null (no exception) when `name` is not one of them.
Value generator_attr(Thread& t, Generator* g, Str* name);
// BEFORE_ASYNC_WITH: looks up __aenter__/__aexit__; *exit_out gets the bound __aexit__;
// returns what __aenter__() returned (awaited next).
Value async_with_enter(Thread& t, Value mgr, Value* exit_out);

}  // namespace gs
