// str: the type's slots (repr, hash, comparison, + * %, len, iteration, indexing and
// slicing by code point, `in`, format, the constructor), the dunder methods CPython
// exposes, and join/format/format_map/encode. The other methods live in str_search.cpp
// and str_case.cpp; init_str_type installs them all.
//
// Text is UTF-8 with a code point count; an ASCII string (len == nchars) indexes in O(1),
// other strings convert code point positions to byte offsets by scanning.
#include "sim/objects/format.hpp"
#include "sim/objects/format_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/objects/slice_util.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

namespace {

Str* self_of(Thread& t, Value* args, int nargs, const char* name) {
    return static_cast<Str*>(method_self(t, t.in.types.str, args, nargs, name));
}

// The code point at index i (0 <= i < nchars) as a str.
Value char_at(Interp& in, Str* s, int64_t i) {
    if (s->is_ascii()) return Value(in.char_strs[static_cast<unsigned char>(s->data()[i])]);
    uint32_t off = str_byte_offset(s, i);
    int n;
    utf8_decode(s->data() + off, &n);
    return Value(new_str_known(in, std::string_view(s->data() + off, size_t(n)), 1));
}

// ---- slots ------------------------------------------------------------------------------

Value s_repr(Thread& t, Value v) { return make_str(t.in, str_repr(as<Str>(v)->view())); }
Value s_str(Thread& t, Value v) { return v; }

bool s_hash(Thread& t, Value v, int64_t* out) {
    *out = str_hash(as<Str>(v));
    return true;
}

int64_t s_len(Thread& t, Value v) { return as<Str>(v)->nchars; }

Value s_compare(Thread& t, Value a, Value b, int op) {
    if (!is_kind(b, Kind::Str)) return t.in.not_implemented;
    // Byte order of UTF-8 is code point order.
    int c = as<Str>(a)->view().compare(as<Str>(b)->view());
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

// s * n (n < 0 gives '').
Value repeat(Thread& t, Str* s, int64_t n) {
    if (n <= 0 || s->len == 0) return Value(t.in.empty_str);
    if (n == 1) return Value(s);
    if (uint64_t(n) > uint64_t(INT64_MAX) / s->len)
        return raise(t, t.in.types.OverflowError, "repeated string is too long");
    if (!check_result_size(t, uint64_t(n) * s->len)) return Value::null();
    std::string out;
    out.reserve(size_t(n) * s->len);
    for (int64_t i = 0; i < n; i++) out.append(s->view());
    return Value(new_str_known(t.in, out, uint32_t(uint64_t(n) * s->nchars)));
}

// A user class on the other side of + or * gets its reflected method tried first, as
// CPython tries nb_add/nb_multiply before the sequence slots of str.
Value try_other(Thread& t, Value a, Value b, int op, bool* tried) {
    Type* tb = type_of(t.in, b);
    *tried = !(tb->tflags & TF_BUILTIN) && tb->slots.binop;
    return *tried ? tb->slots.binop(t, a, b, op) : t.in.not_implemented;
}

Value s_binop(Thread& t, Value a, Value b, int op) {
    Interp& in = t.in;
    bool a_str = is_kind(a, Kind::Str);
    switch (BinOpKind(op % kInplace)) {
        case BinOpKind::Add: {
            if (!a_str) return in.not_implemented;
            if (is_kind(b, Kind::Str)) {
                if (!check_result_size(t, uint64_t(as<Str>(a)->len) + as<Str>(b)->len)) return Value::null();
                return Value(str_concat(in, as<Str>(a), as<Str>(b)));
            }
            bool tried;
            Value r = try_other(t, a, b, op % kInplace, &tried);
            if (r.is_null() || !r.is(in.not_implemented)) return r;
            return raisef(t, in.types.TypeError, "can only concatenate str (not \"{}\") to str", type_name(in, b));
        }
        case BinOpKind::Mul: {
            Value seq = a_str ? a : b, count = a_str ? b : a;
            if (a_str) {
                bool tried;
                Value r = try_other(t, a, b, op % kInplace, &tried);
                if (r.is_null() || !r.is(in.not_implemented)) return r;
            }
            int64_t n;
            if (count.is_intlike()) {
                n = count.i;
            } else if (count.is_obj() && !lookup_special(t, count, in.names.__index__).is_null()) {
                if (!index_value(t, count, &n)) return Value::null();
            } else {
                return raisef(t, in.types.TypeError, "can't multiply sequence by non-int of type '{}'",
                              type_name(in, count));
            }
            return repeat(t, as<Str>(seq), n);
        }
        case BinOpKind::Mod:
            if (!a_str) return in.not_implemented;
            return str_percent(t, as<Str>(a), b);
        default:
            return in.not_implemented;
    }
}

Value s_iter(Thread& t, Value v) {
    Iter* it = t.in.heap.make<Iter>(t.in.types.str_iterator, 0);
    it->ik = IterKind::Str;
    it->src = v;
    it->index = 0;  // a byte offset
    return Value(it);
}

Value s_getitem(Thread& t, Value self, Value key) {
    Interp& in = t.in;
    Str* s = as<Str>(self);
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(t, as<Slice>(key), s->nchars, &start, &stop, &step, &count)) return Value::null();
        if (count <= 0) return Value(in.empty_str);
        if (step == 1) {
            if (count == s->nchars) return self;
            uint32_t b0 = str_byte_offset(s, start);
            uint32_t b1 = s->is_ascii() ? uint32_t(stop) : b0 + uint32_t(utf8_offset(s->view().substr(b0), count));
            return Value(new_str_known(in, std::string_view(s->data() + b0, b1 - b0), uint32_t(count)));
        }
        std::string out;
        if (s->is_ascii()) {
            for (int64_t i = 0, k = start; i < count; i++, k += step) out += s->data()[k];
        } else {
            std::vector<uint32_t> offs;  // byte offset of every code point, and the end
            offs.reserve(s->nchars + 1);
            for (uint32_t i = 0; i < s->len; i++)
                if ((static_cast<unsigned char>(s->data()[i]) & 0xC0) != 0x80) offs.push_back(i);
            offs.push_back(s->len);
            for (int64_t i = 0, k = start; i < count; i++, k += step)
                out.append(s->data() + offs[size_t(k)], offs[size_t(k) + 1] - offs[size_t(k)]);
        }
        return Value(new_str_known(in, out, uint32_t(count)));
    }
    int64_t i;
    if (key.is_intlike()) {
        i = key.i;
    } else if (key.is_obj() && !lookup_special(t, key, in.names.__index__).is_null()) {
        if (!index_value(t, key, &i)) return Value::null();
    } else {
        return raisef(t, in.types.TypeError, "string indices must be integers, not '{}'", type_name(in, key));
    }
    if (i < 0) i += s->nchars;
    if (i < 0 || i >= s->nchars) return raise(t, in.types.IndexError, "string index out of range");
    return char_at(in, s, i);
}

int s_contains(Thread& t, Value self, Value item) {
    if (!is_kind(item, Kind::Str)) {
        raisef(t, t.in.types.TypeError, "'in <string>' requires string as left operand, not {}",
               type_name(t.in, item));
        return -1;
    }
    return as<Str>(self)->view().find(as<Str>(item)->view()) != std::string_view::npos;
}

Value s_format(Thread& t, Value v, Str* spec) { return format_str(t, as<Str>(v), spec); }

// str(object='', encoding='utf-8', errors='strict').
Value s_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (nargs == 1 && !kwnames) return to_str(t, args[0]);  // str(x): the common case
    Value obj, encoding, errors;
    if (!kw_args(t, "str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, {&obj, &encoding, &errors}))
        return Value::null();
    if (obj.is_null()) return Value(in.empty_str);
    if (encoding.is_null() && errors.is_null()) return to_str(t, obj);
    for (auto [v, what] : {std::pair{encoding, "encoding"}, std::pair{errors, "errors"}})
        if (!v.is_null() && !is_kind(v, Kind::Str))
            return raisef(t, in.types.TypeError, "str() argument '{}' must be str, not {}", what, type_name(in, v));
    if (is_kind(obj, Kind::Str)) return raise(t, in.types.TypeError, "decoding str is not supported");
    if (!is_kind(obj, Kind::Bytes))
        return raisef(t, in.types.TypeError, "decoding to str: need a bytes-like object, {} found",
                      type_name(in, obj));
    return decode_bytes(t, as<Bytes>(obj)->view(), encoding.is_null() ? "utf-8" : as<Str>(encoding)->view(),
                        errors.is_null() ? "strict" : as<Str>(errors)->view());
}

// ---- methods ----------------------------------------------------------------------------

// The dunders, for code that calls them directly (str.__len__(s), super().__add__...).
Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__len__");
    if (!s || !method_args(t, "str", "__len__", nargs, kw, 0, 0)) return Value::null();
    return Value::integer(s->nchars);
}

Value m_getitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__getitem__");
    if (!s || !method_args(t, "str", "__getitem__", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    return s_getitem(t, args[0], args[1]);
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__contains__");
    if (!s || !method_args(t, "str", "__contains__", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    int r = s_contains(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

// __add__, __mul__, __rmul__, __mod__: NotImplemented for operands they do not take.
template <BinOpKind Op, bool Reflected>
Value m_binop(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Op == BinOpKind::Add ? "__add__" : Op == BinOpKind::Mod ? "__mod__"
                     : Reflected ? "__rmul__" : "__mul__";
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    Value other = args[1];
    if (Op == BinOpKind::Add && !is_kind(other, Kind::Str)) return t.in.not_implemented;
    if (Op == BinOpKind::Mul && !other.is_intlike() &&
        !(other.is_obj() && !lookup_special(t, other, t.in.names.__index__).is_null()))
        return t.in.not_implemented;
    return Reflected ? s_binop(t, other, args[0], int(Op)) : s_binop(t, args[0], other, int(Op));
}

Value m_rmod(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!self_of(t, args, nargs, "__rmod__") || !method_args(t, "str", "__rmod__", nargs, kw, 1, 1, ArgStyle::One))
        return Value::null();
    return t.in.not_implemented;
}

Value m_format_dunder(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__format__");
    if (!s || !method_args(t, "str", "__format__", nargs, kw, 1, 1, ArgStyle::Clinic)) return Value::null();
    if (!is_kind(args[1], Kind::Str))
        return raisef(t, t.in.types.TypeError, "__format__() argument must be str, not {}", type_name(t.in, args[1]));
    return format_str(t, s, as<Str>(args[1]));
}

Value m_repr(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__repr__");
    if (!s || !method_args(t, "str", "__repr__", nargs, kw, 0, 0)) return Value::null();
    return s_repr(t, args[0]);
}

Value m_str(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__str__");
    if (!s || !method_args(t, "str", "__str__", nargs, kw, 0, 0)) return Value::null();
    return args[0];
}

Value m_hash(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__hash__");
    if (!s || !method_args(t, "str", "__hash__", nargs, kw, 0, 0)) return Value::null();
    return Value::integer(str_hash(s));
}

template <CmpKind Op>
Value m_compare(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = cmp_dunder(Op);
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    return s_compare(t, args[0], args[1], int(Op));
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "__iter__");
    if (!s || !method_args(t, "str", "__iter__", nargs, kw, 0, 0)) return Value::null();
    return s_iter(t, args[0]);
}

// sep.join(iterable): every item must be a str.
Value m_join(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    Str* sep = self_of(t, args, nargs, "join");
    if (!sep || !method_args(t, "str", "join", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    Value seq = args[1];
    Type* tp = type_of(in, seq);
    if (!tp->slots.iter && !tp->slots.getitem) return raise(t, in.types.TypeError, "can only join an iterable");
    uint64_t nchars = 0;
    auto not_str = [&](int64_t index, Value item) {
        return raisef(t, in.types.TypeError, "sequence item {}: expected str instance, {} found", index,
                      type_name(in, item));
    };
    if (is_kind(seq, Kind::List) || is_kind(seq, Kind::Tuple)) {
        // Two passes, the first for the length, so that the result is written straight into
        // the new string (a 4 MB join would otherwise build and copy a 4 MB temporary).
        // No Python code runs in between, so the sequence cannot change.
        size_t n = is_kind(seq, Kind::List) ? as<List>(seq)->items.size() : as<Tuple>(seq)->n;
        const Value* items = is_kind(seq, Kind::List) ? as<List>(seq)->items.data() : as<Tuple>(seq)->items();
        uint64_t bytes = 0;
        for (size_t i = 0; i < n; i++) {
            if (!is_kind(items[i], Kind::Str)) return not_str(int64_t(i), items[i]);
            bytes += as<Str>(items[i])->len;
            nchars += as<Str>(items[i])->nchars;
        }
        if (n == 0) return Value(in.empty_str);
        if (n == 1 && items[0].o->type == in.types.str) return items[0];
        bytes += (n - 1) * uint64_t(sep->len);
        nchars += (n - 1) * uint64_t(sep->nchars);
        if (!check_result_size(t, bytes)) return Value::null();
        Str* r = new_str_uninit(in, bytes, uint32_t(nchars));
        char* d = str_fill(r);
        for (size_t i = 0; i < n; i++) {
            if (i && sep->len) {
                std::memcpy(d, sep->data(), sep->len);
                d += sep->len;
            }
            Str* s = as<Str>(items[i]);
            if (s->len) std::memcpy(d, s->data(), s->len);
            d += s->len;
        }
        return Value(r);
    }
    std::string out;
    int64_t index = 0;
    auto add = [&](Value item) {
        if (!is_kind(item, Kind::Str)) {
            not_str(index, item);
            return false;
        }
        if (index) {
            out.append(sep->view());
            nchars += sep->nchars;
        }
        out.append(as<Str>(item)->view());
        nchars += as<Str>(item)->nchars;
        index++;
        return check_result_size(t, out.size());
    };
    if (!for_each(t, seq, add)) return Value::null();
    return Value(new_str_known(in, out, uint32_t(nchars)));
}

Value m_format(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "format");
    if (!s) return Value::null();
    return str_format_method(t, s, args + 1, nargs - 1, kw);
}

Value m_format_map(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "format_map");
    if (!s || !method_args(t, "str", "format_map", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    return str_format_map(t, s, args[1]);
}

// encode(encoding='utf-8', errors='strict')
Value m_encode(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "encode");
    Value encoding, errors;
    if (!s || !kw_args(t, "encode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0, {&encoding, &errors}))
        return Value::null();
    for (auto [v, what] : {std::pair{encoding, "encoding"}, std::pair{errors, "errors"}})
        if (!v.is_null() && !is_kind(v, Kind::Str))
            return raisef(t, t.in.types.TypeError, "encode() argument '{}' must be str, not {}", what,
                          type_name(t.in, v));
    return encode_str(t, s, encoding.is_null() ? "utf-8" : as<Str>(encoding)->view(),
                      errors.is_null() ? "strict" : as<Str>(errors)->view());
}

}  // namespace

void init_str_type(Interp& in) {
    TypeSlots& s = in.types.str->slots;
    s.repr = s_repr;
    s.str = s_str;
    s.hash = s_hash;
    s.len = s_len;
    s.binop = s_binop;
    s.compare = s_compare;
    s.iter = s_iter;
    s.getitem = s_getitem;
    s.contains = s_contains;
    s.format = s_format;
    s.construct = s_construct;
    add_methods(in, in.types.str,
                {{"__len__", m_len},
                 {"__getitem__", m_getitem},
                 {"__contains__", m_contains},
                 {"__iter__", m_iter},
                 {"__add__", m_binop<BinOpKind::Add, false>},
                 {"__mul__", m_binop<BinOpKind::Mul, false>},
                 {"__rmul__", m_binop<BinOpKind::Mul, true>},
                 {"__mod__", m_binop<BinOpKind::Mod, false>},
                 {"__rmod__", m_rmod},
                 {"__format__", m_format_dunder},
                 {"__repr__", m_repr},
                 {"__str__", m_str},
                 {"__hash__", m_hash},
                 {"__eq__", m_compare<CmpKind::Eq>},
                 {"__ne__", m_compare<CmpKind::Ne>},
                 {"__lt__", m_compare<CmpKind::Lt>},
                 {"__le__", m_compare<CmpKind::Le>},
                 {"__gt__", m_compare<CmpKind::Gt>},
                 {"__ge__", m_compare<CmpKind::Ge>},
                 {"join", m_join},
                 {"format", m_format},
                 {"format_map", m_format_map},
                 {"encode", m_encode}});
    add_str_search_methods(in);
    add_str_case_methods(in);
}

}  // namespace gs
