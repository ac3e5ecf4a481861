#include "sim/vm/green.hpp"

#include "sim/engine/kernel.hpp"
#include "sim/vm/call.hpp"

namespace gs {

namespace {
// A switch costs the time of the hub's own bookkeeping in gevent (about 40 instructions).
constexpr uint64_t kSwitchCost = 40;
// A green thread's first stack chunk, in Values: small, since there may be 100,000.
constexpr size_t kGreenFirstChunk = 96;
}  // namespace

GreenHub::GreenHub(Thread& th) : t(th), base_native_depth(th.native_depth) {}

GreenHub::~GreenHub() { Thread::free_stack(main_stack); }

GreenHub* hub_of(Thread& t) {
    if (!t.hub) t.hub = new GreenHub(t);
    return t.hub;
}

void delete_hub(Thread* t) {
    delete t->hub;
    t->hub = nullptr;
}

Greenlet::~Greenlet() { Thread::free_stack(stack); }

void Greenlet::trace(void (*visit)(Value, void*), void* ctx) {
    visit(self, ctx);
    visit(fn, ctx);
    visit(args, ctx);
    visit(kwargs, ctx);
    visit(value, ctx);
    visit(exception, ctx);
    visit(resume, ctx);
    visit(stack.handled, ctx);
    for (Frame* f = stack.frame; f; f = f->prev) {
        visit(Value(f->code), ctx);
        if (f->func) visit(Value(f->func), ctx);
        if (f->globals) visit(Value(f->globals), ctx);
        if (f->locals) visit(Value(f->locals), ctx);
        Value* end = f->sp ? f->sp : f->stack_base();
        for (Value* v = f->localsplus(); v < end; v++) visit(*v, ctx);
    }
}

void mark_hub(GreenHub* hub, Heap& heap) {
    for (Value v : hub->live) heap.mark_value(v);
    mark_frames(heap, hub->main_stack.frame);
    heap.mark_value(hub->main_stack.handled);
    heap.mark_value(hub->main_resume);
}

uint64_t GreenHub::wait_current(Nanos at) {
    uint64_t id;
    if (current) {
        current->state = Greenlet::State::Waiting;
        id = ++current->wait_id;
    } else {
        main_waiting = true;
        main_ready = false;
        id = ++main_wait_id;
    }
    if (at >= 0) timers.push({at, seq++, current, id});
    t.green_switch = true;
    return id;
}

void GreenHub::schedule(Greenlet* g) {
    if (g->state != Greenlet::State::New) g->state = Greenlet::State::Ready;
    ready.push_back(g);
}

void GreenHub::wake(Greenlet* g, Value resume, bool is_exception) {
    if (g->state != Greenlet::State::Waiting) return;
    g->resume = resume;
    g->resume_exc = is_exception;
    g->wait_id++;  // its pending timer, if any, is stale now
    schedule(g);
}

void GreenHub::wake_main(Value resume, bool is_exception) {
    if (!main_waiting) return;
    main_waiting = false;
    main_ready = true;
    main_resume = resume;
    main_resume_exc = is_exception;
    main_wait_id++;
}

Value GreenHub::take_resume(bool* is_exception) {
    Value v;
    if (current) {
        v = current->resume;
        *is_exception = current->resume_exc;
        current->resume = Value();
    } else {
        v = main_resume;
        *is_exception = main_resume_exc;
        main_resume = Value();
    }
    return v;
}

void GreenHub::finish_current(Value result, Value exc) {
    Greenlet* g = current;
    g->state = Greenlet::State::Dead;
    g->value = result.is_null() ? Value::none() : result;
    g->exception = exc;
    if (!exc.is_null() && is_kind(exc, Kind::Exception)) {
        // gevent reports a green thread's failure and carries on with the others.
        std::string text = format_exception(t, exc);
        std::string what = std::string(type_name(t.in, exc));
        t.in.host.write(t, 2, text);
        t.in.host.write(t, 2, fmt::format("{} failed with {}\n\n", "<Greenlet>", what));
    }
    for (Greenlet* j : g->joiners) wake(j, Value());
    g->joiners.clear();
    if (g->main_joins) {
        g->main_joins = false;
        wake_main(Value());
    }
    // Its stack (now without frames) is given back; the object stays as a result.
    Thread::Stack spent;
    t.swap_stack(spent);
    Thread::free_stack(spent);
    for (size_t i = 0; i < live.size(); i++)
        if (live[i].o == g->self.o) {
            live[i] = live.back();
            live.pop_back();
            break;
        }
    g->self = Value();
}

bool GreenHub::switch_next() {
    t.units += kSwitchCost;
    // Save the running green thread (a finished one has nothing left to save).
    if (current && current->state != Greenlet::State::Dead) t.swap_stack(current->stack);
    else if (!current) t.swap_stack(main_stack);
    Kernel* k = t.in.host.kernel();
    for (;;) {
        if (main_ready) {
            main_ready = false;
            current = nullptr;
            t.swap_stack(main_stack);
            return true;
        }
        if (!ready.empty()) {
            Greenlet* g = ready.front();
            ready.pop_front();
            current = g;
            if (g->state == Greenlet::State::New) {
                g->state = Greenlet::State::Running;
                t.swap_stack(g->stack);  // empty, with a small first chunk
                std::vector<Value> buf(1);
                Tuple* a = as<Tuple>(g->args);
                buf.insert(buf.end(), a->items(), a->items() + a->n);
                Tuple* kwnames = nullptr;
                if (is_kind(g->kwargs, Kind::Dict) && as<Dict>(g->kwargs)->used) {
                    Dict* d = as<Dict>(g->kwargs);
                    kwnames = new_tuple(t.in, d->used);
                    uint32_t n = 0;
                    for (auto& e : d->entries)
                        if (!e.key.is_null()) {
                            kwnames->items()[n++] = e.key;
                            buf.push_back(e.value);
                        }
                }
                bool raised;
                Frame* f = toplevel_frame(t, g->fn, buf.data() + 1, int(buf.size()) - 1, kwnames, &raised);
                g->fn = g->args = g->kwargs = Value();
                if (!f) {
                    // Not Python code: run it whole (it cannot switch), then it is done.
                    Value r = raised ? Value::null() : call(t, Value::none(), nullptr, 0);
                    finish_current(r, take_exc(t));
                    continue;
                }
                f->green_bottom = 1;
                t.frame = f;
                t.depth = 1;
                return true;
            }
            g->state = Greenlet::State::Running;
            t.swap_stack(g->stack);
            return true;
        }
        // Nothing ready: fire the timers that are due, or wait for the earliest.
        Nanos now = k ? k->now(t) : 0;
        bool fired = false;
        while (!timers.empty() && timers.top().at <= now) {
            Timer tm = timers.top();
            timers.pop();
            if (tm.g) {
                if (tm.g->state == Greenlet::State::Waiting && tm.g->wait_id == tm.wait_id) {
                    wake(tm.g, Value());  // the wait returns what the native returned
                    fired = true;
                } else if (tm.g->state == Greenlet::State::New && tm.g->start_at >= 0 && tm.wait_id == 0) {
                    tm.g->start_at = -1;
                    ready.push_back(tm.g);
                    fired = true;
                }
            } else if (main_waiting && tm.wait_id == main_wait_id) {
                wake_main(Value());
                fired = true;
            }
        }
        if (fired) continue;
        if (!timers.empty() && k) {
            // The OS thread sleeps (lock released) until the next green thread is due.
            if (!k->block_for(t, timers.top().at - now, ThreadState::Io, Reason::IoRelease)) {
                wake_main(take_exc(t), true);
            }
            continue;
        }
        // Nothing can ever run again: the main green thread's wait fails, as gevent's
        // LoopExit ("This operation would block forever").
        Value e = new_exception(t, t.in.types.RuntimeError, "This operation would block forever");
        if (main_waiting) wake_main(e, true);
        else {
            main_ready = true;
            main_resume = e;
            main_resume_exc = true;
        }
    }
}

}  // namespace gs
