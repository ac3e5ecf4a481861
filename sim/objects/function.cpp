// The function-like types: reprs, hashing and equality of Python functions, builtin
// functions and methods, bound methods, cells, code objects, modules and the descriptor
// wrappers (property, staticmethod, classmethod). Calling them is call.cpp's business,
// attribute access (__name__, __self__...) attr.cpp's.
//
// Builtin types do not inherit slots in gilsim, so each of these types needs its own hash
// slot to be hashable at all; all hash by identity except bound methods, which CPython
// compares and hashes by (self, function).
#include <string>

#include "sim/objects/identity.hpp"
#include "sim/objects/init.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

// CPython prints addresses with %p: "0x7f..." in lower case.
std::string addr(Value v) { return fmt::format("{:#x}", uint64_t(value_id(v))); }

bool identity_hash_slot(Thread& t, Value self, int64_t* out) {
    *out = identity_hash(self);
    return true;
}

// ---- Python functions ------------------------------------------------------------------

Value function_repr(Thread& t, Value self) {
    auto* f = as<Function>(self);
    Str* q = f->qualname ? f->qualname : f->name;
    return make_str(t.in, fmt::format("<function {} at {}>", q ? q->view() : "?", addr(self)));
}

// ---- bound methods -----------------------------------------------------------------------

// The qualified name of whatever a bound method wraps (usually a Python function): its
// __qualname__, else its __name__, else "?" (method_repr in CPython's classobject.c).
bool callable_qualname(Thread& t, Value func, std::string& out) {
    if (is_kind(func, Kind::Function)) {
        auto* f = as<Function>(func);
        Str* q = f->qualname ? f->qualname : f->name;
        out += q ? q->view() : "?";
        return true;
    }
    for (Str* attr : {t.in.names.__qualname__, t.in.names.__name__}) {
        bool found;
        Value v = getattr_opt(t, func, attr, &found);
        if (v.is_null() && !t.exc.is_null()) {
            if (!exc_pending_is(t, t.in.types.AttributeError)) return false;
            t.exc = Value();
            continue;
        }
        if (found && is_kind(v, Kind::Str)) {
            out += as<Str>(v)->view();
            return true;
        }
    }
    out += '?';
    return true;
}

// "<bound method A.f of <__main__.A object at 0x...>>": the receiver is shown by its repr.
Value method_repr(Thread& t, Value self) {
    auto* m = as<BoundMethod>(self);
    std::string out = "<bound method ";
    if (!callable_qualname(t, m->func, out)) return Value::null();
    out += " of ";
    if (!repr_into(t, m->self, out)) return Value::null();
    out += '>';
    return make_str(t.in, out);
}

// Two bound methods are equal when they bind the same receiver (identity) to equal
// functions; ordering is not defined.
Value method_compare(Thread& t, Value a, Value b, int op) {
    CmpKind k = CmpKind(op);
    if ((k != CmpKind::Eq && k != CmpKind::Ne) || !is_kind(b, Kind::BoundMethod) || !is_kind(a, Kind::BoundMethod))
        return t.in.not_implemented;
    auto* x = as<BoundMethod>(a);
    auto* y = as<BoundMethod>(b);
    int same = x->self.is(y->self) ? eq(t, x->func, y->func) : 0;
    if (same < 0) return Value::null();
    return Value::boolean(k == CmpKind::Eq ? same == 1 : same == 0);
}

bool method_hash(Thread& t, Value self, int64_t* out) {
    auto* m = as<BoundMethod>(self);
    int64_t fh;
    if (!hash(t, m->func, &fh)) return false;
    int64_t h = identity_hash(m->self) ^ fh;
    *out = h == -1 ? -2 : h;
    return true;
}

// ---- builtin functions and methods -------------------------------------------------------

// "<built-in function len>" for functions (and functions of modules), "<built-in method
// append of list object at 0x...>" once bound to a receiver, and "<method 'append' of
// 'list' objects>" for the unbound method as found on its type.
Value native_repr(Thread& t, Value self) {
    auto* n = as<Native>(self);
    std::string_view name = n->name ? n->name->view() : "?";
    if (n->self.is_null() && n->owner)
        return make_str(t.in, fmt::format("<method '{}' of '{}' objects>", name, n->owner->name->view()));
    if (n->self.is_null() || is_kind(n->self, Kind::Module))
        return make_str(t.in, fmt::format("<built-in function {}>", name));
    return make_str(t.in, fmt::format("<built-in method {} of {} object at {}>", name, type_name(t.in, n->self),
                                      addr(n->self)));
}

// Bound builtin methods are equal when they are the same C function bound to the same
// receiver ([].append != [].append, but l.append == l.append).
Value native_compare(Thread& t, Value a, Value b, int op) {
    CmpKind k = CmpKind(op);
    if ((k != CmpKind::Eq && k != CmpKind::Ne) || !is_kind(a, Kind::Native) || !is_kind(b, Kind::Native))
        return t.in.not_implemented;
    auto* x = as<Native>(a);
    auto* y = as<Native>(b);
    bool same = x->fn == y->fn && x->self.is(y->self) && x->owner == y->owner;
    return Value::boolean(k == CmpKind::Eq ? same : !same);
}

bool native_hash(Thread& t, Value self, int64_t* out) {
    auto* n = as<Native>(self);
    int64_t hs = n->self.is_null() ? 0 : identity_hash(n->self);
    int64_t h = hs ^ pointer_hash(uint64_t(reinterpret_cast<uintptr_t>(n->fn)));
    *out = h == -1 ? -2 : h;
    return true;
}

// ---- cells, code, modules ------------------------------------------------------------------

Value cell_repr(Thread& t, Value self) {
    auto* c = as<Cell>(self);
    if (c->value.is_null()) return make_str(t.in, fmt::format("<cell at {}: empty>", addr(self)));
    return make_str(t.in, fmt::format("<cell at {}: {} object at {}>", addr(self), type_name(t.in, c->value),
                                      addr(c->value)));
}

Value code_repr(Thread& t, Value self) {
    auto* c = as<Code>(self);
    const Source* src = c->source.get();
    return make_str(t.in, fmt::format("<code object {} at {}, file \"{}\", line {}>",
                                      c->name ? c->name->view() : "?", addr(self), src ? src->path : "???",
                                      c->firstlineno));
}

// "<module 'sys' (built-in)>", or "<module '__main__' from '/path/prog.py'>" for a module
// loaded from a file (one with a __file__).
Value module_repr(Thread& t, Value self) {
    auto* m = as<Module>(self);
    Value name = m->dict ? dict_get_str(m->dict, t.in.names.__name__) : Value::null();
    std::string_view n = is_kind(name, Kind::Str) ? as<Str>(name)->view() : m->name ? m->name->view() : "?";
    Value file = m->dict ? dict_get_str(m->dict, t.in.names.__file__) : Value::null();
    if (is_kind(file, Kind::Str))
        return make_str(t.in, fmt::format("<module '{}' from '{}'>", n, as<Str>(file)->view()));
    return make_str(t.in, fmt::format("<module '{}' (built-in)>", n));
}

// ---- descriptor wrappers --------------------------------------------------------------------

Value property_repr(Thread& t, Value self) {
    return make_str(t.in, fmt::format("<property object at {}>", addr(self)));
}

// "<staticmethod(<function A.s at 0x...>)>" (3.10+ shows the wrapped callable).
Value wrapper_repr(Thread& t, Value self) {
    std::string out = "<";
    out += type_name(t.in, self);
    out += '(';
    if (!repr_into(t, as<Wrapper>(self)->func, out)) return Value::null();
    out += ")>";
    return make_str(t.in, out);
}

}  // namespace

void init_function_types(Interp& in) {
    Types& T = in.types;
    T.function->slots.repr = function_repr;
    T.method->slots.repr = method_repr;
    T.method->slots.compare = method_compare;
    T.method->slots.hash = method_hash;
    T.builtin_function->slots.repr = native_repr;
    T.builtin_function->slots.compare = native_compare;
    T.builtin_function->slots.hash = native_hash;
    T.cell->slots.repr = cell_repr;
    T.code->slots.repr = code_repr;
    T.module->slots.repr = module_repr;
    T.property->slots.repr = property_repr;
    T.staticmethod->slots.repr = wrapper_repr;
    T.classmethod->slots.repr = wrapper_repr;
    for (Type* tp : {T.function, T.cell, T.code, T.module, T.property, T.staticmethod, T.classmethod})
        tp->slots.hash = identity_hash_slot;
}

}  // namespace gs
