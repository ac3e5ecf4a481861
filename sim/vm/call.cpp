// Calling: argument binding with CPython's error messages, and call() for every kind of
// callable (functions, natives, bound methods, classes, objects with __call__).
#include "sim/vm/call.hpp"

#include <string>

namespace gs {

bool enter_frame_ok(Thread& t) {
    if (t.depth >= t.in.config.recursion_limit) {
        raise(t, t.in.types.RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

static std::string quoted_list(const std::vector<std::string>& names) {
    // 'a'  |  'a' and 'b'  |  'a', 'b', and 'c'
    std::string s;
    for (size_t i = 0; i < names.size(); i++) {
        if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i] + "'";
    }
    return s;
}

static Value missing_args(Thread& t, Function* fn, Value* lp, int from, int to, const char* kind) {
    Code* c = fn->code;
    std::vector<std::string> missing;
    for (int i = from; i < to; i++)
        if (lp[i].is_null()) missing.emplace_back(c->varnames[i]->view());
    return raisef(t, t.in.types.TypeError, "{}() missing {} required {}argument{}: {}", fn->qualname->view(),
                  missing.size(), kind, missing.size() == 1 ? "" : "s", quoted_list(missing));
}

Frame* bind_call(Thread& t, Function* fn, Value* args, int nargs, Tuple* kwnames) {
    if (!enter_frame_ok(t)) return nullptr;
    Interp& in = t.in;
    Code* c = fn->code;
    int nkw = kwnames ? int(kwnames->n) : 0;
    int npos = nargs - nkw;
    Frame* f = t.push_frame(c, c->frame_values());
    f->func = fn;
    f->globals = fn->globals;
    Value* lp = f->localsplus();
    int argc = c->argcount;
    int total = argc + c->kwonlyargcount;
    bool varargs = c->cflags & CO_VARARGS;
    bool varkw = c->cflags & CO_VARKEYWORDS;
    auto fail = [&]() -> Frame* {
        t.pop_frame(f);
        return nullptr;
    };

    int ncopy = npos < argc ? npos : argc;
    for (int i = 0; i < ncopy; i++) lp[i] = args[i];
    if (varargs) {
        int extra = npos > argc ? npos - argc : 0;
        lp[total] = Value(new_tuple(in, args + argc, uint32_t(extra)));
    } else if (npos > argc) {
        int ndef = fn->defaults ? int(fn->defaults->n) : 0;
        int kwonly_given = 0;
        for (int k = 0; k < nkw; k++) {
            Str* kn = as<Str>(kwnames->items()[k]);
            for (int j = argc; j < total; j++)
                if (str_eq(c->varnames[j], kn)) kwonly_given++;
        }
        std::string takes = ndef ? fmt::format("from {} to {}", argc - ndef, argc) : fmt::format("{}", argc);
        std::string given = fmt::format("{}", npos);
        if (kwonly_given)
            raisef(t, in.types.TypeError,
                   "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only "
                   "argument{}) were given",
                   fn->qualname->view(), takes, argc == 1 && !ndef ? "" : "s", npos, npos == 1 ? "" : "s",
                   kwonly_given, kwonly_given == 1 ? "" : "s");
        else
            raisef(t, in.types.TypeError, "{}() takes {} positional argument{} but {} {} given",
                   fn->qualname->view(), takes, argc == 1 && !ndef ? "" : "s", given, npos == 1 ? "was" : "were");
        return fail();
    }
    Dict* kwdict = nullptr;
    if (varkw) {
        kwdict = new_dict(in);
        lp[total + (varargs ? 1 : 0)] = Value(kwdict);
    }
    std::vector<std::string> posonly_as_kw;
    for (int k = 0; k < nkw; k++) {
        Str* kn = as<Str>(kwnames->items()[k]);
        Value kv = args[npos + k];
        int found = -1;
        for (int j = c->posonlyargcount; j < total; j++)
            if (c->varnames[j] == kn || str_eq(c->varnames[j], kn)) {
                found = j;
                break;
            }
        if (found < 0) {
            if (kwdict) {
                if (!dict_set(t, kwdict, Value(kn), kv)) return fail();
                continue;
            }
            for (int j = 0; j < c->posonlyargcount; j++)
                if (str_eq(c->varnames[j], kn)) posonly_as_kw.emplace_back(kn->view());
            if (!posonly_as_kw.empty()) continue;
            raisef(t, in.types.TypeError, "{}() got an unexpected keyword argument '{}'", fn->qualname->view(),
                   kn->view());
            return fail();
        }
        if (!lp[found].is_null()) {
            raisef(t, in.types.TypeError, "{}() got multiple values for argument '{}'", fn->qualname->view(),
                   kn->view());
            return fail();
        }
        lp[found] = kv;
    }
    if (!posonly_as_kw.empty()) {
        std::string names;
        for (size_t i = 0; i < posonly_as_kw.size(); i++) names += (i ? ", " : "") + posonly_as_kw[i];
        raisef(t, in.types.TypeError,
               "{}() got some positional-only arguments passed as keyword arguments: '{}'",
               fn->qualname->view(), names);
        return fail();
    }
    // Defaults for the positional parameters not given.
    if (npos < argc) {
        int ndef = fn->defaults ? int(fn->defaults->n) : 0;
        int first_def = argc - ndef;
        for (int i = npos; i < argc; i++)
            if (lp[i].is_null() && i >= first_def) lp[i] = fn->defaults->items()[i - first_def];
        for (int i = npos; i < argc; i++)
            if (lp[i].is_null()) {
                missing_args(t, fn, lp, npos, argc, "positional ");
                return fail();
            }
    }
    for (int i = argc; i < total; i++) {
        if (!lp[i].is_null()) continue;
        if (fn->kwdefaults) {
            Value d = dict_get_str(fn->kwdefaults, c->varnames[i]);
            if (!d.is_null()) {
                lp[i] = d;
                continue;
            }
        }
    }
    for (int i = argc; i < total; i++)
        if (lp[i].is_null()) {
            missing_args(t, fn, lp, argc, total, "keyword-only ");
            return fail();
        }
    // Cells for captured locals (parameters captured start with the argument's value),
    // then the free variables from the closure.
    int nl = c->nlocals;
    for (int i = 0; i < c->ncells(); i++) {
        Cell* cell = in.heap.make<Cell>(in.types.cell, 0);
        int a = c->cell2arg[size_t(i)];
        if (a >= 0) cell->value = lp[a];
        lp[nl + i] = Value(cell);
    }
    for (int i = 0; i < c->nfrees(); i++) lp[nl + c->ncells() + i] = fn->closure->items()[i];
    f->sp = f->stack_base();
    f->ip = c->code.data();
    return f;
}

Value alloc_instance(Thread& t, Type* type) {
    Interp& in = t.in;
    // Room for every slot the class has handed out, right after the object; they exist
    // from the start (empty), so attribute stores take the inline cache's fast path.
    uint32_t n = type->nslots;
    size_t extra = n * sizeof(Value);
    Instance* obj;
    char* base;
    if (type->instance_kind == Kind::Exception) {
        obj = in.heap.make<ExceptionObj>(type, extra);
        base = reinterpret_cast<char*>(obj) + sizeof(ExceptionObj);
    } else {
        obj = in.heap.make<Instance>(type, extra);
        base = reinterpret_cast<char*>(obj) + sizeof(Instance);
    }
    if (n) {
        obj->slots.adopt_inline(reinterpret_cast<Value*>(base), n);
        obj->slots.resize(n);
    }
    return Value(obj);
}

Value construct_instance(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Value init = type_lookup(type, in.names.__init__);
    Value obj = alloc_instance(t, type);
    if (type->instance_kind == Kind::Exception) {
        int npos = nargs - (kwnames ? int(kwnames->n) : 0);
        as<ExceptionObj>(obj)->args = new_tuple(in, args, uint32_t(npos));
    }
    if (!init.is_null() && !is_kind(init, Kind::Native)) {
        t.temp_roots.push_back(obj);
        // Call init(obj, *args): reuse the slot before args for self.
        std::vector<Value> buf(size_t(nargs) + 2);
        buf[1] = obj;
        for (int i = 0; i < nargs; i++) buf[size_t(i) + 2] = args[i];
        Value r = call(t, init, buf.data() + 1, nargs + 1, kwnames);
        t.temp_roots.pop_back();
        if (r.is_null()) return r;
        if (!r.is_none())
            return raisef(t, in.types.TypeError, "__init__() should return None, not '{}'", type_name(in, r));
    } else if (type->instance_kind != Kind::Exception && nargs > 0) {
        return raisef(t, in.types.TypeError, "{}() takes no arguments", type->name->view());
    }
    return obj;
}

Value call(Thread& t, Value callable, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!callable.is_obj())
        return raisef(t, in.types.TypeError, "'{}' object is not callable", type_name(in, callable));
    Object* o = callable.o;
    switch (o->kind) {
        case Kind::Function: {
            Frame* f = bind_call(t, static_cast<Function*>(o), args, nargs, kwnames);
            if (!f) return Value::null();
            t.native_depth++;
            Value r = run_frame(t, f);
            t.native_depth--;
            return r;
        }
        case Kind::Native: {
            auto* n = static_cast<Native*>(o);
            if (n->self.is_null()) return n->fn(t, args, nargs, kwnames);
            Value saved = args[-1];
            args[-1] = n->self;
            Value r = n->fn(t, args - 1, nargs + 1, kwnames);
            args[-1] = saved;
            return r;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethod*>(o);
            Value saved = args[-1];
            args[-1] = m->self;
            Value r = call(t, m->func, args - 1, nargs + 1, kwnames);
            args[-1] = saved;
            return r;
        }
        case Kind::Type: {
            auto* type = static_cast<Type*>(o);
            for (Type* b = type; b; b = b->base)
                if (b->slots.construct) return b->slots.construct(t, type, args, nargs, kwnames);
            return construct_instance(t, type, args, nargs, kwnames);
        }
        default: break;
    }
    Type* tp = o->type;
    if (tp->slots.call) return tp->slots.call(t, callable, args, nargs, kwnames);
    return raisef(t, in.types.TypeError, "'{}' object is not callable", tp->name->view());
}

Frame* toplevel_frame(Thread& t, Value callable, Value* args, int nargs, Tuple* kwnames, bool* raised) {
    *raised = false;
    Value fn = callable;
    std::vector<Value> buf;
    if (is_kind(callable, Kind::BoundMethod) && is_kind(as<BoundMethod>(callable)->func, Kind::Function)) {
        fn = as<BoundMethod>(callable)->func;
        buf.reserve(size_t(nargs) + 1);
        buf.push_back(as<BoundMethod>(callable)->self);
        buf.insert(buf.end(), args, args + nargs);
        args = buf.data();
        nargs++;
    }
    if (!is_kind(fn, Kind::Function)) return nullptr;
    Frame* f = bind_call(t, as<Function>(fn), args, nargs, kwnames);
    if (!f) *raised = true;
    return f;
}

Value call_toplevel(Thread& t, Value callable, Value* args, int nargs, Tuple* kwnames) {
    bool raised;
    Frame* f = toplevel_frame(t, callable, args, nargs, kwnames, &raised);
    if (raised) return Value::null();
    if (!f) return call(t, callable, args, nargs, kwnames);
    return run_frame(t, f);
}

Value call_values(Thread& t, Value callable, std::initializer_list<Value> args) {
    Value buf[8];
    std::vector<Value> big;
    Value* p = buf;
    if (args.size() + 1 > 8) {
        big.resize(args.size() + 1);
        p = big.data();
    }
    size_t i = 1;
    for (Value v : args) p[i++] = v;
    return call(t, callable, p + 1, int(args.size()), nullptr);
}

Value call_method(Thread& t, Value self, Str* name, std::initializer_list<Value> args) {
    Value m = getattr(t, self, name);
    if (m.is_null()) return m;
    return call_values(t, m, args);
}

Native* new_native(Interp& in, const char* name, NativeFn fn, Type* owner) {
    auto* n = in.heap.make<Native>(in.types.builtin_function, 0);
    n->fn = fn;
    n->name = intern(in, name);
    n->owner = owner;
    return n;
}

void add_methods(Interp& in, Type* type, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) {
        Native* n = new_native(in, d.name, d.fn, type);
        n->is_static = d.is_static;
        dict_set_str(in, type->dict, n->name, Value(n));
    }
}

void add_functions(Interp& in, Dict* dict, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) {
        Native* n = new_native(in, d.name, d.fn, nullptr);
        dict_set_str(in, dict, n->name, Value(n));
    }
}

}  // namespace gs
