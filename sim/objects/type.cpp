// `object`, `type` and user classes: class creation (__build_class__), the slot
// trampolines that route the interpreter's operations to a class's dunder methods,
// super(), and the descriptor wrappers (staticmethod, classmethod, property).
#include <cstdio>

#include "sim/objects/init.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/call.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

// The nearest builtin ancestor, whose slots serve whatever a user class leaves out.
Type* builtin_base(Type* tp) {
    while (tp && !(tp->tflags & TF_BUILTIN)) tp = tp->base;
    return tp;
}

// A dunder defined in Python (a user function somewhere on the class chain before the
// builtin base). Natives of builtin bases are reached through the builtin slots instead.
Value user_dunder(Thread& t, Value self, Str* name) {
    Type* tp = type_of(t.in, self);
    for (Type* b = tp; b && !(b->tflags & TF_BUILTIN); b = b->base) {
        Value v = dict_get_str(b->dict, name);
        if (v.is_null()) continue;
        if (v.is_none()) return v;  // e.g. __hash__ = None
        if (is_kind(v, Kind::Function)) {
            auto* m = t.in.heap.make<BoundMethod>(t.in.types.method, 0);
            m->func = v;
            m->self = self;
            return Value(m);
        }
        if (is_kind(v, Kind::StaticMethod) || is_kind(v, Kind::ClassMethod)) return getattr(t, self, name);
        return v;  // another callable stored on the class
    }
    return Value::null();
}

Value call1(Thread& t, Value m, Value arg) { return call_values(t, m, {arg}); }

// ---- object's default behaviour ---------------------------------------------------------

Value object_repr(Thread& t, Value self) {
    Type* tp = type_of(t.in, self);
    std::string mod = tp->module ? std::string(tp->module->view()) : "builtins";
    Value q = dict_get_str(tp->dict, t.in.names.__qualname__);
    std::string_view name = is_kind(q, Kind::Str) ? as<Str>(q)->view() : tp->name->view();
    std::string s = mod == "builtins" ? fmt::format("<{} object at {:#x}>", name, uintptr_t(self.o))
                                      : fmt::format("<{}.{} object at {:#x}>", mod, name, uintptr_t(self.o));
    return make_str(t.in, s);
}

Value object_str(Thread& t, Value self) {
    Type* tp = type_of(t.in, self);
    return tp->slots.repr ? tp->slots.repr(t, self) : object_repr(t, self);
}

bool object_hash(Thread& t, Value self, int64_t* out) {
    uintptr_t p = uintptr_t(self.o);
    *out = int64_t((p >> 4) | (p << (8 * sizeof(p) - 4)));
    if (*out == -1) *out = -2;
    return true;
}

Value object_compare(Thread& t, Value a, Value b, int op) {
    if (CmpKind(op) == CmpKind::Eq) return a.is(b) ? Value::boolean(true) : t.in.not_implemented;
    if (CmpKind(op) == CmpKind::Ne) {
        Type* tp = type_of(t.in, a);
        Value r = tp->slots.compare ? tp->slots.compare(t, a, b, int(CmpKind::Eq)) : t.in.not_implemented;
        if (r.is_null() || r.is(t.in.not_implemented)) return r;
        int v = truthy(t, r);
        return v < 0 ? Value::null() : Value::boolean(!v);
    }
    return t.in.not_implemented;
}

// ---- trampolines for user classes -------------------------------------------------------

#define FALLBACK(slot, ...)                                     \
    do {                                                        \
        Type* bb = builtin_base(type_of(t.in, self));           \
        if (bb && bb->slots.slot) return bb->slots.slot(__VA_ARGS__); \
    } while (0)

Value slot_repr(Thread& t, Value self) {
    Value m = user_dunder(t, self, t.in.names.__repr__);
    if (!m.is_null() && !m.is_none()) return call_values(t, m, {});
    FALLBACK(repr, t, self);
    return object_repr(t, self);
}

Value slot_str(Thread& t, Value self) {
    Value m = user_dunder(t, self, t.in.names.__str__);
    if (!m.is_null() && !m.is_none()) return call_values(t, m, {});
    Type* bb = builtin_base(type_of(t.in, self));
    if (bb && bb->slots.str && bb != t.in.types.object) return bb->slots.str(t, self);
    return repr(t, self);
}

bool slot_hash(Thread& t, Value self, int64_t* out) {
    Value m = user_dunder(t, self, t.in.names.__hash__);
    if (m.is_none() || (m.is_null() && !user_dunder(t, self, t.in.names.__eq__).is_null())) {
        raisef(t, t.in.types.TypeError, "unhashable type: '{}'", type_name(t.in, self));
        return false;
    }
    if (m.is_null()) {
        Type* bb = builtin_base(type_of(t.in, self));
        if (bb && bb->slots.hash) return bb->slots.hash(t, self, out);
        return object_hash(t, self, out);
    }
    Value r = call_values(t, m, {});
    if (r.is_null()) return false;
    if (!r.is_intlike()) {
        raise(t, t.in.types.TypeError, "__hash__ method should return an integer");
        return false;
    }
    return hash(t, r, out);
}

Value slot_compare(Thread& t, Value self, Value other, int op) {
    Value m = user_dunder(t, self, t.in.names.cmp[op]);
    if (!m.is_null() && !m.is_none()) return call1(t, m, other);
    Type* bb = builtin_base(type_of(t.in, self));
    if (CmpKind(op) == CmpKind::Ne) return object_compare(t, self, other, op);
    if (bb && bb->slots.compare && bb != t.in.types.object) return bb->slots.compare(t, self, other, op);
    return object_compare(t, self, other, op);
}

Value slot_binop(Thread& t, Value a, Value b, int op) {
    Interp& in = t.in;
    Type* ta = type_of(in, a);
    Type* tb = type_of(in, b);
    if (op >= kInplace) {
        Value m = user_dunder(t, a, in.names.binop[op]);
        if (!m.is_null() && !m.is_none()) return call1(t, m, b);
        return in.not_implemented;
    }
    bool a_user = ta->slots.binop == slot_binop;
    bool b_user = tb != ta && tb->slots.binop == slot_binop;
    if (a_user && b_user && tb->is_subtype_of(ta)) {
        Value rm = user_dunder(t, b, in.names.rbinop[op]);
        if (!rm.is_null() && !rm.is_none()) {
            Value r = call1(t, rm, a);
            if (r.is_null() || !r.is(in.not_implemented)) return r;
        }
        b_user = false;
    }
    if (a_user) {
        Value m = user_dunder(t, a, in.names.binop[op]);
        if (!m.is_null() && !m.is_none()) {
            Value r = call1(t, m, b);
            if (r.is_null() || !r.is(in.not_implemented) || ta == tb) return r;
        } else {
            Type* bb = builtin_base(ta);
            if (bb && bb->slots.binop && bb->slots.binop != slot_binop) {
                Value r = bb->slots.binop(t, a, b, op);
                if (r.is_null() || !r.is(in.not_implemented)) return r;
            }
        }
    }
    if (b_user || (!a_user && tb->slots.binop == slot_binop)) {
        Value rm = user_dunder(t, b, in.names.rbinop[op]);
        if (!rm.is_null() && !rm.is_none()) return call1(t, rm, a);
    }
    return in.not_implemented;
}

Value slot_unary(Thread& t, Value self, int op) {
    Names& N = t.in.names;
    Str* name = Opcode(op) == Opcode::UNARY_NEGATIVE ? N.__neg__
              : Opcode(op) == Opcode::UNARY_POSITIVE ? N.__pos__ : N.__invert__;
    Value m = user_dunder(t, self, name);
    if (!m.is_null() && !m.is_none()) return call_values(t, m, {});
    FALLBACK(unary, t, self, op);
    return t.in.not_implemented;
}

int64_t slot_len(Thread& t, Value self) {
    Value m = user_dunder(t, self, t.in.names.__len__);
    if (m.is_null() || m.is_none()) {
        FALLBACK(len, t, self);
        raisef(t, t.in.types.TypeError, "object of type '{}' has no len()", type_name(t.in, self));
        return -1;
    }
    Value r = call_values(t, m, {});
    if (r.is_null()) return -1;
    if (!r.is_intlike()) {
        raisef(t, t.in.types.TypeError, "'{}' object cannot be interpreted as an integer", type_name(t.in, r));
        return -1;
    }
    if (r.i < 0) {
        raise(t, t.in.types.ValueError, "__len__() should return >= 0");
        return -1;
    }
    return r.i;
}

int slot_truthy(Thread& t, Value self) {
    Value m = user_dunder(t, self, t.in.names.__bool__);
    if (!m.is_null() && !m.is_none()) {
        Value r = call_values(t, m, {});
        if (r.is_null()) return -1;
        if (r.tag != Tag::Bool) {
            raisef(t, t.in.types.TypeError, "__bool__ should return bool, returned {}", type_name(t.in, r));
            return -1;
        }
        return int(r.i);
    }
    m = user_dunder(t, self, t.in.names.__len__);
    if (!m.is_null() && !m.is_none()) {
        int64_t n = slot_len(t, self);
        return n < 0 ? -1 : n > 0;
    }
    FALLBACK(truthy, t, self);
    Type* bb = builtin_base(type_of(t.in, self));
    if (bb && bb->slots.len) {
        int64_t n = bb->slots.len(t, self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Value slot_iter(Thread& t, Value self) {
    Value m = user_dunder(t, self, t.in.names.__iter__);
    if (!m.is_null() && !m.is_none()) return call_values(t, m, {});
    FALLBACK(iter, t, self);
    if (!user_dunder(t, self, t.in.names.__getitem__).is_null()) {
        Iter* it = t.in.heap.make<Iter>(t.in.types.iterator, 0);
        it->ik = IterKind::GetItem;
        it->src = self;
        return Value(it);
    }
    return raisef(t, t.in.types.TypeError, "'{}' object is not iterable", type_name(t.in, self));
}

Value slot_next(Thread& t, Value self) {
    Value m = user_dunder(t, self, t.in.names.__next__);
    if (m.is_null() || m.is_none()) {
        FALLBACK(next, t, self);
        return raisef(t, t.in.types.TypeError, "'{}' object is not an iterator", type_name(t.in, self));
    }
    Value r = call_values(t, m, {});
    if (r.is_null() && exc_pending_is(t, t.in.types.StopIteration)) t.exc = Value();
    return r;
}

Value slot_getitem(Thread& t, Value self, Value key) {
    Value m = user_dunder(t, self, t.in.names.__getitem__);
    if (!m.is_null() && !m.is_none()) return call1(t, m, key);
    FALLBACK(getitem, t, self, key);
    return raisef(t, t.in.types.TypeError, "'{}' object is not subscriptable", type_name(t.in, self));
}

bool slot_setitem(Thread& t, Value self, Value key, Value v) {
    if (v.is_null()) {
        Value m = user_dunder(t, self, t.in.names.__delitem__);
        if (!m.is_null() && !m.is_none()) return !call1(t, m, key).is_null();
        FALLBACK(setitem, t, self, key, v);
        raisef(t, t.in.types.AttributeError, "__delitem__");
        return false;
    }
    Value m = user_dunder(t, self, t.in.names.__setitem__);
    if (!m.is_null() && !m.is_none()) return !call_values(t, m, {key, v}).is_null();
    FALLBACK(setitem, t, self, key, v);
    raisef(t, t.in.types.TypeError, "'{}' object does not support item assignment", type_name(t.in, self));
    return false;
}

int slot_contains(Thread& t, Value self, Value item) {
    Value m = user_dunder(t, self, t.in.names.__contains__);
    if (!m.is_null() && !m.is_none()) {
        Value r = call1(t, m, item);
        return r.is_null() ? -1 : truthy(t, r);
    }
    FALLBACK(contains, t, self, item);
    Type* tp = type_of(t.in, self);
    if (user_dunder(t, self, t.in.names.__iter__).is_null() && user_dunder(t, self, t.in.names.__getitem__).is_null()) {
        raisef(t, t.in.types.TypeError, "argument of type '{}' is not iterable", tp->name->view());
        return -1;
    }
    int found = 0;
    bool ok = for_each(t, self, [&](Value v) {
        int r = v.is(item) ? 1 : eq(t, v, item);
        if (r < 0) return false;
        if (r) {
            found = 1;
            return false;
        }
        return true;
    });
    return found ? 1 : (ok ? 0 : -1);
}

Value slot_call(Thread& t, Value self, Value* args, int nargs, Tuple* kwnames) {
    Value m = user_dunder(t, self, t.in.names.__call__);
    if (m.is_null() || m.is_none())
        return raisef(t, t.in.types.TypeError, "'{}' object is not callable", type_name(t.in, self));
    return call(t, m, args, nargs, kwnames);
}

Value slot_format(Thread& t, Value self, Str* spec) {
    Value m = user_dunder(t, self, t.in.names.__format__);
    if (!m.is_null() && !m.is_none()) return call1(t, m, Value(spec));
    FALLBACK(format, t, self, spec);
    if (spec && spec->len)
        return raisef(t, t.in.types.TypeError, "unsupported format string passed to {}.__format__",
                      type_name(t.in, self));
    return to_str(t, self);
}

#undef FALLBACK

struct SlotRule {
    const char* names;   // space separated dunders
    void (*install)(TypeSlots&);
};

// Which dunders route which slot to its trampoline.
const SlotRule kSlotRules[] = {
    {"__repr__", [](TypeSlots& s) { s.repr = slot_repr; }},
    {"__str__", [](TypeSlots& s) { s.str = slot_str; }},
    {"__hash__ __eq__", [](TypeSlots& s) { s.hash = slot_hash; }},
    {"__eq__ __ne__ __lt__ __le__ __gt__ __ge__", [](TypeSlots& s) { s.compare = slot_compare; }},
    {"__neg__ __pos__ __invert__", [](TypeSlots& s) { s.unary = slot_unary; }},
    {"__len__", [](TypeSlots& s) { s.len = slot_len; }},
    {"__bool__ __len__", [](TypeSlots& s) { s.truthy = slot_truthy; }},
    {"__iter__ __getitem__", [](TypeSlots& s) { s.iter = slot_iter; }},
    {"__next__", [](TypeSlots& s) { s.next = slot_next; }},
    {"__getitem__", [](TypeSlots& s) { s.getitem = slot_getitem; }},
    {"__setitem__ __delitem__", [](TypeSlots& s) { s.setitem = slot_setitem; }},
    {"__contains__", [](TypeSlots& s) { s.contains = slot_contains; }},
    {"__call__", [](TypeSlots& s) { s.call = slot_call; }},
    {"__format__", [](TypeSlots& s) { s.format = slot_format; }},
};

bool defines(Type* cls, std::string_view name) {
    for (auto& e : cls->dict->entries)
        if (is_kind(e.key, Kind::Str) && as<Str>(e.key)->view() == name) return true;
    return false;
}

bool defines_binop(Type* cls) {
    for (auto& e : cls->dict->entries) {
        if (!is_kind(e.key, Kind::Str)) continue;
        std::string_view k = as<Str>(e.key)->view();
        for (int op = 0; op < kNumBinOps; op++)
            if (k == binop_dunder(op) || k == binop_rdunder(op) || k == binop_dunder(op + kInplace)) return true;
    }
    return false;
}

}  // namespace

// Recomputes a user class's slots from its base and its own dunders (at creation, and
// when a dunder is assigned on the class later), then its subclasses'.
void fixup_slots(Type* cls) {
    if (cls->tflags & TF_BUILTIN) return;
    cls->slots = cls->base->slots;
    for (const SlotRule& r : kSlotRules) {
        std::string_view names = r.names;
        size_t pos = 0;
        while (pos < names.size()) {
            size_t sp = names.find(' ', pos);
            std::string_view n = names.substr(pos, sp == std::string_view::npos ? names.npos : sp - pos);
            if (defines(cls, n)) r.install(cls->slots);
            if (sp == std::string_view::npos) break;
            pos = sp + 1;
        }
    }
    if (defines_binop(cls)) cls->slots.binop = slot_binop;
    for (Type* s : cls->subclasses) fixup_slots(s);
}

Value build_class(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    int npos = nargs - (kwnames ? int(kwnames->n) : 0);
    if (kwnames && kwnames->n)
        return raise(t, in.types.TypeError, "class keyword arguments (metaclass=...) are not supported by gilsim");
    if (npos < 2 || !is_kind(args[0], Kind::Function) || !is_kind(args[1], Kind::Str))
        return raise(t, in.types.TypeError, "__build_class__: bad arguments");
    Function* body = as<Function>(args[0]);
    Str* name = as<Str>(args[1]);
    Type* base = in.types.object;
    if (npos > 3)
        return raise(t, in.types.TypeError,
                     "multiple inheritance is not supported by gilsim (one base class at most)");
    if (npos == 3) {
        if (!is_kind(args[2], Kind::Type))
            return raisef(t, in.types.TypeError, "bases must be types, not '{}'", type_name(in, args[2]));
        base = as<Type>(args[2]);
        if (!(base->tflags & TF_BASETYPE))
            return raisef(t, in.types.TypeError, "type '{}' is not an acceptable base type", base->name->view());
        // int and float values are unboxed (their instance kind says Instance, but a
        // subclass's instances would come back as plain ints and floats): refused too.
        bool unboxed = base == in.types.int_ || base == in.types.float_;
        if ((base->tflags & TF_BUILTIN) &&
            ((base->instance_kind != Kind::Instance && base->instance_kind != Kind::Exception) || unboxed))
            return raisef(t, in.types.TypeError, "subclassing the builtin type '{}' is not supported by gilsim",
                          base->name->view());
    }
    // Run the class body with a fresh namespace as its locals.
    Dict* ns = new_dict(in);
    t.temp_roots.push_back(Value(ns));
    Frame* f = bind_call(t, body, nullptr, 0, nullptr);
    if (!f) {
        t.temp_roots.pop_back();
        return Value::null();
    }
    f->locals = ns;
    t.native_depth++;
    Value r = run_frame(t, f);
    t.native_depth--;
    t.temp_roots.pop_back();
    if (r.is_null()) return r;

    Type* cls = in.heap.make<Type>(in.types.type, 0);
    cls->name = name;
    cls->base = base;
    cls->dict = ns;
    cls->instance_kind = base->instance_kind;
    cls->tflags = TF_BASETYPE;
    Value mod = dict_get_str(ns, in.names.__module__);
    cls->module = is_kind(mod, Kind::Str) ? as<Str>(mod) : in.names.__main__;
    base->subclasses.push_back(cls);
    // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
    if (!dict_get_str(ns, in.names.__eq__).is_null() && dict_get_str(ns, in.names.__hash__).is_null())
        dict_set_str(in, ns, in.names.__hash__, Value::none());
    fixup_slots(cls);
    Str* classcell = intern(in, "__classcell__");
    Value cell = dict_get_str(ns, classcell);
    if (is_kind(cell, Kind::Cell)) {
        as<Cell>(cell)->value = Value(cls);
        dict_del(t, ns, Value(classcell));
    }
    return Value(cls);
}

namespace {

// type(x) -> its type; type(name, bases, dict) -> a new class.
Value type_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (nargs == 1 && !kwnames) return Value(type_of(in, args[0]));
    if (nargs != 3) return raise(t, in.types.TypeError, "type() takes 1 or 3 arguments");
    if (!is_kind(args[0], Kind::Str) || !is_kind(args[1], Kind::Tuple) || !is_kind(args[2], Kind::Dict))
        return raise(t, in.types.TypeError, "type.__new__() argument types must be (str, tuple, dict)");
    Tuple* bases = as<Tuple>(args[1]);
    if (bases->n > 1) return raise(t, in.types.TypeError, "multiple inheritance is not supported by gilsim");
    Type* base = bases->n ? as<Type>(bases->items()[0]) : in.types.object;
    Type* cls = in.heap.make<Type>(in.types.type, 0);
    cls->name = as<Str>(args[0]);
    cls->base = base;
    cls->dict = dict_copy(in, as<Dict>(args[2]));
    cls->instance_kind = base->instance_kind;
    cls->tflags = TF_BASETYPE;
    cls->module = in.names.__main__;
    base->subclasses.push_back(cls);
    fixup_slots(cls);
    return Value(cls);
}

Value type_repr(Thread& t, Value self) {
    Type* tp = as<Type>(self);
    std::string_view mod = tp->module ? tp->module->view() : "builtins";
    Value q = dict_get_str(tp->dict, t.in.names.__qualname__);
    std::string_view name = is_kind(q, Kind::Str) ? as<Str>(q)->view() : tp->name->view();
    if (mod == "builtins") return make_str(t.in, fmt::format("<class '{}'>", name));
    return make_str(t.in, fmt::format("<class '{}.{}'>", mod, name));
}

Value type_call_slot(Thread& t, Value self, Value* args, int nargs, Tuple* kwnames) {
    return call(t, self, args, nargs, kwnames);
}

Value object_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (type == t.in.types.object) {
        if (nargs) return raise(t, t.in.types.TypeError, "object() takes no arguments");
        return Value(t.in.heap.make<Instance>(type, 0));
    }
    return construct_instance(t, type, args, nargs, kwnames);
}

Value object_init(Thread& t, Value* args, int nargs, Tuple* kwnames) { return Value::none(); }

// super() with no arguments: the class from the calling function's __class__ cell and
// the instance from its first argument.
Value super_construct(Thread& t, Type*, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Type* start = nullptr;
    Value self;
    if (nargs == 2) {
        if (!is_kind(args[0], Kind::Type)) return raise(t, in.types.TypeError, "super() argument 1 must be a type");
        start = as<Type>(args[0]);
        self = args[1];
    } else if (nargs == 0) {
        Frame* f = t.frame;
        if (!f || f->code->argcount == 0) return raise(t, in.types.RuntimeError, "super(): no arguments");
        Code* c = f->code;
        self = f->localsplus()[0];
        for (int i = 0; i < c->ncells(); i++)
            if (c->cell2arg[size_t(i)] == 0) self = as<Cell>(f->localsplus()[c->nlocals + i])->value;
        for (int i = 0; i < c->nfrees(); i++)
            if (c->freevars[size_t(i)]->view() == "__class__") {
                Value cv = as<Cell>(f->localsplus()[c->nlocals + c->ncells() + i])->value;
                if (is_kind(cv, Kind::Type)) start = as<Type>(cv);
            }
        if (!start) return raise(t, in.types.RuntimeError, "super(): __class__ cell not found");
        if (self.is_null()) return raise(t, in.types.RuntimeError, "super(): arg[0] deleted");
    } else {
        return raise(t, in.types.TypeError, "super() takes 0 or 2 arguments");
    }
    auto* s = in.heap.make<Super>(in.types.super, 0);
    s->start = start;
    s->self = self;
    return Value(s);
}

Value super_getattr(Thread& t, Value self, Str* name) {
    auto* s = as<Super>(self);
    Type* obj_type = is_kind(s->self, Kind::Type) && as<Type>(s->self)->is_subtype_of(s->start)
                         ? as<Type>(s->self) : type_of(t.in, s->self);
    bool past = false;
    for (Type* b = obj_type; b; b = b->base) {
        if (!past) {
            if (b == s->start) past = true;
            continue;
        }
        Value v = dict_get_str(b->dict, name);
        if (v.is_null()) continue;
        if (is_kind(v, Kind::Function)) {
            if (is_kind(s->self, Kind::Type) && obj_type == as<Type>(s->self)) return v;
            auto* m = t.in.heap.make<BoundMethod>(t.in.types.method, 0);
            m->func = v;
            m->self = s->self;
            return Value(m);
        }
        if (is_kind(v, Kind::Native) && as<Native>(v)->owner) {
            auto* n = as<Native>(v);
            auto* bound = t.in.heap.make<Native>(t.in.types.builtin_function, 0);
            bound->fn = n->fn;
            bound->name = n->name;
            bound->owner = n->owner;
            bound->self = n->is_static ? Value(obj_type) : s->self;
            return Value(bound);
        }
        if (is_kind(v, Kind::ClassMethod)) {
            auto* m = t.in.heap.make<BoundMethod>(t.in.types.method, 0);
            m->func = as<Wrapper>(v)->func;
            m->self = Value(obj_type);
            return Value(m);
        }
        if (is_kind(v, Kind::StaticMethod)) return as<Wrapper>(v)->func;
        if (is_kind(v, Kind::Property)) return call_values(t, as<Wrapper>(v)->func, {s->self});
        return v;
    }
    return Value::null();
}

Value wrapper_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Kind k = type->instance_kind;
    auto* w = in.heap.make<Wrapper>(type, 0, k);
    if (k == Kind::Property) {
        Value fget = Value::none(), fset = Value::none(), fdel = Value::none(), doc = Value::none();
        if (!bind_args(t, "property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0,
                       {&fget, &fset, &fdel, &doc}))
            return Value::null();
        w->func = fget;
        w->fset = fset;
        w->fdel = fdel;
        return Value(w);
    }
    if (nargs != 1 || kwnames)
        return raisef(t, in.types.TypeError, "{} expected 1 argument, got {}", type->name->view(), nargs);
    w->func = args[0];
    return Value(w);
}

// property.setter / .getter / .deleter: a copy with one accessor replaced.
Value property_with(Thread& t, Value* args, int nargs, int which) {
    if (nargs != 2) return raise(t, t.in.types.TypeError, "expected 1 argument");
    auto* p = as<Wrapper>(args[0]);
    auto* w = t.in.heap.make<Wrapper>(p->type, 0, Kind::Property);
    w->func = which == 0 ? args[1] : p->func;
    w->fset = which == 1 ? args[1] : p->fset;
    w->fdel = which == 2 ? args[1] : p->fdel;
    return Value(w);
}

Value mro_method(Thread& t, Value* args, int nargs, Tuple*) {
    List* l = new_list(t.in);
    for (Type* b = as<Type>(args[0]); b; b = b->base) l->items.push_back(Value(b));
    return Value(l);
}

Value subclasses_method(Thread& t, Value* args, int nargs, Tuple*) {
    List* l = new_list(t.in);
    for (Type* s : as<Type>(args[0])->subclasses) l->items.push_back(Value(s));
    return Value(l);
}

}  // namespace

void init_object_type(Interp& in) {
    Types& T = in.types;
    T.object->slots.repr = object_repr;
    T.object->slots.str = object_str;
    T.object->slots.hash = object_hash;
    T.object->slots.compare = object_compare;
    T.object->slots.construct = object_construct;
    add_methods(in, T.object, {{"__init__", object_init}});

    T.type->slots.repr = type_repr;
    T.type->slots.construct = type_construct;
    T.type->slots.hash = object_hash;
    T.type->slots.call = type_call_slot;
    add_methods(in, T.type, {{"mro", mro_method}, {"__subclasses__", subclasses_method}});

    T.super->slots.construct = super_construct;
    T.super->slots.getattr = super_getattr;
    T.super->slots.repr = object_repr;
    for (Type* w : {T.property, T.staticmethod, T.classmethod}) {
        w->slots.construct = wrapper_construct;
        w->slots.repr = object_repr;
        w->slots.hash = object_hash;
    }
    add_methods(in, T.property,
                {{"getter", [](Thread& t, Value* a, int n, Tuple*) { return property_with(t, a, n, 0); }},
                 {"setter", [](Thread& t, Value* a, int n, Tuple*) { return property_with(t, a, n, 1); }},
                 {"deleter", [](Thread& t, Value* a, int n, Tuple*) { return property_with(t, a, n, 2); }}});
}

}  // namespace gs
