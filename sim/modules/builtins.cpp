// The builtins module: the builtin types under their Python names, the constants, print
// and __build_class__ here; the other functions in builtins_numeric.cpp,
// builtins_iter.cpp and builtins_introspect.cpp (one theme each).
#include "sim/modules/builtins_impl.hpp"
#include "sim/objects/init.hpp"
#include "sim/vm/eval_support.hpp"

namespace gs {

namespace {

// Where print's output goes: a host file descriptor for the process's own stdout and
// stderr, else the file object's write() method, as CPython's print calls it.
struct PrintTarget {
    int fd = 1;             // 1, 2; 0: call file.write(); -1: discard (sys.stdout is None)
    Value file;
};

// The sys module's streams are objects it creates (not known here), so print recognises
// them by identity: sys.__stdout__ / sys.__stderr__ are the originals (the current
// sys.stdout / sys.stderr if the module has no such names). file=None means whatever
// sys.stdout currently is, so `sys.stdout = obj` redirects print, as in CPython.
void resolve_target(Thread& t, Value file, PrintTarget* out) {
    Interp& in = t.in;
    Value sys = dict_get_str(in.modules, intern(in, "sys"));
    Dict* d = is_kind(sys, Kind::Module) ? as<Module>(sys)->dict : nullptr;
    if (!d) {
        // Without an imported sys module no stream object can have been passed.
        if (!file.is_none()) {
            out->fd = 0;
            out->file = file;
        }
        return;
    }
    auto get = [&](const char* name) { return dict_get_str(d, intern(in, name)); };
    if (file.is_none()) {
        file = get("stdout");
        if (file.is_null()) return;
        if (file.is_none()) {
            out->fd = -1;
            return;
        }
    }
    Value orig_out = get("__stdout__"), orig_err = get("__stderr__");
    if (orig_out.is_null()) orig_out = get("stdout");
    if (orig_err.is_null()) orig_err = get("stderr");
    if (file.is(orig_out)) return;
    if (file.is(orig_err)) {
        out->fd = 2;
        return;
    }
    out->fd = 0;
    out->file = file;
}

// Accumulates print's output for a file descriptor and writes it in one piece, except
// that whatever is pending is written before converting an object whose str() may run
// Python code: that code may print too, and CPython's output order would interleave.
struct PrintWriter {
    Thread& t;
    PrintTarget target;
    std::string pending;

    bool put(std::string_view s) {
        if (target.fd) {
            pending += s;
            return true;
        }
        Value piece = make_str(t.in, s);
        return !call_method(t, target.file, intern(t.in, "write"), {piece}).is_null();
    }
    void flush_pending() {
        if (!pending.empty()) t.in.host.write(t, target.fd, pending);
        pending.clear();
    }
    bool put_str_of(Value v) {
        if (target.fd) {
            bool simple = !v.is_obj() || (is_kind(v, Kind::Str) && v.o->type == t.in.types.str);
            if (!simple) flush_pending();
            return str_into(t, v, pending);
        }
        Value s = to_str(t, v);
        return !s.is_null() && put(as<Str>(s)->view());
    }
};

Value b_print(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    int nkw = kwcount(kwnames);
    int npos = nargs - nkw;
    Value sep = Value::none(), end = Value::none(), file = Value::none(), flush = Value::boolean(false);
    if (!parse_args(t, "print", args + npos, nkw, kwnames, {"sep", "end", "file", "flush"}, 0,
                    {&sep, &end, &file, &flush}))
        return Value::null();
    int do_flush = truthy(t, flush);
    if (do_flush < 0) return Value::null();
    PrintWriter w{t, {}, {}};
    resolve_target(t, file, &w.target);
    if (w.target.fd < 0) return Value::none();  // sys.stdout is None: print does nothing
    if (!sep.is_none() && !is_kind(sep, Kind::Str))
        return raisef(t, in.types.TypeError, "sep must be None or a string, not {}", type_name(in, sep));
    if (!end.is_none() && !is_kind(end, Kind::Str))
        return raisef(t, in.types.TypeError, "end must be None or a string, not {}", type_name(in, end));
    std::string_view sep_text = sep.is_none() ? " " : as<Str>(sep)->view();
    bool ok = true;
    for (int i = 0; ok && i < npos; i++) {
        if (i) ok = w.put(sep_text);
        if (ok) ok = w.put_str_of(args[i]);
    }
    if (ok) ok = w.put(end.is_none() ? "\n" : as<Str>(end)->view());
    // What was converted before an error is still written, as CPython's buffered stdout
    // would eventually write it.
    w.flush_pending();
    if (!ok) return Value::null();
    if (do_flush && !w.target.fd && call_method(t, w.target.file, intern(in, "flush"), {}).is_null())
        return Value::null();
    return Value::none();
}

Value b_build_class(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    return build_class(t, args, nargs, kwnames);
}

}  // namespace

void init_builtins(Interp& in) {
    Dict* b = in.builtins;
    add_functions(in, b, {{"print", b_print}, {"__build_class__", b_build_class}});
    add_builtins_numeric(in);
    add_builtins_iteration(in);
    add_builtins_introspection(in);

    // The builtin types a program names. Their construct slots (the types' own files)
    // make them callable: int('7'), list(range(3)), super()...
    Types& T = in.types;
    for (Type* tp : {T.object, T.type, T.int_, T.bool_, T.float_, T.str, T.bytes, T.tuple, T.list, T.dict, T.set,
                     T.frozenset, T.range, T.slice, T.enumerate, T.zip, T.map, T.filter, T.reversed, T.super,
                     T.property, T.staticmethod, T.classmethod})
        dict_set_str(in, b, tp->name, Value(tp));
#define GS_X(field, pyname, base) dict_set_str(in, b, T.field->name, Value(T.field));
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X
    dict_set_str(in, b, intern(in, "NotImplemented"), in.not_implemented);
    dict_set_str(in, b, intern(in, "Ellipsis"), in.ellipsis);
}

}  // namespace gs
