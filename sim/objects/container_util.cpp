// Helpers shared by the container types: the repr recursion guard, identity repr and
// hash, index conversion, and the operand rules of sequence + and *.
#include "sim/objects/container_util.hpp"

#include "sim/objects/identity.hpp"

namespace gs {

namespace {

// A repr marker is a Null-tagged value whose payload is the (aligned, so even) address
// of the object being printed; a comparison-depth marker has an odd payload.
bool is_marker(const Value& v) { return v.tag == Tag::Null && v.o != nullptr && (v.i & 1) == 0; }
bool is_depth_marker(const Value& v) { return v.tag == Tag::Null && (v.i & 1) == 1; }

}  // namespace

int ReprGuard::enter(Object* o) {
    int depth = 0;
    for (const Value& v : t_.temp_roots) {
        if (!is_marker(v)) continue;
        if (v.o == o) return 0;
        depth++;
    }
    if (t_.depth + depth >= t_.in.config.recursion_limit) {
        raise(t_, t_.in.types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    Value marker;
    marker.o = o;
    t_.temp_roots.push_back(marker);
    entered_ = o;
    return 1;
}

ReprGuard::~ReprGuard() {
    if (!entered_) return;
    auto& roots = t_.temp_roots;
    // Normally the last entry; searched for in case a callee left roots behind.
    for (size_t i = roots.size(); i-- > 0;)
        if (is_marker(roots[i]) && roots[i].o == entered_) {
            roots.erase(roots.begin() + long(i));
            return;
        }
}

bool CompareDepth::enter() {
    auto& roots = t_.temp_roots;
    int64_t depth = 0;
    for (size_t i = roots.size(); i-- > 0;)
        if (is_depth_marker(roots[i])) {
            depth = roots[i].i >> 1;
            break;
        }
    if (t_.depth + depth + 1 >= t_.in.config.recursion_limit) {
        raise(t_, t_.in.types.RecursionError, "maximum recursion depth exceeded in comparison");
        return false;
    }
    depth_ = depth + 1;
    Value marker;
    marker.i = (depth_ << 1) | 1;
    roots.push_back(marker);
    return true;
}

CompareDepth::~CompareDepth() {
    if (!depth_) return;
    auto& roots = t_.temp_roots;
    for (size_t i = roots.size(); i-- > 0;)
        if (is_depth_marker(roots[i]) && (roots[i].i >> 1) == depth_) {
            roots.erase(roots.begin() + long(i));
            return;
        }
}

Value identity_repr(Thread& t, Value self) {
    return make_str(t.in, fmt::format("<{} object at {:#x}>", type_name(t.in, self), uintptr_t(self.o)));
}

bool hash_by_identity(Thread& t, Value self, int64_t* out) {
    *out = identity_hash(self);
    return true;
}

bool to_index(Thread& t, Value v, int64_t* out) {
    if (v.is_intlike()) {
        *out = v.i;
        return true;
    }
    Value m = v.is_obj() ? lookup_special(t, v, t.in.names.__index__) : Value::null();
    if (m.is_null()) {
        raisef(t, t.in.types.TypeError, "'{}' object cannot be interpreted as an integer", type_name(t.in, v));
        return false;
    }
    Value r = call_values(t, m, {});
    if (r.is_null()) return false;
    if (!r.is_intlike()) {
        raisef(t, t.in.types.TypeError, "__index__ returned non-int (type {})", type_name(t.in, r));
        return false;
    }
    *out = r.i;
    return true;
}

bool is_index(Thread& t, Value v) {
    if (v.is_intlike()) return true;
    return v.is_obj() && !lookup_special(t, v, t.in.names.__index__).is_null();
}

bool seq_index(Thread& t, Value key, int64_t len, int64_t* out) {
    int64_t i;
    if (key.is_intlike()) i = key.i;
    else if (!to_index(t, key, &i)) return false;
    *out = i < 0 ? i + len : i;
    return true;
}

bool try_right_binop(Thread& t, Value a, Value b, int op, Value* result) {
    if (b.is_intlike()) return false;  // int's binop never knows a sequence
    // str, bytes, list and tuple implement + and * as CPython's sequence slots, which
    // come after the number slots: the left sequence's own rule decides.
    if (is_builtin_seq(b)) return false;
    Type* ta = type_of(t.in, a);
    Type* tb = type_of(t.in, b);
    if (!tb->slots.binop || tb->slots.binop == ta->slots.binop) return false;
    Value r = tb->slots.binop(t, a, b, op % kInplace);
    if (!r.is_null() && r.is(t.in.not_implemented)) return false;
    *result = r;
    return true;
}

bool seq_repeat_count(Thread& t, Value n, int64_t* count) {
    if (n.is_intlike()) {
        *count = n.i;
        return true;
    }
    if (is_index(t, n)) return to_index(t, n, count);
    raisef(t, t.in.types.TypeError, "can't multiply sequence by non-int of type '{}'", type_name(t.in, n));
    return false;
}

bool reserve_ok(Thread& t, uint64_t items) {
    if (items > (uint64_t(1) << 40) || !t.in.heap.would_fit(items * sizeof(Value))) {
        raise_no_memory(t);
        return false;
    }
    return true;
}

}  // namespace gs

namespace gs {

static bool refuse_kwargs(Thread& t, const char* name, Tuple* kwnames) {
    if (!kwnames || kwnames->n == 0) return true;
    raisef(t, t.in.types.TypeError, "{}() takes no keyword arguments", name);
    return false;
}

bool method_one_arg(Thread& t, const char* qualname, int n, Tuple* kwnames) {
    if (!refuse_kwargs(t, qualname, kwnames)) return false;
    if (n == 1) return true;
    raisef(t, t.in.types.TypeError, "{}() takes exactly one argument ({} given)", qualname, n);
    return false;
}

bool method_no_args(Thread& t, const char* qualname, int n, Tuple* kwnames) {
    if (!refuse_kwargs(t, qualname, kwnames)) return false;
    if (n == 0) return true;
    raisef(t, t.in.types.TypeError, "{}() takes no arguments ({} given)", qualname, n);
    return false;
}

bool method_nargs(Thread& t, const char* name, int n, Tuple* kwnames, int min, int max) {
    if (!refuse_kwargs(t, name, kwnames)) return false;
    if (n >= min && n <= max) return true;
    const char* how = min == max ? "" : n < min ? "at least " : "at most ";
    int bound = n < min ? min : max;
    raisef(t, t.in.types.TypeError, "{} expected {}{} argument{}, got {}", name, how, bound, bound == 1 ? "" : "s", n);
    return false;
}

bool wrapper_args(Thread& t, int n, Tuple* kwnames, int expected) {
    if (!refuse_kwargs(t, "wrapper", kwnames)) return false;
    if (n == expected) return true;
    raisef(t, t.in.types.TypeError, "expected {} argument{}, got {}", expected, expected == 1 ? "" : "s", n);
    return false;
}

bool setitem_wrapper_args(Thread& t, int n, Tuple* kwnames) {
    if (!refuse_kwargs(t, "wrapper", kwnames)) return false;
    if (n == 2) return true;
    raisef(t, t.in.types.TypeError, " expected 2 arguments, got {}", n);
    return false;
}

bool is_builtin_seq(Value v) {
    if (!v.is_obj()) return false;
    Kind k = v.o->kind;
    return k == Kind::Str || k == Kind::Bytes || k == Kind::List || k == Kind::Tuple;
}

}  // namespace gs

namespace gs {

bool index_bound(Thread& t, Value v, int64_t len, int64_t* out) {
    if (!is_index(t, v)) {
        raise(t, t.in.types.TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    if (!to_index(t, v, out)) return false;
    if (*out < 0) {
        *out += len;
        if (*out < 0) *out = 0;
    }
    return true;
}

}  // namespace gs

namespace gs {

bool sequence_items(Thread& t, Value v, std::vector<Value>* out, const char* type_error_msg) {
    if (is_kind(v, Kind::List)) {
        *out = as<List>(v)->items;
        return true;
    }
    if (is_kind(v, Kind::Tuple)) {
        Tuple* tu = as<Tuple>(v);
        out->assign(tu->items(), tu->items() + tu->n);
        return true;
    }
    Value it = get_iter(t, v);
    if (it.is_null()) {
        if (type_error_msg && exc_pending_is(t, t.in.types.TypeError)) {
            take_exc(t);
            raise(t, t.in.types.TypeError, type_error_msg);
        }
        return false;
    }
    TempRoot root(t, it);
    List* l = list_from_iterable(t, it);
    if (!l) return false;
    *out = std::move(l->items);
    return true;
}

Value raise_key_error(Thread& t, Value key) {
    Value exc = call_values(t, Value(t.in.types.KeyError), {key});
    if (exc.is_null()) return exc;
    return raise_value(t, exc);
}

}  // namespace gs
