// The generic value protocols: truth, equality and ordering, hashing, arithmetic
// dispatch, containment, repr/str, len, items and iteration. Each dispatches on the
// operands' type slots, with inline fast paths for the values that do not allocate.
#include "sim/vm/runtime.hpp"

namespace gs {

Type* type_of(Interp& in, Value v) {
    switch (v.tag) {
        case Tag::Obj: return v.o->type;
        case Tag::Int: return in.types.int_;
        case Tag::Float: return in.types.float_;
        case Tag::Bool: return in.types.bool_;
        case Tag::None: return in.types.none_type;
        case Tag::Null: break;
    }
    return in.types.none_type;
}

bool is_instance(Interp& in, Value v, Type* type) { return type_of(in, v)->is_subtype_of(type); }

std::string_view type_name(Interp& in, Value v) { return type_of(in, v)->name->view(); }

Value make_str(Interp& in, std::string_view utf8) { return Value(new_str(in, utf8)); }

Value make_tuple(Interp& in, std::initializer_list<Value> items) {
    return Value(new_tuple(in, items.begin(), uint32_t(items.size())));
}

// ---- truth --------------------------------------------------------------------------

int truthy(Thread& t, Value v) {
    switch (v.tag) {
        case Tag::Bool:
        case Tag::Int: return v.i != 0;
        case Tag::Float: return v.f != 0.0;
        case Tag::None:
        case Tag::Null: return 0;
        case Tag::Obj: break;
    }
    Object* o = v.o;
    switch (o->kind) {
        case Kind::Str: if (o->type == t.in.types.str) return static_cast<Str*>(o)->len != 0; break;
        case Kind::List: if (o->type == t.in.types.list) return !static_cast<List*>(o)->items.empty(); break;
        case Kind::Tuple: if (o->type == t.in.types.tuple) return static_cast<Tuple*>(o)->n != 0; break;
        case Kind::Dict: if (o->type == t.in.types.dict) return static_cast<Dict*>(o)->used != 0; break;
        default: break;
    }
    const TypeSlots& s = o->type->slots;
    if (s.truthy) return s.truthy(t, v);
    if (s.len) {
        int64_t n = s.len(t, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- comparison -----------------------------------------------------------------------

static bool numeric(Value v) { return v.tag == Tag::Int || v.tag == Tag::Bool || v.tag == Tag::Float; }

// Compares two numbers (int, bool, float) exactly, as CPython does (an int and a float
// compare by value even when the int cannot be represented as a double).
static int num_cmp3(Value a, Value b, bool* unordered) {
    *unordered = false;
    if (a.tag != Tag::Float && b.tag != Tag::Float) return a.i < b.i ? -1 : a.i > b.i;
    if (a.tag == Tag::Float && b.tag == Tag::Float) {
        if (a.f != a.f || b.f != b.f) { *unordered = true; return 0; }
        return a.f < b.f ? -1 : a.f > b.f;
    }
    bool swap = a.tag != Tag::Float;
    double x = swap ? b.f : a.f;
    int64_t n = swap ? a.i : b.i;
    int r;
    if (x != x) { *unordered = true; return 0; }
    if (x >= 9223372036854775808.0) r = 1;
    else if (x < -9223372036854775808.0) r = -1;
    else {
        double fl = double(int64_t(x));  // truncation toward zero
        int64_t xi = int64_t(x);
        if (xi < n) r = -1;
        else if (xi > n) r = 1;
        else r = x > fl ? 1 : (x < fl ? -1 : 0);
    }
    return swap ? -r : r;
}

static bool cmp_result(int c, CmpKind op) {
    switch (op) {
        case CmpKind::Lt: return c < 0;
        case CmpKind::Le: return c <= 0;
        case CmpKind::Eq: return c == 0;
        case CmpKind::Ne: return c != 0;
        case CmpKind::Gt: return c > 0;
        case CmpKind::Ge: return c >= 0;
    }
    return false;
}

Value compare(Thread& t, Value a, Value b, CmpKind op) {
    if (numeric(a) && numeric(b)) {
        bool unordered;
        int c = num_cmp3(a, b, &unordered);
        if (unordered) return Value::boolean(op == CmpKind::Ne);
        return Value::boolean(cmp_result(c, op));
    }
    if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str) && a.o->type == t.in.types.str &&
        b.o->type == t.in.types.str) {
        Str* x = as<Str>(a);
        Str* y = as<Str>(b);
        if (op == CmpKind::Eq) return Value::boolean(str_eq(x, y));
        if (op == CmpKind::Ne) return Value::boolean(!str_eq(x, y));
        int c = x->view().compare(y->view());  // UTF-8 byte order = code point order
        return Value::boolean(cmp_result(c, op));
    }
    Interp& in = t.in;
    Type* ta = type_of(in, a);
    Type* tb = type_of(in, b);
    bool checked_reverse = false;
    if (ta != tb && tb->is_subtype_of(ta) && tb->slots.compare) {
        checked_reverse = true;
        Value r = tb->slots.compare(t, b, a, int(cmp_swapped(op)));
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    if (ta->slots.compare) {
        Value r = ta->slots.compare(t, a, b, int(op));
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    if (!checked_reverse && tb->slots.compare) {
        Value r = tb->slots.compare(t, b, a, int(cmp_swapped(op)));
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    if (op == CmpKind::Eq) return Value::boolean(a.is(b));
    if (op == CmpKind::Ne) return Value::boolean(!a.is(b));
    return raisef(t, in.types.TypeError, "'{}' not supported between instances of '{}' and '{}'",
                  cmp_symbol(op), ta->name->view(), tb->name->view());
}

int compare_bool(Thread& t, Value a, Value b, CmpKind op) {
    Value r = compare(t, a, b, op);
    if (r.is_null()) return -1;
    if (r.tag == Tag::Bool) return int(r.i);
    return truthy(t, r);
}

int eq(Thread& t, Value a, Value b) {
    if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i == b.i;
    if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str)) {
        if (a.o == b.o) return 1;
        if (a.o->type == t.in.types.str && b.o->type == t.in.types.str)
            return str_eq(as<Str>(a), as<Str>(b));
    }
    return compare_bool(t, a, b, CmpKind::Eq);
}

// ---- hashing ----------------------------------------------------------------------------

// CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1, sign kept.
static constexpr int64_t kModulus = (int64_t(1) << 61) - 1;

static int64_t hash_int(int64_t v) {
    if (v == INT64_MIN) return -4;  // -(2**63) mod (2**61 - 1), sign kept
    int64_t a = v < 0 ? -v : v;
    int64_t h = a % kModulus;
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

static int64_t hash_float(double d) {
    if (d != d) return 0;  // CPython 3.10+ hashes NaN by identity; gilsim uses 0
    if (d == __builtin_inf()) return 314159;
    if (d == -__builtin_inf()) return -314159;
    int e;
    double m = __builtin_frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & uint64_t(kModulus)) | x >> (61 - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= uint64_t(kModulus)) x -= uint64_t(kModulus);
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & uint64_t(kModulus)) | x >> (61 - e);
    int64_t h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

bool hash(Thread& t, Value v, int64_t* out) {
    switch (v.tag) {
        case Tag::Int:
        case Tag::Bool: *out = hash_int(v.i); return true;
        case Tag::Float: *out = hash_float(v.f); return true;
        case Tag::None: *out = 0xFCA86420; return true;  // a constant, as CPython 3.12 has
        case Tag::Null: *out = 0; return true;
        case Tag::Obj: break;
    }
    if (v.o->kind == Kind::Str && v.o->type == t.in.types.str) {
        *out = str_hash(as<Str>(v));
        return true;
    }
    Type* tp = v.o->type;
    if (!tp->slots.hash) {
        raisef(t, t.in.types.TypeError, "unhashable type: '{}'", tp->name->view());
        return false;
    }
    return tp->slots.hash(t, v, out);
}

// ---- arithmetic -------------------------------------------------------------------------

Value binary_op(Thread& t, Value a, Value b, int op) {
    Interp& in = t.in;
    Type* ta = type_of(in, a);
    Type* tb = type_of(in, b);
    if (op >= kInplace) {
        if (ta->slots.binop) {
            Value r = ta->slots.binop(t, a, b, op);
            if (r.is_null() || !r.is(in.not_implemented)) return r;
        }
    }
    int plain = op >= kInplace ? op - kInplace : op;
    auto sa = ta->slots.binop;
    auto sb = tb->slots.binop;
    if (sb == sa) sb = nullptr;
    if (sa) {
        if (sb && tb->is_subtype_of(ta)) {
            Value r = sb(t, a, b, plain);
            if (r.is_null() || !r.is(in.not_implemented)) return r;
            sb = nullptr;
        }
        Value r = sa(t, a, b, plain);
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    if (sb) {
        Value r = sb(t, a, b, plain);
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    if (plain == int(BinOpKind::Pow) && op < kInplace)
        return raisef(t, in.types.TypeError, "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                      ta->name->view(), tb->name->view());
    return raisef(t, in.types.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'",
                  binop_symbol(op), ta->name->view(), tb->name->view());
}

Value unary_op(Thread& t, Value v, Opcode op) {
    if (op == Opcode::UNARY_NOT) {
        int b = truthy(t, v);
        return b < 0 ? Value::null() : Value::boolean(!b);
    }
    Type* tp = type_of(t.in, v);
    if (tp->slots.unary) {
        Value r = tp->slots.unary(t, v, int(op));
        if (r.is_null() || !r.is(t.in.not_implemented)) return r;
    }
    const char* sym = op == Opcode::UNARY_NEGATIVE ? "unary -" : op == Opcode::UNARY_POSITIVE ? "unary +" : "unary ~";
    return raisef(t, t.in.types.TypeError, "bad operand type for {}: '{}'", sym, tp->name->view());
}

// ---- containment, length, items ----------------------------------------------------------

int contains(Thread& t, Value container, Value item) {
    Type* tp = type_of(t.in, container);
    if (tp->slots.contains) return tp->slots.contains(t, container, item);
    if (!tp->slots.iter && !tp->slots.getitem) {
        raisef(t, t.in.types.TypeError, "argument of type '{}' is not iterable", tp->name->view());
        return -1;
    }
    int found = 0;
    bool ok = for_each(t, container, [&](Value v) {
        int r = v.is(item) ? 1 : eq(t, v, item);
        if (r < 0) return false;
        if (r) { found = 1; return false; }
        return true;
    });
    if (found) return 1;
    return ok ? 0 : -1;
}

int64_t length(Thread& t, Value v) {
    Type* tp = type_of(t.in, v);
    if (tp->slots.len) return tp->slots.len(t, v);
    raisef(t, t.in.types.TypeError, "object of type '{}' has no len()", tp->name->view());
    return -1;
}

bool index_value(Thread& t, Value v, int64_t* out) {
    if (v.is_intlike()) {
        *out = v.i;
        return true;
    }
    if (v.is_obj()) {
        Value m = lookup_special(t, v, t.in.names.__index__);
        if (!m.is_null()) {
            Value r = call_values(t, m, {});
            if (r.is_null()) return false;
            if (r.is_intlike()) {
                *out = r.i;
                return true;
            }
            raisef(t, t.in.types.TypeError, "__index__ returned non-int (type {})", type_name(t.in, r));
            return false;
        }
    }
    raisef(t, t.in.types.TypeError, "'{}' object cannot be interpreted as an integer", type_name(t.in, v));
    return false;
}

Value getitem(Thread& t, Value obj, Value key) {
    Type* tp = type_of(t.in, obj);
    if (tp->slots.getitem) return tp->slots.getitem(t, obj, key);
    if (is_kind(obj, Kind::Type)) {
        if (obj.o == t.in.types.type || as<Type>(obj)->tflags & TF_BUILTIN) return obj;  // list[int]
        return raisef(t, t.in.types.TypeError, "type '{}' is not subscriptable", as<Type>(obj)->name->view());
    }
    return raisef(t, t.in.types.TypeError, "'{}' object is not subscriptable", tp->name->view());
}

bool setitem(Thread& t, Value obj, Value key, Value v) {
    Type* tp = type_of(t.in, obj);
    if (tp->slots.setitem) return tp->slots.setitem(t, obj, key, v);
    raisef(t, t.in.types.TypeError, "'{}' object does not support item assignment", tp->name->view());
    return false;
}

bool delitem(Thread& t, Value obj, Value key) {
    Type* tp = type_of(t.in, obj);
    if (tp->slots.setitem) return tp->slots.setitem(t, obj, key, Value::null());
    raisef(t, t.in.types.TypeError, "'{}' object doesn't support item deletion", tp->name->view());
    return false;
}

// ---- iteration --------------------------------------------------------------------------

Value get_iter(Thread& t, Value v) {
    Type* tp = type_of(t.in, v);
    if (tp->slots.iter) {
        Value it = tp->slots.iter(t, v);
        if (it.is_null()) return it;
        if (!type_of(t.in, it)->slots.next)
            return raisef(t, t.in.types.TypeError, "iter() returned non-iterator of type '{}'",
                          type_name(t.in, it));
        return it;
    }
    if (tp->slots.getitem && !is_kind(v, Kind::Dict)) {
        Iter* it = t.in.heap.make<Iter>(t.in.types.iterator, 0);
        it->ik = IterKind::GetItem;
        it->src = v;
        return Value(it);
    }
    return raisef(t, t.in.types.TypeError, "'{}' object is not iterable", tp->name->view());
}

Value iter_next(Thread& t, Value it) {
    Type* tp = type_of(t.in, it);
    if (!tp->slots.next)
        return raisef(t, t.in.types.TypeError, "'{}' object is not an iterator", tp->name->view());
    return tp->slots.next(t, it);
}

// ---- repr and str -------------------------------------------------------------------------

Value repr(Thread& t, Value v) {
    Type* tp = type_of(t.in, v);
    if (!tp->slots.repr) return raisef(t, t.in.types.TypeError, "'{}' object has no repr", tp->name->view());
    Value r = tp->slots.repr(t, v);
    if (r.is_null()) return r;
    if (!is_kind(r, Kind::Str))
        return raisef(t, t.in.types.TypeError, "__repr__ returned non-string (type {})", type_name(t.in, r));
    return r;
}

Value to_str(Thread& t, Value v) {
    if (is_kind(v, Kind::Str) && v.o->type == t.in.types.str) return v;
    Type* tp = type_of(t.in, v);
    Value r = tp->slots.str ? tp->slots.str(t, v) : repr(t, v);
    if (r.is_null()) return r;
    if (!is_kind(r, Kind::Str))
        return raisef(t, t.in.types.TypeError, "__str__ returned non-string (type {})", type_name(t.in, r));
    return r;
}

bool repr_into(Thread& t, Value v, std::string& out) {
    Value r = repr(t, v);
    if (r.is_null()) return false;
    out += as<Str>(r)->view();
    return true;
}

bool str_into(Thread& t, Value v, std::string& out) {
    Value r = to_str(t, v);
    if (r.is_null()) return false;
    out += as<Str>(r)->view();
    return true;
}

Value format_value(Thread& t, Value v, Str* spec) {
    Type* tp = type_of(t.in, v);
    if (tp->slots.format) return tp->slots.format(t, v, spec);
    if (spec && spec->len)
        return raisef(t, t.in.types.TypeError, "unsupported format string passed to {}.__format__",
                      tp->name->view());
    return to_str(t, v);
}

}  // namespace gs
