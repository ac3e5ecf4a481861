// The sim module: gilsim's own workloads. Blocking I/O that releases the lock, native
// computation that holds it (or not), sockets to peers outside the interpreter, and
// sim.report for the run's metrics. Every duration is in seconds, as time.sleep's.
#include <cmath>
#include <deque>

#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/modules/native_class.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/green.hpp"

namespace gs {

namespace {

// A connection to a peer outside the interpreter. For sim.connect, the peer answers
// each send `latency + service + latency` after it; for sim.serve, an outside client
// sends a request, waits for the reply, and sends the next: each request arrives
// `latency` after the previous reply left plus `latency` on the way back.
struct Socket : OpaqueData {
    bool server = false;
    Nanos latency = 0;
    Nanos service = 0;
    std::deque<Nanos> pending;   // when the next messages become readable
    bool closed = false;
    uint64_t sent = 0, received = 0;
};

// sim.Socket, found through sys.modules (natives carry no module pointer).
Type* socket_class(Thread& t) {
    Value m = dict_get_str(t.in.modules, intern(t.in, "sim"));
    if (!is_kind(m, Kind::Module)) return nullptr;
    Value c = dict_get_str(as<Module>(m)->dict, intern(t.in, "Socket"));
    return is_kind(c, Kind::Type) ? as<Type>(c) : nullptr;
}

Socket* sock_of(Thread& t, Value self, const char* m) {
    Type* cls = socket_class(t);
    Socket* s = cls ? payload<Socket>(t, self, cls, m) : nullptr;
    if (s && s->closed) {
        raise(t, t.in.types.OSError, "[Errno 9] Bad file descriptor");
        return nullptr;
    }
    return s;
}


Value s_send(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "send", kw) || !check_nargs(t, "send", nargs, 2, 2)) return Value::null();
    Socket* s = sock_of(t, args[0], "send");
    if (!s) return Value::null();
    int64_t n = length(t, args[1]);
    if (n < 0) return Value::null();
    Kernel* k = kernel_of(t, "socket.send");
    if (!k) return Value::null();
    // The kernel buffers the data, so send returns at once; but it is still a system call
    // that releases the lock around it, and getting the lock back may take a while.
    if (!k->block_for(t, 0, ThreadState::Io, Reason::IoRelease)) return Value::null();
    Nanos now = k->now(t);
    if (s->server) s->pending.push_back(now + 2 * s->latency);   // the client's next request
    else s->pending.push_back(now + 2 * s->latency + s->service);  // the peer's answer
    s->sent++;
    return Value::integer(n);
}

Value s_recv(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "recv", kw) || !check_nargs(t, "recv", nargs, 1, 2)) return Value::null();
    Socket* s = sock_of(t, args[0], "recv");
    if (!s) return Value::null();
    int64_t n = 1;
    if (nargs > 1 && !arg_int(t, args[1], &n)) return Value::null();
    Kernel* k = kernel_of(t, "socket.recv");
    if (!k) return Value::null();
    if (s->pending.empty()) {
        if (!s->server)
            return raise(t, t.in.types.OSError, "recv() would block forever: nothing was sent to the peer");
        s->pending.push_back(k->now(t) + s->latency);
    }
    Nanos ready = s->pending.front();
    s->pending.pop_front();
    Nanos wait = std::max<Nanos>(0, ready - k->now(t));
    if (!green_wait(t, *k, wait) && !k->block_for(t, wait, ThreadState::Io, Reason::IoRelease)) return Value::null();
    s->received++;
    std::string data(size_t(std::max<int64_t>(1, std::min<int64_t>(n, 1))), 'x');
    return Value(new_bytes(t.in, data));
}

Value s_close(Thread& t, Value* args, int nargs, Tuple* kw) {
    Type* cls = socket_class(t);
    Socket* s = cls ? payload<Socket>(t, args[0], cls, "close") : nullptr;
    if (!s) return Value::null();
    s->closed = true;
    return Value::none();
}

Value s_enter(Thread& t, Value* args, int nargs, Tuple*) { return args[0]; }
Value s_exit(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value r = s_close(t, args, 1, nullptr);
    return r.is_null() ? r : Value::boolean(false);
}

Value make_socket(Thread& t, bool server, Nanos latency, Nanos service) {
    auto s = std::make_unique<Socket>();
    s->server = server;
    s->latency = latency;
    s->service = service;
    return new_opaque(t.in, socket_class(t), std::move(s));
}

Value m_connect(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value lat = Value::flt(0.0), svc = Value::flt(0.0);
    if (!bind_args(t, "connect", args, nargs, kw, {"latency", "service"}, 1, {&lat, &svc})) return Value::null();
    Nanos l, sv;
    if (!seconds_arg(t, lat, "latency", &l) || !seconds_arg(t, svc, "service", &sv)) return Value::null();
    return make_socket(t, false, l, sv);
}

Value m_serve(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value lat = Value::flt(0.0);
    if (!bind_args(t, "serve", args, nargs, kw, {"latency"}, 1, {&lat})) return Value::null();
    Nanos l;
    if (!seconds_arg(t, lat, "latency", &l)) return Value::null();
    return make_socket(t, true, l, 0);
}

Value m_io(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "io", kw) || !check_nargs(t, "io", nargs, 1, 1)) return Value::null();
    Nanos ns;
    if (!seconds_arg(t, args[0], "io", &ns)) return Value::null();
    Kernel* k = kernel_of(t, "sim.io");
    if (!k) return Value::null();
    if (!green_wait(t, *k, ns) && !k->block_for(t, ns, ThreadState::Io, Reason::IoRelease)) return Value::null();
    return Value::none();
}

// interrupt(after): SIGINT reaches this process `after` seconds from now, as if the
// user pressed Ctrl-C then; the main thread raises KeyboardInterrupt when it next runs.
Value m_interrupt(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value after = Value::integer(0);
    if (!bind_args(t, "interrupt", args, nargs, kw, {"after"}, 0, {&after})) return Value::null();
    Nanos ns;
    if (!seconds_arg(t, after, "interrupt", &ns)) return Value::null();
    Kernel* k = kernel_of(t, "sim.interrupt");
    if (!k) return Value::null();
    k->interrupt_at(t, k->now(t) + ns);
    return Value::none();
}

Value m_cpu(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value secs, release = Value::boolean(false);
    if (!bind_args(t, "cpu", args, nargs, kw, {"seconds", "release_gil"}, 1, {&secs, &release}))
        return Value::null();
    Nanos ns;
    if (!seconds_arg(t, secs, "cpu", &ns)) return Value::null();
    int rel = truthy(t, release);
    if (rel < 0) return Value::null();
    Kernel* k = kernel_of(t, "sim.cpu");
    if (!k || !k->cpu(t, ns, rel != 0)) return Value::null();
    return Value::none();
}

Value m_report(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "report", kw) || !check_nargs(t, "report", nargs, 2, 2)) return Value::null();
    Str* name = arg_str(t, args[0], "report", "name");
    if (!name) return Value::null();
    double v;
    if (!arg_float(t, args[1], &v)) return Value::null();
    Kernel* k = kernel_of(t, "sim.report");
    if (!k) return Value::null();
    k->report(t, std::string(name->view()), v);
    return Value::none();
}

Value m_now(Thread& t, Value*, int, Tuple*) {
    Kernel* k = kernel_of(t, "sim.now");
    if (!k) return Value::null();
    return Value::flt(double(k->now(t)) / 1e9);
}

}  // namespace

Module* make_sim_module(Thread& t) {
    Interp& in = t.in;
    Module* m = new_module(in, "sim");
    make_native_class(in, m, "Socket",
                                   {{"send", s_send},
                                    {"sendall", s_send},
                                    {"recv", s_recv},
                                    {"close", s_close},
                                    {"__enter__", s_enter},
                                    {"__exit__", s_exit}});
    add_functions(in, m->dict,
                  {{"io", m_io},
                   {"cpu", m_cpu},
                   {"interrupt", m_interrupt},
                   {"connect", m_connect},
                   {"serve", m_serve},
                   {"report", m_report},
                   {"now", m_now}});
    return m;
}

}  // namespace gs
