// bytes: the type's slots (repr, hash, comparison, + * %, len, iteration, indexing that
// yields ints, slicing, `in` with bytes or ints, the constructor), the dunders, and
// decode/hex/fromhex/join. The search, split and ASCII case methods are in
// bytes_methods.cpp.
#include <algorithm>

#include "sim/objects/format.hpp"
#include "sim/objects/format_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/objects/slice_util.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

namespace {

Bytes* self_of(Thread& t, Value* args, int nargs, const char* name) {
    return static_cast<Bytes*>(method_self(t, t.in.types.bytes, args, nargs, name));
}

bool has_index(Thread& t, Value v) {
    return v.is_intlike() || (v.is_obj() && !lookup_special(t, v, t.in.names.__index__).is_null());
}

// ---- slots ------------------------------------------------------------------------------

Value b_repr(Thread& t, Value v) { return make_str(t.in, bytes_repr(as<Bytes>(v)->view())); }

bool b_hash(Thread& t, Value v, int64_t* out) {
    *out = bytes_hash(as<Bytes>(v));
    return true;
}

int64_t b_len(Thread& t, Value v) { return as<Bytes>(v)->len; }

Value b_compare(Thread& t, Value a, Value b, int op) {
    if (!is_kind(b, Kind::Bytes)) return t.in.not_implemented;
    int c = as<Bytes>(a)->view().compare(as<Bytes>(b)->view());
    switch (CmpKind(op)) {
        case CmpKind::Lt: return Value::boolean(c < 0);
        case CmpKind::Le: return Value::boolean(c <= 0);
        case CmpKind::Eq: return Value::boolean(c == 0);
        case CmpKind::Ne: return Value::boolean(c != 0);
        case CmpKind::Gt: return Value::boolean(c > 0);
        case CmpKind::Ge: return Value::boolean(c >= 0);
    }
    return t.in.not_implemented;
}

Value repeat(Thread& t, Bytes* b, int64_t n) {
    if (n <= 0 || b->len == 0) return Value(new_bytes(t.in, ""));
    if (n == 1) return Value(b);
    if (uint64_t(n) > uint64_t(INT64_MAX) / b->len)
        return raise(t, t.in.types.OverflowError, "repeated bytes are too long");
    if (!check_result_size(t, uint64_t(n) * b->len)) return Value::null();
    std::string out;
    out.reserve(size_t(n) * b->len);
    for (int64_t i = 0; i < n; i++) out.append(b->view());
    return Value(new_bytes(t.in, out));
}

// A user class on the other side gets its reflected method tried first (see str's).
Value try_other(Thread& t, Value a, Value b, int op) {
    Type* tb = type_of(t.in, b);
    if ((tb->tflags & TF_BUILTIN) || !tb->slots.binop) return t.in.not_implemented;
    return tb->slots.binop(t, a, b, op);
}

Value b_binop(Thread& t, Value a, Value b, int op) {
    Interp& in = t.in;
    bool a_bytes = is_kind(a, Kind::Bytes);
    op %= kInplace;
    switch (BinOpKind(op)) {
        case BinOpKind::Add: {
            if (!a_bytes) return in.not_implemented;
            if (is_kind(b, Kind::Bytes)) {
                Bytes* x = as<Bytes>(a);
                Bytes* y = as<Bytes>(b);
                if (y->len == 0) return a;
                if (x->len == 0) return b;
                if (!check_result_size(t, uint64_t(x->len) + y->len)) return Value::null();
                std::string out(x->view());
                out.append(y->view());
                return Value(new_bytes(in, out));
            }
            Value r = try_other(t, a, b, op);
            if (r.is_null() || !r.is(in.not_implemented)) return r;
            return raisef(t, in.types.TypeError, "can't concat {} to bytes", type_name(in, b));
        }
        case BinOpKind::Mul: {
            Value seq = a_bytes ? a : b, count = a_bytes ? b : a;
            if (a_bytes) {
                Value r = try_other(t, a, b, op);
                if (r.is_null() || !r.is(in.not_implemented)) return r;
            }
            if (!has_index(t, count))
                return raisef(t, in.types.TypeError, "can't multiply sequence by non-int of type '{}'",
                              type_name(in, count));
            int64_t n;
            if (!index_value(t, count, &n)) return Value::null();
            return repeat(t, as<Bytes>(seq), n);
        }
        case BinOpKind::Mod:
            if (!a_bytes) return in.not_implemented;
            return bytes_percent(t, as<Bytes>(a), b);
        default:
            return in.not_implemented;
    }
}

Value b_iter(Thread& t, Value v) {
    Iter* it = t.in.heap.make<Iter>(t.in.types.bytes_iterator, 0);
    it->ik = IterKind::Bytes;
    it->src = v;
    it->index = 0;
    return Value(it);
}

Value b_getitem(Thread& t, Value self, Value key) {
    Interp& in = t.in;
    Bytes* b = as<Bytes>(self);
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(t, as<Slice>(key), b->len, &start, &stop, &step, &count)) return Value::null();
        if (step == 1) {
            if (count == b->len) return self;
            return Value(new_bytes(in, b->view().substr(size_t(start), size_t(std::max<int64_t>(count, 0)))));
        }
        std::string out;
        for (int64_t i = 0, k = start; i < count; i++, k += step) out += char(b->data()[k]);
        return Value(new_bytes(in, out));
    }
    if (!has_index(t, key))
        return raisef(t, in.types.TypeError, "byte indices must be integers or slices, not {}", type_name(in, key));
    int64_t i;
    if (!index_value(t, key, &i)) return Value::null();
    if (i < 0) i += b->len;
    if (i < 0 || i >= b->len) return raise(t, in.types.IndexError, "index out of range");
    return Value::integer(b->data()[i]);
}

int b_contains(Thread& t, Value self, Value item) {
    std::string_view v = as<Bytes>(self)->view();
    if (is_kind(item, Kind::Bytes)) return v.find(as<Bytes>(item)->view()) != v.npos;
    if (!has_index(t, item)) {
        raisef(t, t.in.types.TypeError, "a bytes-like object is required, not '{}'", type_name(t.in, item));
        return -1;
    }
    int64_t x;
    if (!index_value(t, item, &x)) return -1;
    if (x < 0 || x > 255) {
        raise(t, t.in.types.ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return v.find(char(x)) != v.npos;
}

// bytes(), bytes(n), bytes(iterable of ints), bytes(bytes), bytes(str, encoding[, errors]).
Value b_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Value x, encoding, errors;
    if (!kw_args(t, "bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, {&x, &encoding, &errors}))
        return Value::null();
    for (auto [v, what] : {std::pair{encoding, "encoding"}, std::pair{errors, "errors"}})
        if (!v.is_null() && !is_kind(v, Kind::Str))
            return raisef(t, in.types.TypeError, "bytes() argument '{}' must be str, not {}", what, type_name(in, v));
    if (x.is_null()) {
        if (!encoding.is_null() || !errors.is_null())
            return raise(t, in.types.TypeError, !encoding.is_null() ? "encoding without a string argument"
                                                                     : "errors without a string argument");
        return Value(new_bytes(in, ""));
    }
    if (!encoding.is_null()) {
        if (!is_kind(x, Kind::Str)) return raise(t, in.types.TypeError, "encoding without a string argument");
        return encode_str(t, as<Str>(x), as<Str>(encoding)->view(),
                          errors.is_null() ? "strict" : as<Str>(errors)->view());
    }
    if (!errors.is_null())
        return raise(t, in.types.TypeError, is_kind(x, Kind::Str) ? "string argument without an encoding"
                                                                  : "errors without a string argument");
    if (is_kind(x, Kind::Bytes)) return x;
    Value m = lookup_special(t, x, intern(in, "__bytes__"));
    if (!m.is_null()) {
        Value r = call_values(t, m, {});
        if (r.is_null()) return r;
        if (!is_kind(r, Kind::Bytes))
            return raisef(t, in.types.TypeError, "__bytes__ returned non-bytes (type {})", type_name(in, r));
        return r;
    }
    if (is_kind(x, Kind::Str)) return raise(t, in.types.TypeError, "string argument without an encoding");
    if (has_index(t, x)) {
        int64_t n;
        if (!index_value(t, x, &n)) return Value::null();
        if (n < 0) return raise(t, in.types.ValueError, "negative count");
        if (!check_result_size(t, uint64_t(n))) return Value::null();
        return Value(new_bytes(in, std::string(size_t(n), '\0')));
    }
    Type* tp = type_of(in, x);
    if (!tp->slots.iter && !tp->slots.getitem)
        return raisef(t, in.types.TypeError, "cannot convert '{}' object to bytes", tp->name->view());
    std::string out;
    bool ok = for_each(t, x, [&](Value item) {
        int64_t v;
        if (!has_index(t, item)) {
            raisef(t, in.types.TypeError, "'{}' object cannot be interpreted as an integer", type_name(in, item));
            return false;
        }
        if (!index_value(t, item, &v)) return false;
        if (v < 0 || v > 255) {
            raise(t, in.types.ValueError, "bytes must be in range(0, 256)");
            return false;
        }
        out += char(v);
        return check_result_size(t, out.size());
    });
    if (!ok) return Value::null();
    return Value(new_bytes(in, out));
}

// ---- methods ----------------------------------------------------------------------------

Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "__len__");
    if (!b || !method_args(t, "bytes", "__len__", nargs, kw, 0, 0)) return Value::null();
    return Value::integer(b->len);
}

Value m_getitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "__getitem__");
    if (!b || !method_args(t, "bytes", "__getitem__", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    return b_getitem(t, args[0], args[1]);
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "__contains__");
    if (!b || !method_args(t, "bytes", "__contains__", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    int r = b_contains(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "__iter__");
    if (!b || !method_args(t, "bytes", "__iter__", nargs, kw, 0, 0)) return Value::null();
    return b_iter(t, args[0]);
}

template <BinOpKind Op, bool Reflected>
Value m_binop(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Op == BinOpKind::Add ? "__add__" : Op == BinOpKind::Mod ? "__mod__"
                     : Reflected ? "__rmul__" : "__mul__";
    Bytes* b = self_of(t, args, nargs, name);
    if (!b || !method_args(t, "bytes", name, nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    Value other = args[1];
    if (Op == BinOpKind::Add && !is_kind(other, Kind::Bytes)) return t.in.not_implemented;
    if (Op == BinOpKind::Mul && !has_index(t, other)) return t.in.not_implemented;
    return Reflected ? b_binop(t, other, args[0], int(Op)) : b_binop(t, args[0], other, int(Op));
}

Value m_hash(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "__hash__");
    if (!b || !method_args(t, "bytes", "__hash__", nargs, kw, 0, 0)) return Value::null();
    return Value::integer(bytes_hash(b));
}

template <CmpKind Op>
Value m_compare(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = cmp_dunder(Op);
    Bytes* b = self_of(t, args, nargs, name);
    if (!b || !method_args(t, "bytes", name, nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    return b_compare(t, args[0], args[1], int(Op));
}

Value m_repr(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "__repr__");
    if (!b || !method_args(t, "bytes", "__repr__", nargs, kw, 0, 0)) return Value::null();
    return b_repr(t, args[0]);
}

// decode(encoding='utf-8', errors='strict')
Value m_decode(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "decode");
    Value encoding, errors;
    if (!b || !kw_args(t, "decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0, {&encoding, &errors}))
        return Value::null();
    for (auto [v, what] : {std::pair{encoding, "encoding"}, std::pair{errors, "errors"}})
        if (!v.is_null() && !is_kind(v, Kind::Str))
            return raisef(t, t.in.types.TypeError, "decode() argument '{}' must be str, not {}", what,
                          type_name(t.in, v));
    return decode_bytes(t, b->view(), encoding.is_null() ? "utf-8" : as<Str>(encoding)->view(),
                        errors.is_null() ? "strict" : as<Str>(errors)->view());
}

// hex(sep=None, bytes_per_sep=1): a separator between groups of bytes counted from the
// right (from the left when bytes_per_sep is negative).
Value m_hex(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    Bytes* b = self_of(t, args, nargs, "hex");
    Value sepv, perv;
    if (!b || !kw_args(t, "hex", args + 1, nargs - 1, kw, {"sep", "bytes_per_sep"}, 0, {&sepv, &perv}))
        return Value::null();
    int64_t per = 1;
    if (!perv.is_null() && !int_arg(t, perv, &per)) return Value::null();
    std::string_view sep;
    if (!sepv.is_null() && !sepv.is_none()) {
        if (is_kind(sepv, Kind::Str)) sep = as<Str>(sepv)->view();
        else if (is_kind(sepv, Kind::Bytes)) sep = as<Bytes>(sepv)->view();
        else return raisef(t, in.types.TypeError, "object of type '{}' has no len()", type_name(in, sepv));
        if ((is_kind(sepv, Kind::Str) ? as<Str>(sepv)->nchars : sep.size()) != 1)
            return raise(t, in.types.ValueError, "sep must be length 1.");
        if (static_cast<unsigned char>(sep[0]) >= 0x80) return raise(t, in.types.ValueError, "sep must be ASCII.");
    }
    const char* digits = "0123456789abcdef";
    uint64_t group = magnitude(per);
    std::string out;
    out.reserve(size_t(b->len) * 3);
    for (uint32_t i = 0; i < b->len; i++) {
        if (i && !sep.empty() && group) {
            // Counting from the right: a separator where the bytes left divide evenly.
            uint64_t boundary = per > 0 ? (b->len - i) % group : i % group;
            if (boundary == 0) out += sep[0];
        }
        out += digits[b->data()[i] >> 4];
        out += digits[b->data()[i] & 15];
    }
    return Value(new_str_known(in, out, uint32_t(out.size())));
}

// bytes.fromhex(string): pairs of hex digits, whitespace allowed between pairs.
Value m_fromhex(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    if (!method_args(t, "bytes", "fromhex", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    if (!is_kind(args[1], Kind::Str))
        return raisef(t, in.types.TypeError, "fromhex() argument must be str, not {}", type_name(in, args[1]));
    Str* s = as<Str>(args[1]);
    std::string_view v = s->view();
    auto hexval = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    };
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    std::string out;
    size_t i = 0;
    while (i < v.size()) {
        if (space(v[i])) {
            while (i < v.size() && space(v[i])) i++;
            if (i >= v.size()) break;
        }
        int hi = hexval(v[i]);
        int lo = hi < 0 || i + 1 >= v.size() ? -1 : hexval(v[i + 1]);
        if (lo < 0) {
            size_t bad = hi < 0 ? i : i + 1;
            return raisef(t, in.types.ValueError, "non-hexadecimal number found in fromhex() arg at position {}",
                          utf8_count(v.substr(0, bad)));
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    return Value(new_bytes(in, out));
}

Value m_join(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    Bytes* sep = self_of(t, args, nargs, "join");
    if (!sep || !method_args(t, "bytes", "join", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    Value seq = args[1];
    Type* tp = type_of(in, seq);
    if (!tp->slots.iter && !tp->slots.getitem) return raise(t, in.types.TypeError, "can only join an iterable");
    std::string out;
    int64_t index = 0;
    bool ok = for_each(t, seq, [&](Value item) {
        if (!is_kind(item, Kind::Bytes)) {
            raisef(t, in.types.TypeError, "sequence item {}: expected a bytes-like object, {} found", index,
                   type_name(in, item));
            return false;
        }
        if (index++) out.append(sep->view());
        out.append(as<Bytes>(item)->view());
        return check_result_size(t, out.size());
    });
    if (!ok) return Value::null();
    return Value(new_bytes(in, out));
}

}  // namespace

void init_bytes_type(Interp& in) {
    TypeSlots& s = in.types.bytes->slots;
    s.repr = b_repr;
    s.str = b_repr;
    s.hash = b_hash;
    s.len = b_len;
    s.compare = b_compare;
    s.binop = b_binop;
    s.iter = b_iter;
    s.getitem = b_getitem;
    s.contains = b_contains;
    s.construct = b_construct;
    add_methods(in, in.types.bytes,
                {{"__len__", m_len},
                 {"__getitem__", m_getitem},
                 {"__contains__", m_contains},
                 {"__iter__", m_iter},
                 {"__add__", m_binop<BinOpKind::Add, false>},
                 {"__mul__", m_binop<BinOpKind::Mul, false>},
                 {"__rmul__", m_binop<BinOpKind::Mul, true>},
                 {"__mod__", m_binop<BinOpKind::Mod, false>},
                 {"__hash__", m_hash},
                 {"__repr__", m_repr},
                 {"__eq__", m_compare<CmpKind::Eq>},
                 {"__ne__", m_compare<CmpKind::Ne>},
                 {"__lt__", m_compare<CmpKind::Lt>},
                 {"__le__", m_compare<CmpKind::Le>},
                 {"__gt__", m_compare<CmpKind::Gt>},
                 {"__ge__", m_compare<CmpKind::Ge>},
                 {"decode", m_decode},
                 {"hex", m_hex},
                 {"fromhex", m_fromhex, 1},
                 {"join", m_join}});
    add_bytes_methods(in);
}

}  // namespace gs
