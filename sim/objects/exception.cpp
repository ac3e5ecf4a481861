// The exception types: BaseException's constructor and __init__, repr and str, and the
// state a few subclasses derive from their arguments, as CPython 3.11's exceptions.c:
//
//   StopIteration.value   the first argument (None without one)        -> ExceptionObj::value
//   SystemExit.code       None / the one argument / the args tuple     (derived from args
//                         when read, unless assigned: then ExceptionObj::value)
//   NameError.name, AttributeError.name/.obj (keyword-only arguments)  -> ::name, ::obj
//   ImportError.name/.path (keyword-only arguments)                    -> ::name, ::obj
//   OSError(errno, strerror[, filename[, winerror[, filename2]]])      -> str() "[Errno 2] x",
//                                                                        filename in ::name
//
// Builtin types do not inherit slots from their base in gilsim, so every type of
// GS_EXCEPTION_TYPES gets the same slots here; user subclasses copy them (fixup_slots).
#include <cerrno>
#include <string>

#include "sim/objects/identity.hpp"
#include "sim/objects/init.hpp"
#include "sim/objects/native_args.hpp"
#include "sim/vm/call.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

bool is_sub(ExceptionObj* e, Type* base) { return e->type->is_subtype_of(base); }

// The state StopIteration and OSError derive from args, as their __init__ sets it.
void derive_fields(Thread& t, ExceptionObj* e) {
    Tuple* a = e->args;
    if (is_sub(e, t.in.types.StopIteration)) {
        e->value = a->n ? a->items()[0] : Value::none();
    } else if (is_sub(e, t.in.types.OSError) && a->n >= 3 && a->n <= 5) {
        // OSError(errno, strerror, filename, ...) keeps the filename apart and args to two.
        if (!a->items()[2].is_none()) {
            e->name = a->items()[2];
            if (a->n == 5 && !a->items()[4].is_none()) e->obj = a->items()[4];
            e->args = new_tuple(t.in, a->items(), 2);
        }
    }
}

// BaseException.__init__'s keyword handling: most types take none (the message names the
// object's own type, as tp_name does), a few take keyword-only fields.
bool init_keywords(Thread& t, ExceptionObj* e, Value* kwargs, Tuple* kwnames) {
    Interp& in = t.in;
    int nkw = kwcount(kwnames);
    if (!nkw) return true;
    // kwargs holds only the keyword values: to parse_args, a call without positionals.
    Value name = Value::null(), obj = Value::null();
    if (is_sub(e, in.types.AttributeError)) {
        if (!parse_args(t, "AttributeError", kwargs, nkw, kwnames, {"name", "obj"}, 0, {&name, &obj})) return false;
    } else if (is_sub(e, in.types.NameError)) {
        if (!parse_args(t, "NameError", kwargs, nkw, kwnames, {"name"}, 0, {&name})) return false;
    } else if (is_sub(e, in.types.ImportError)) {
        if (!parse_args(t, "ImportError", kwargs, nkw, kwnames, {"name", "path"}, 0, {&name, &obj})) return false;
    } else {
        raisef(t, in.types.TypeError, "{}() takes no keyword arguments", e->type->name->view());
        return false;
    }
    if (!name.is_null()) e->name = name;
    if (!obj.is_null()) e->obj = obj;
    return true;
}

// Sets args (and the derived fields) from a call's arguments: BaseException.__init__.
bool init_from_call(Thread& t, ExceptionObj* e, Value* args, int nargs, Tuple* kwnames) {
    int npos = nargs - kwcount(kwnames);
    if (!init_keywords(t, e, args + npos, kwnames)) return false;
    e->args = npos ? new_tuple(t.in, args, uint32_t(npos)) : t.in.empty_tuple;
    derive_fields(t, e);
    return true;
}

// OSError(errno, strerror...) creates the subclass that errno stands for, as CPython's
// errnomap does, for the subclasses gilsim has (FileNotFoundError & co. it has not).
Type* oserror_subclass(Interp& in, Value* args, int npos) {
    if (npos < 2 || npos > 5 || !args[0].is_int()) return in.types.OSError;
    switch (args[0].i) {
        case EPIPE:
        case ESHUTDOWN: return in.types.BrokenPipeError;
        case ECONNRESET: return in.types.ConnectionResetError;
        case ETIMEDOUT: return in.types.TimeoutError;
        default: return in.types.OSError;
    }
}

// type(...)(args) for every exception class. Without a Python __init__ on the class,
// BaseException.__init__ runs (natively); with one, that __init__ runs and args starts as
// the positional arguments (BaseException.__new__), which super().__init__ may replace.
Value exc_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Value init = type_lookup(type, t.in.names.__init__);
    if (!init.is_null() && !is_kind(init, Kind::Native)) return construct_instance(t, type, args, nargs, kwnames);
    if (type == t.in.types.OSError) type = oserror_subclass(t.in, args, nargs - kwcount(kwnames));
    Value obj = alloc_instance(t, type);
    if (!init_from_call(t, as<ExceptionObj>(obj), args, nargs, kwnames)) return Value::null();
    return obj;
}

// "ValueError('x')", "ValueError()", "ValueError(1, 2)": the type's own name (not the
// module-qualified one) and the repr of args, without the 1-tuple's trailing comma.
Value exc_repr(Thread& t, Value self) {
    auto* e = as<ExceptionObj>(self);
    std::string out(e->type->name->view());
    out += '(';
    for (uint32_t i = 0; i < e->args->n; i++) {
        if (i) out += ", ";
        if (!repr_into(t, e->args->items()[i], out)) return Value::null();
    }
    out += ')';
    return make_str(t.in, out);
}

// str(args) as BaseException.__str__ words it: "" / str(arg) / the tuple's repr.
Value base_str(Thread& t, ExceptionObj* e) {
    Tuple* a = e->args;
    if (a->n == 0) return Value(t.in.empty_str);
    if (a->n == 1) return to_str(t, a->items()[0]);
    std::string out = "(";
    for (uint32_t i = 0; i < a->n; i++) {
        if (i) out += ", ";
        if (!repr_into(t, a->items()[i], out)) return Value::null();
    }
    out += ')';
    return make_str(t.in, out);
}

Value exc_str(Thread& t, Value self) {
    auto* e = as<ExceptionObj>(self);
    Interp& in = t.in;
    Tuple* a = e->args;
    // KeyError('k') prints as 'k': a missing key is shown as the key's repr.
    if (is_sub(e, in.types.KeyError) && a->n == 1) return repr(t, a->items()[0]);
    if (is_sub(e, in.types.OSError) && a->n >= 2 && a->n <= 5) {
        std::string out = "[Errno ";
        if (!str_into(t, a->items()[0], out)) return Value::null();
        out += "] ";
        if (!str_into(t, a->items()[1], out)) return Value::null();
        if (!e->name.is_null()) {
            out += ": ";
            if (!repr_into(t, e->name, out)) return Value::null();
            if (!e->obj.is_null()) {
                out += " -> ";
                if (!repr_into(t, e->obj, out)) return Value::null();
            }
        }
        return make_str(in, out);
    }
    return base_str(t, e);
}

bool exc_hash(Thread& t, Value self, int64_t* out) {
    *out = identity_hash(self);
    return true;
}

// The methods receive self unchecked when called through the class (ValueError.__str__(1)).
ExceptionObj* check_self(Thread& t, Value* args, int nargs, const char* method) {
    if (nargs >= 1 && is_kind(args[0], Kind::Exception)) return as<ExceptionObj>(args[0]);
    if (nargs == 0) {
        raisef(t, t.in.types.TypeError, "descriptor '{}' of 'BaseException' object needs an argument", method);
        return nullptr;
    }
    raisef(t, t.in.types.TypeError, "descriptor '{}' requires a 'BaseException' object but received a '{}'", method,
           type_name(t.in, args[0]));
    return nullptr;
}

Value m_init(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    ExceptionObj* e = check_self(t, args, nargs, "__init__");
    if (!e || !init_from_call(t, e, args + 1, nargs - 1, kwnames)) return Value::null();
    return Value::none();
}

Value m_repr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    ExceptionObj* e = check_self(t, args, nargs, "__repr__");
    if (!e || !no_args(t, "__repr__", nargs - 1, kwnames)) return Value::null();
    return exc_repr(t, args[0]);
}

// BaseException.__str__ called explicitly (super().__str__()): the builtin behaviour, not
// whatever __str__ the object's class defines.
Value m_str(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    ExceptionObj* e = check_self(t, args, nargs, "__str__");
    if (!e || !no_args(t, "__str__", nargs - 1, kwnames)) return Value::null();
    return exc_str(t, args[0]);
}

Value m_with_traceback(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    ExceptionObj* e = check_self(t, args, nargs, "with_traceback");
    if (!e || !one_arg(t, "BaseException.with_traceback", nargs - 1, kwnames)) return Value::null();
    Value tb = args[1];
    if (!tb.is_none() && !is_kind(tb, Kind::Traceback))
        return raise(t, t.in.types.TypeError, "__traceback__ must be a traceback or None");
    // gilsim keeps tracebacks as entries inside the exception (instance.hpp); a traceback
    // object handed back is not re-attached, and None leaves the entries as they are.
    return args[0];
}

// ---- attributes backed by ExceptionObj fields (CPython's member descriptors) ------------

ExceptionObj* prop_self(Thread& t, Value* args, int nargs) {
    if (nargs >= 1 && is_kind(args[0], Kind::Exception)) return as<ExceptionObj>(args[0]);
    raise(t, t.in.types.TypeError, "descriptor requires an exception object");
    return nullptr;
}

template <Value ExceptionObj::*F>
Value get_field(Thread& t, Value* args, int nargs, Tuple*) {
    ExceptionObj* e = prop_self(t, args, nargs);
    if (!e) return Value::null();
    Value v = e->*F;
    return v.is_null() ? Value::none() : v;
}

template <Value ExceptionObj::*F>
Value set_field(Thread& t, Value* args, int nargs, Tuple*) {
    ExceptionObj* e = prop_self(t, args, nargs);
    if (!e || nargs < 2) return Value::null();
    e->*F = args[1];
    return Value::none();
}

// SystemExit.code as SystemExit.__init__ would have set it: sys.exit() and the VM create
// SystemExit instances directly, with args only.
Value get_exit_code(Thread& t, Value* args, int nargs, Tuple*) {
    ExceptionObj* e = prop_self(t, args, nargs);
    if (!e) return Value::null();
    if (!e->value.is_null()) return e->value;
    Tuple* a = e->args;
    return a->n == 0 ? Value::none() : a->n == 1 ? a->items()[0] : Value(a);
}

// OSError.errno / .strerror: the first two arguments of the (errno, strerror) form.
template <int I>
Value get_os_arg(Thread& t, Value* args, int nargs, Tuple*) {
    ExceptionObj* e = prop_self(t, args, nargs);
    if (!e) return Value::null();
    Tuple* a = e->args;
    return a->n >= 2 && a->n <= 5 ? a->items()[I] : Value::none();
}

void add_property(Interp& in, Type* type, const char* name, NativeFn get, NativeFn set) {
    auto* p = in.heap.make<Wrapper>(in.types.property, 0, Kind::Property);
    p->func = Value(new_native(in, name, get));
    p->fset = set ? Value(new_native(in, name, set)) : Value::none();
    p->fdel = Value::none();
    dict_set_str(in, type->dict, intern(in, name), Value(p));
}

}  // namespace

void init_exception_types(Interp& in) {
    Types& T = in.types;
#define GS_X(field, pyname, base)                 \
    T.field->slots.construct = exc_construct;     \
    T.field->slots.repr = exc_repr;               \
    T.field->slots.str = exc_str;                 \
    T.field->slots.hash = exc_hash;
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X
    add_methods(in, T.BaseException,
                {{"__init__", m_init}, {"__repr__", m_repr}, {"__str__", m_str},
                 {"with_traceback", m_with_traceback}});

    constexpr auto value = &ExceptionObj::value;
    constexpr auto name = &ExceptionObj::name;
    constexpr auto obj = &ExceptionObj::obj;
    // StopIteration.value is read by the attribute lookup itself (vm/attr.cpp); the
    // property makes `e.value = v` update the field that lookup reads.
    add_property(in, T.StopIteration, "value", get_field<value>, set_field<value>);
    add_property(in, T.SystemExit, "code", get_exit_code, set_field<value>);
    add_property(in, T.NameError, "name", get_field<name>, set_field<name>);
    add_property(in, T.AttributeError, "name", get_field<name>, set_field<name>);
    add_property(in, T.AttributeError, "obj", get_field<obj>, set_field<obj>);
    add_property(in, T.ImportError, "name", get_field<name>, set_field<name>);
    add_property(in, T.ImportError, "path", get_field<obj>, set_field<obj>);
    add_property(in, T.OSError, "errno", get_os_arg<0>, nullptr);
    add_property(in, T.OSError, "strerror", get_os_arg<1>, nullptr);
    add_property(in, T.OSError, "filename", get_field<name>, set_field<name>);
    add_property(in, T.OSError, "filename2", get_field<obj>, set_field<obj>);
}

}  // namespace gs
