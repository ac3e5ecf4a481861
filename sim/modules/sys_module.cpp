// The sys module: argv, exit, version, the recursion limit, and stdout/stderr objects
// whose write() goes to the host. The switch/check intervals live with the engines.
#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

// sys.stdout / sys.stderr: a tiny object with write() and flush(); `data` holds the fd.
Value stream_write(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!check_nargs(t, "write", nargs, 2, 2)) return Value::null();
    Str* s = arg_str(t, args[1], "write");
    if (!s) return Value::null();
    Value fd = getattr(t, args[0], intern(t.in, "_fd"));
    if (fd.is_null()) return fd;
    t.in.host.write(t, int(fd.i), s->view());
    return Value::integer(s->nchars);
}

Value stream_flush(Thread& t, Value*, int, Tuple*) { return Value::none(); }

Value sys_exit(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "exit", kw) || !check_nargs(t, "exit", nargs, 0, 1)) return Value::null();
    Tuple* a = new_tuple(t.in, args, uint32_t(nargs));
    auto* e = t.in.heap.make<ExceptionObj>(t.in.types.SystemExit, 0);
    e->args = a;
    return raise_value(t, Value(e));
}

Value sys_getrecursionlimit(Thread& t, Value*, int, Tuple*) {
    return Value::integer(t.in.config.recursion_limit);
}

Value sys_setrecursionlimit(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "setrecursionlimit", kw) || !check_nargs(t, "setrecursionlimit", nargs, 1, 1))
        return Value::null();
    int64_t n;
    if (!arg_int(t, args[0], &n)) return Value::null();
    if (n < 1) return raise(t, t.in.types.ValueError, "recursion limit must be greater or equal than 1");
    if (n <= t.depth)
        return raisef(t, t.in.types.RecursionError,
                      "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n,
                      t.depth);
    // Deep Python recursion does not use the C stack (frames live on the value stack),
    // but native re-entry does; keep a sane ceiling.
    t.in.config.recursion_limit = int(std::min<int64_t>(n, 1000000));
    return Value::none();
}

// The interpreter lock's knobs, changeable while the program runs.
Value sys_setswitchinterval(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "setswitchinterval", kw) || !check_nargs(t, "setswitchinterval", nargs, 1, 1))
        return Value::null();
    double secs;
    if (!arg_float(t, args[0], &secs)) return Value::null();
    if (secs <= 0) return raise(t, t.in.types.ValueError, "switch interval must be strictly positive");
    Kernel* k = kernel_of(t, "sys.setswitchinterval");
    if (!k) return Value::null();
    k->set_switch_interval(t, std::max<Nanos>(1, Nanos(secs * 1e9 + 0.5)));
    return Value::none();
}

Value sys_getswitchinterval(Thread& t, Value*, int nargs, Tuple*) {
    Kernel* k = kernel_of(t, "sys.getswitchinterval");
    return k ? Value::flt(double(k->switch_interval(t)) / 1e9) : Value::null();
}

Value sys_setcheckinterval(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "setcheckinterval", kw) || !check_nargs(t, "setcheckinterval", nargs, 1, 1))
        return Value::null();
    int64_t n;
    if (!arg_int(t, args[0], &n)) return Value::null();
    Kernel* k = kernel_of(t, "sys.setcheckinterval");
    if (!k) return Value::null();
    k->set_check_interval(t, int(std::clamp<int64_t>(n, -1, 1 << 30)));
    return Value::none();
}

Value sys_getcheckinterval(Thread& t, Value*, int nargs, Tuple*) {
    Kernel* k = kernel_of(t, "sys.getcheckinterval");
    return k ? Value::integer(k->check_interval(t)) : Value::null();
}

Value sys_intern(Thread& t, Value* args, int nargs, Tuple*) {
    if (!check_nargs(t, "intern", nargs, 1, 1)) return Value::null();
    Str* s = arg_str(t, args[0], "intern");
    return s ? Value(intern(t.in, s->view())) : Value::null();
}

Value sys_exc_info(Thread& t, Value*, int, Tuple*) {
    Value e = t.handled;
    if (e.is_null() || e.is_none()) return make_tuple(t.in, {Value::none(), Value::none(), Value::none()});
    return make_tuple(t.in, {Value(type_of(t.in, e)), e, Value::none()});
}

Value make_stream(Thread& t, Module* sys, const char* name, int fd) {
    Interp& in = t.in;
    // A class per stream keeps reprs readable: <sys.stdout>.
    Type* cls = in.heap.make<Type>(in.types.type, 0);
    cls->name = intern(in, "TextIOWrapper");
    cls->module = intern(in, "_io");
    cls->base = in.types.object;
    cls->dict = new_dict(in);
    cls->tflags = 0;
    cls->slots = in.types.object->slots;
    add_methods(in, cls, {{"write", stream_write}, {"flush", stream_flush}});
    Value obj = Value(in.heap.make<Instance>(cls, 0));
    setattr(t, obj, intern(in, "_fd"), Value::integer(fd));
    setattr(t, obj, intern(in, "name"), make_str(in, fmt::format("<{}>", name)));
    dict_set_str(in, sys->dict, intern(in, name), obj);
    return obj;
}

}  // namespace

Module* make_sys_module(Thread& t) {
    Interp& in = t.in;
    Module* m = new_module(in, "sys");
    Dict* d = m->dict;
    add_functions(in, d,
                  {{"exit", sys_exit},
                   {"getrecursionlimit", sys_getrecursionlimit},
                   {"setrecursionlimit", sys_setrecursionlimit},
                   {"intern", sys_intern},
                   {"exc_info", sys_exc_info},
                   {"setswitchinterval", sys_setswitchinterval},
                   {"getswitchinterval", sys_getswitchinterval},
                   {"setcheckinterval", sys_setcheckinterval},
                   {"getcheckinterval", sys_getcheckinterval}});
    List* argv = new_list(in);
    for (const std::string& a : in.config.argv) argv->items.push_back(make_str(in, a));
    dict_set_str(in, d, intern(in, "argv"), Value(argv));
    dict_set_str(in, d, intern(in, "version"),
                 make_str(in, "3.11.7 (gilsim " GILSIM_VERSION ", simulated interpreter)"));
    dict_set_str(in, d, intern(in, "version_info"),
                 make_tuple(in, {Value::integer(3), Value::integer(11), Value::integer(7), make_str(in, "final"),
                                 Value::integer(0)}));
    dict_set_str(in, d, intern(in, "platform"), make_str(in, "linux"));
    dict_set_str(in, d, intern(in, "maxsize"), Value::integer(INT64_MAX));
    dict_set_str(in, d, intern(in, "byteorder"), make_str(in, "little"));
    dict_set_str(in, d, intern(in, "modules"), Value(in.modules));
    dict_set_str(in, d, intern(in, "implementation"), make_str(in, "gilsim"));
    Value out = make_stream(t, m, "stdout", 1);
    Value err = make_stream(t, m, "stderr", 2);
    // The originals, as CPython keeps them: print() recognises them (and a program may
    // assign sys.stdout to redirect its output).
    dict_set_str(in, d, intern(in, "__stdout__"), out);
    dict_set_str(in, d, intern(in, "__stderr__"), err);
    return m;
}

Module* new_module(Interp& in, std::string_view name) {
    Module* m = in.heap.make<Module>(in.types.module, 0);
    m->name = intern(in, name);
    m->dict = new_dict(in);
    dict_set_str(in, m->dict, in.names.__name__, Value(m->name));
    return m;
}

}  // namespace gs
