// Builtins that look at objects and namespaces: repr, ascii, id, hash, callable, format,
// getattr, setattr, hasattr, delattr, isinstance, issubclass, vars, dir, globals, locals.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "sim/modules/builtins_impl.hpp"
#include "sim/objects/identity.hpp"

namespace gs {

namespace {

using namespace builtins_detail;

Value b_repr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "repr", nargs, kwnames)) return Value::null();
    return repr(t, args[0]);
}

// ascii(x): repr(x) with every non-ASCII character escaped as \xNN, \uNNNN or \UNNNNNNNN.
Value b_ascii(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "ascii", nargs, kwnames)) return Value::null();
    Value r = repr(t, args[0]);
    if (r.is_null()) return r;
    Str* s = as<Str>(r);
    if (s->is_ascii()) return r;
    std::string out;
    for (uint32_t i = 0; i < s->len;) {
        unsigned char c = static_cast<unsigned char>(s->data()[i]);
        if (c < 0x80) {
            out += char(c);
            i++;
            continue;
        }
        int n;
        uint32_t cp = utf8_decode(s->data() + i, &n);
        i += uint32_t(n);
        char buf[16];
        if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
    }
    return make_str(t.in, out);
}

Value b_id(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "id", nargs, kwnames)) return Value::null();
    return Value::integer(value_id(args[0]));
}

Value b_hash(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "hash", nargs, kwnames)) return Value::null();
    int64_t h;
    if (!hash(t, args[0], &h)) return Value::null();
    return Value::integer(h);
}

Value b_callable(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "callable", nargs, kwnames)) return Value::null();
    return Value::boolean(is_callable(args[0]));
}

Value b_format(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "format", kwnames) || !check_positional(t, "format", nargs, 1, 2)) return Value::null();
    if (nargs == 2 && !is_kind(args[1], Kind::Str))
        return raisef(t, in.types.TypeError, "format() argument 2 must be str, not {}", type_name(in, args[1]));
    return format_value(t, args[0], nargs == 2 ? as<Str>(args[1]) : in.empty_str);
}

// ---- attributes ------------------------------------------------------------------------------

// The attribute name, interned: the attribute machinery recognises special names
// (__class__, __dict__...) by the identity of their interned strings.
Str* attr_name(Thread& t, Value v) {
    if (!is_kind(v, Kind::Str)) {
        raisef(t, t.in.types.TypeError, "attribute name must be string, not '{}'", type_name(t.in, v));
        return nullptr;
    }
    return intern(t.in, as<Str>(v)->view());
}

Value b_getattr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "getattr", kwnames) || !check_positional(t, "getattr", nargs, 2, 3)) return Value::null();
    Str* name = attr_name(t, args[1]);
    if (!name) return Value::null();
    if (nargs == 2) return getattr(t, args[0], name);
    bool found;
    Value v = getattr_opt(t, args[0], name, &found);
    if (!v.is_null()) return v;
    if (!t.exc.is_null()) {
        if (!exc_pending_is(t, t.in.types.AttributeError)) return Value::null();
        t.exc = Value();
    }
    return args[2];
}

Value b_hasattr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "hasattr", kwnames) || !check_positional(t, "hasattr", nargs, 2, 2)) return Value::null();
    Str* name = attr_name(t, args[1]);
    if (!name) return Value::null();
    bool found;
    Value v = getattr_opt(t, args[0], name, &found);
    if (!v.is_null()) return Value::boolean(true);
    if (!t.exc.is_null()) {
        if (!exc_pending_is(t, t.in.types.AttributeError)) return Value::null();
        t.exc = Value();
    }
    return Value::boolean(false);
}

Value b_setattr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "setattr", kwnames) || !check_positional(t, "setattr", nargs, 3, 3)) return Value::null();
    Str* name = attr_name(t, args[1]);
    if (!name || !setattr(t, args[0], name, args[2])) return Value::null();
    return Value::none();
}

Value b_delattr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "delattr", kwnames) || !check_positional(t, "delattr", nargs, 2, 2)) return Value::null();
    Str* name = attr_name(t, args[1]);
    if (!name || !delattr(t, args[0], name)) return Value::null();
    return Value::none();
}

// ---- isinstance, issubclass ---------------------------------------------------------------------

// 1 / 0 / -1 raised. Tuples (nested too) are searched in order and the first match wins,
// so an invalid entry after a match is never looked at, as in CPython.
int instance_of(Thread& t, Value obj, Value cls) {
    if (is_kind(cls, Kind::Type)) return is_instance(t.in, obj, as<Type>(cls));
    if (is_kind(cls, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(cls);
        for (uint32_t i = 0; i < tup->n; i++) {
            int r = instance_of(t, obj, tup->items()[i]);
            if (r) return r;
        }
        return 0;
    }
    raise(t, t.in.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int subclass_of(Thread& t, Value derived, Value cls) {
    if (is_kind(cls, Kind::Type)) {
        if (!is_kind(derived, Kind::Type)) {
            raise(t, t.in.types.TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return as<Type>(derived)->is_subtype_of(as<Type>(cls));
    }
    if (is_kind(cls, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(cls);
        for (uint32_t i = 0; i < tup->n; i++) {
            int r = subclass_of(t, derived, tup->items()[i]);
            if (r) return r;
        }
        return 0;
    }
    raise(t, t.in.types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

Value b_isinstance(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "isinstance", kwnames) || !check_positional(t, "isinstance", nargs, 2, 2))
        return Value::null();
    int r = instance_of(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

Value b_issubclass(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "issubclass", kwnames) || !check_positional(t, "issubclass", nargs, 2, 2))
        return Value::null();
    int r = subclass_of(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

// ---- namespaces -----------------------------------------------------------------------------------

// The module namespace when no Python frame is running (a native called from C++).
Dict* toplevel_globals(Thread& t) {
    if (t.in.main && t.in.main->dict) return t.in.main->dict;
    return new_dict(t.in);
}

Value b_globals(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_args(t, "globals", nargs, kwnames)) return Value::null();
    return Value(t.frame ? t.frame->globals : toplevel_globals(t));
}

Value b_locals(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!no_args(t, "locals", nargs, kwnames)) return Value::null();
    return caller_locals(t);
}

Value b_vars(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "vars", kwnames) || !check_positional(t, "vars", nargs, 0, 1)) return Value::null();
    if (nargs == 0) return caller_locals(t);
    bool found;
    Value d = getattr_opt(t, args[0], in.names.__dict__, &found);
    if (!d.is_null()) return d;
    if (!t.exc.is_null()) {
        if (!exc_pending_is(t, in.types.AttributeError)) return Value::null();
        t.exc = Value();
    }
    return raise(t, in.types.TypeError, "vars() argument must have __dict__ attribute");
}

// ---- dir ----------------------------------------------------------------------------------------------

// What dir(object) lists in CPython 3.11. gilsim's `object` defines few of these as
// methods, but dir() of a user object should list what CPython's does.
constexpr const char* kObjectNames[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__"};
// What BaseException adds to object's names.
constexpr const char* kBaseExceptionNames[] = {
    "__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__", "__traceback__",
    "add_note", "args", "with_traceback"};

void dict_keys(Dict* d, std::vector<std::string_view>& out, bool skip_qualname) {
    if (!d) return;
    for (auto& e : d->entries) {
        if (!is_kind(e.key, Kind::Str)) continue;
        std::string_view k = as<Str>(e.key)->view();
        if (!(skip_qualname && k == "__qualname__")) out.push_back(k);
    }
}

// The names a class and its bases provide. A class statement's namespace holds
// __qualname__, which CPython moves out of the class dict; CPython also gives the first
// user class above a builtin base its __dict__ and __weakref__ descriptors.
void class_names(Interp& in, Type* tp, std::vector<std::string_view>& out) {
    for (Type* b = tp; b; b = b->base) {
        bool user = !(b->tflags & TF_BUILTIN);
        dict_keys(b->dict, out, user);
        if (user) {
            out.push_back("__module__");
            if (b->base && (b->base->tflags & TF_BUILTIN)) {
                out.push_back("__dict__");
                out.push_back("__weakref__");
            }
        }
        if (b == in.types.object) out.insert(out.end(), std::begin(kObjectNames), std::end(kObjectNames));
        if (b == in.types.BaseException)
            out.insert(out.end(), std::begin(kBaseExceptionNames), std::end(kBaseExceptionNames));
    }
}

// A user class's __dir__, if it defines one (Null without exception: none).
Value user_dir_method(Thread& t, Value obj) {
    Type* tp = type_of(t.in, obj);
    if (tp->tflags & TF_BUILTIN) return Value::null();
    Value f = type_lookup(tp, intern(t.in, "__dir__"));
    if (!is_kind(f, Kind::Function)) return Value::null();
    return lookup_special(t, obj, intern(t.in, "__dir__"));
}

Value sorted_list_of(Thread& t, Value iterable) {
    List* l = new_list(t.in);
    RootSlot root(t, Value(l));
    if (!for_each(t, iterable, [&](Value v) {
            l->items.push_back(v);
            return true;
        }))
        return Value::null();
    if (call_method(t, Value(l), intern(t.in, "sort"), {}).is_null()) return Value::null();
    return Value(l);
}

// dir([obj]): the sorted names of the caller's namespace, or of obj's attributes.
Value b_dir(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "dir", kwnames) || !check_positional(t, "dir", nargs, 0, 1)) return Value::null();
    std::vector<std::string_view> names;
    Value ns;  // keeps a fresh locals() snapshot alive while its keys are viewed
    if (nargs == 0) {
        ns = caller_locals(t);
        if (ns.is_null()) return ns;
        dict_keys(as<Dict>(ns), names, false);
    } else {
        Value obj = args[0];
        Value custom = user_dir_method(t, obj);
        if (!custom.is_null()) {
            Value r = call_values(t, custom, {});
            return r.is_null() ? r : sorted_list_of(t, r);
        }
        if (!t.exc.is_null()) return Value::null();
        if (is_kind(obj, Kind::Module)) {
            dict_keys(as<Module>(obj)->dict, names, false);
        } else if (is_kind(obj, Kind::Type)) {
            class_names(in, as<Type>(obj), names);
        } else {
            Type* tp = type_of(in, obj);
            if ((is_kind(obj, Kind::Instance) || is_kind(obj, Kind::Exception)) && tp->slot_names) {
                auto& slots = as<Instance>(obj)->slots;
                for (auto& e : tp->slot_names->entries)
                    if (!e.key.is_null() && size_t(e.value.i) < slots.size() && !slots[size_t(e.value.i)].is_null())
                        names.push_back(as<Str>(e.key)->view());
            }
            class_names(in, tp, names);
        }
    }
    std::sort(names.begin(), names.end());  // UTF-8 byte order is code point order
    names.erase(std::unique(names.begin(), names.end()), names.end());
    List* l = new_list(in, names.size());
    for (std::string_view n : names) l->items.push_back(make_str(in, n));
    return Value(l);
}

}  // namespace

// locals(): a module or class body's own dict; for a function, a new dict of its bound
// fast locals, then its cells, then its free variables (in that order, as CPython 3.11's
// frame-to-dict conversion). A parameter captured by a closure lives in its cell.
Value caller_locals(Thread& t) {
    Interp& in = t.in;
    Frame* f = t.frame;
    if (!f) return Value(toplevel_globals(t));
    if (f->locals) return Value(f->locals);
    Code* c = f->code;
    if (c->cflags & CO_MODULE) return Value(f->globals);
    Dict* d = new_dict(in);
    Value* lp = f->localsplus();
    auto cell_value = [&](int k) {
        Value cell = lp[c->nlocals + k];
        return is_kind(cell, Kind::Cell) ? as<Cell>(cell)->value : Value();
    };
    for (int i = 0; i < c->nlocals; i++) {
        Value v = lp[i];
        for (int k = 0; k < c->ncells(); k++)
            if (c->cell2arg[size_t(k)] == i || str_eq(c->cellvars[size_t(k)], c->varnames[size_t(i)]))
                v = cell_value(k);
        if (!v.is_null()) dict_set_str(in, d, c->varnames[size_t(i)], v);
    }
    for (int k = 0; k < c->ncells(); k++) {
        Value v = cell_value(k);
        if (c->cell2arg[size_t(k)] < 0 && !v.is_null()) dict_set_str(in, d, c->cellvars[size_t(k)], v);
    }
    for (int k = 0; k < c->nfrees(); k++) {
        Value cell = lp[c->nlocals + c->ncells() + k];
        if (is_kind(cell, Kind::Cell) && !as<Cell>(cell)->value.is_null())
            dict_set_str(in, d, c->freevars[size_t(k)], as<Cell>(cell)->value);
    }
    return Value(d);
}

void add_builtins_introspection(Interp& in) {
    add_functions(in, in.builtins,
                  {{"repr", b_repr}, {"ascii", b_ascii}, {"id", b_id}, {"hash", b_hash}, {"callable", b_callable},
                   {"format", b_format}, {"getattr", b_getattr}, {"hasattr", b_hasattr}, {"setattr", b_setattr},
                   {"delattr", b_delattr}, {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
                   {"globals", b_globals}, {"locals", b_locals}, {"vars", b_vars}, {"dir", b_dir}});
}

}  // namespace gs
