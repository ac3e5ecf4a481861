// The builtins module: the builtin types under their Python names, the constants, print
// and __build_class__ here; the other functions in builtins_numeric.cpp,
// builtins_iter.cpp and builtins_introspect.cpp (one theme each).
#include "sim/modules/builtins_impl.hpp"
#include "sim/objects/init.hpp"
#include "sim/vm/eval_support.hpp"

namespace gs {

namespace {

// Where print's output goes: a host file descriptor for sys.stdout / sys.stderr (and for
// file=None), else the object's own write() method, as CPython's print calls it.
struct PrintTarget {
    int fd = 1;             // 0: call write()
    Value file;
};

// sys.stdout and sys.stderr are objects of the sys module (not created here); print
// recognises them by identity, so it works whatever those objects are.
void resolve_target(Thread& t, Value file, PrintTarget* out) {
    if (file.is_none()) return;
    Interp& in = t.in;
    Value sys = dict_get_str(in.modules, intern(in, "sys"));
    if (is_kind(sys, Kind::Module) && as<Module>(sys)->dict) {
        Dict* d = as<Module>(sys)->dict;
        Value so = dict_get_str(d, intern(in, "stdout"));
        Value se = dict_get_str(d, intern(in, "stderr"));
        if (!so.is_null() && file.is(so)) return;
        if (!se.is_null() && file.is(se)) {
            out->fd = 2;
            return;
        }
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
    Str* write_name;
    std::string pending;

    bool put(std::string_view s) {
        if (target.fd) {
            pending += s;
            return true;
        }
        Value piece = make_str(t.in, s);
        return !call_method(t, target.file, write_name, {piece}).is_null();
    }
    void flush_pending() {
        if (!pending.empty()) t.in.host.write(t, target.fd, pending);
        pending.clear();
    }
    bool put_str_of(Value v) {
        bool simple = !v.is_obj() || (is_kind(v, Kind::Str) && v.o->type == t.in.types.str);
        if (!simple) flush_pending();
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
    if (!sep.is_none() && !is_kind(sep, Kind::Str))
        return raisef(t, in.types.TypeError, "sep must be None or a string, not {}", type_name(in, sep));
    if (!end.is_none() && !is_kind(end, Kind::Str))
        return raisef(t, in.types.TypeError, "end must be None or a string, not {}", type_name(in, end));
    int do_flush = truthy(t, flush);
    if (do_flush < 0) return Value::null();
    PrintWriter w{t, {}, intern(in, "write"), {}};
    resolve_target(t, file, &w.target);
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
    if (do_flush && !w.target.fd && call_method(t, file, intern(in, "flush"), {}).is_null()) return Value::null();
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
