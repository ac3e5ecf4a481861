// str methods that search and cut: find rfind index rindex count startswith endswith
// replace split rsplit splitlines partition rpartition strip lstrip rstrip removeprefix
// removesuffix. Positions are code points; the searches run on the UTF-8 bytes (see
// str_util.hpp) and convert offsets at the edges, which is free for ASCII text.
#include "sim/objects/format_util.hpp"
#include "sim/objects/str_unicode.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

namespace {

Str* self_of(Thread& t, Value* args, int nargs, const char* name) {
    return static_cast<Str*>(method_self(t, t.in.types.str, args, nargs, name));
}

// A positional str argument ("must be str, not int" in CPython's words).
Str* str_arg(Thread& t, Value v, std::string_view prefix = "") {
    if (is_kind(v, Kind::Str)) return as<Str>(v);
    raisef(t, t.in.types.TypeError, "{}must be str, not {}", prefix, type_name(t.in, v));
    return nullptr;
}

// Byte offset of code point index i, and back.
size_t byte_off(Str* s, int64_t i) { return s->is_ascii() ? size_t(i) : str_byte_offset(s, i); }
int64_t char_index(Str* s, int64_t byte) {
    return s->is_ascii() ? byte : int64_t(utf8_count(s->view().substr(0, size_t(byte))));
}

// The (sub, start, end) arguments of find, rfind, index, rindex and count, with start and
// end clamped into the string.
struct Search {
    Str* s = nullptr;
    Str* sub = nullptr;
    int64_t start = 0, end = 0;
};

bool search_args(Thread& t, const char* name, Value* args, int nargs, Tuple* kw, Search* out) {
    out->s = self_of(t, args, nargs, name);
    if (!out->s || !method_args(t, "str", name, nargs, kw, 1, 3, ArgStyle::GetArgs)) return false;
    out->sub = str_arg(t, args[1]);
    if (!out->sub) return false;
    if (!opt_index(t, nargs > 2 ? args[2] : Value(), 0, &out->start)) return false;
    if (!opt_index(t, nargs > 3 ? args[3] : Value(), INT64_MAX, &out->end)) return false;
    adjust_indices(&out->start, &out->end, out->s->nchars);
    return true;
}

// find/rfind: the code point index, or -1.
int64_t do_find(const Search& a, bool reverse) {
    if (a.end - a.start < int64_t(a.sub->nchars)) return -1;
    size_t b0 = byte_off(a.s, a.start), b1 = byte_off(a.s, a.end);
    std::string_view s = a.s->view(), sub = a.sub->view();
    int64_t r = reverse ? text::rfind(s, sub, b0, b1) : text::find(s, sub, b0, b1);
    return r < 0 ? -1 : char_index(a.s, r);
}

template <bool Reverse, bool Raise>
Value m_find(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Raise ? (Reverse ? "rindex" : "index") : (Reverse ? "rfind" : "find");
    Search a;
    if (!search_args(t, name, args, nargs, kw, &a)) return Value::null();
    int64_t r = do_find(a, Reverse);
    if (r < 0 && Raise) return raise(t, t.in.types.ValueError, "substring not found");
    return Value::integer(r);
}

Value m_count(Thread& t, Value* args, int nargs, Tuple* kw) {
    Search a;
    if (!search_args(t, "count", args, nargs, kw, &a)) return Value::null();
    if (a.end - a.start < int64_t(a.sub->nchars)) return Value::integer(0);
    if (a.sub->len == 0) return Value::integer(a.end - a.start + 1);
    return Value::integer(text::count(a.s->view(), a.sub->view(), byte_off(a.s, a.start), byte_off(a.s, a.end)));
}

// CPython's tailmatch: does sub occur at the start (or end) of s[start:end]?
bool tailmatch(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
    adjust_indices(&start, &end, s->nchars);
    end -= sub->nchars;
    if (end < start) return false;
    if (sub->len == 0) return true;
    size_t off = byte_off(s, at_end ? end : start);
    return s->view().substr(off, sub->len) == sub->view();
}

template <bool AtEnd>
Value m_startswith(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = AtEnd ? "endswith" : "startswith";
    Str* s = self_of(t, args, nargs, name);
    int64_t start, end;
    if (!s || !method_args(t, "str", name, nargs, kw, 1, 3, ArgStyle::GetArgs)) return Value::null();
    if (!opt_index(t, nargs > 2 ? args[2] : Value(), 0, &start)) return Value::null();
    if (!opt_index(t, nargs > 3 ? args[3] : Value(), INT64_MAX, &end)) return Value::null();
    Value what = args[1];
    if (is_kind(what, Kind::Tuple)) {
        Tuple* tu = as<Tuple>(what);
        for (uint32_t i = 0; i < tu->n; i++) {
            Value item = tu->items()[i];
            if (!is_kind(item, Kind::Str))
                return raisef(t, t.in.types.TypeError, "tuple for {} must only contain str, not {}", name,
                              type_name(t.in, item));
            if (tailmatch(s, as<Str>(item), start, end, AtEnd)) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!is_kind(what, Kind::Str))
        return raisef(t, t.in.types.TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                      type_name(t.in, what));
    return Value::boolean(tailmatch(s, as<Str>(what), start, end, AtEnd));
}

// replace(old, new, count=-1)
Value m_replace(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "replace");
    if (!s || !method_args(t, "str", "replace", nargs, kw, 2, 3)) return Value::null();
    Str* old = str_arg(t, args[1], "replace() argument 1 ");
    Str* rep = old ? str_arg(t, args[2], "replace() argument 2 ") : nullptr;
    int64_t count = -1;
    if (!rep || (nargs > 3 && !int_arg(t, args[3], &count))) return Value::null();
    if (count == 0 || (old->len == 0 && rep->len == 0)) return args[0];
    // A rough bound first, so that 'x'.replace('', huge) fails cleanly.
    uint64_t hits = old->len ? s->len / old->len : s->nchars + 1;
    if (count >= 0 && uint64_t(count) < hits) hits = uint64_t(count);
    if (rep->len > old->len && !check_result_size(t, s->len + hits * (rep->len - old->len))) return Value::null();
    std::string out = text::replace(s->view(), old->view(), rep->view(), count, true);
    if (out.size() == s->len && out == s->view()) return args[0];
    return make_str(t.in, out);
}

// split/rsplit(sep=None, maxsplit=-1)
template <bool Reverse>
Value m_split(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Reverse ? "rsplit" : "split";
    Str* s = self_of(t, args, nargs, name);
    Value sep = Value::none(), maxv;
    if (!s || !kw_args(t, name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, {&sep, &maxv})) return Value::null();
    int64_t maxsplit = -1;
    if (!maxv.is_null() && !int_arg(t, maxv, &maxsplit)) return Value::null();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    text::Pieces pieces;
    if (sep.is_none()) {
        if (Reverse) text::rsplit_ws(s->view(), maxsplit, true, pieces);
        else text::split_ws(s->view(), maxsplit, true, pieces);
    } else {
        if (!is_kind(sep, Kind::Str))
            return raisef(t, t.in.types.TypeError, "must be str or None, not {}", type_name(t.in, sep));
        if (as<Str>(sep)->len == 0) return raise(t, t.in.types.ValueError, "empty separator");
        if (Reverse) text::rsplit(s->view(), as<Str>(sep)->view(), maxsplit, pieces);
        else text::split(s->view(), as<Str>(sep)->view(), maxsplit, pieces);
    }
    return str_pieces_list(t, pieces, s->is_ascii());
}

Value m_splitlines(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "splitlines");
    Value keep;
    if (!s || !kw_args(t, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, {&keep})) return Value::null();
    int64_t keepends = 0;
    if (!keep.is_null() && !int_arg(t, keep, &keepends)) return Value::null();
    text::Pieces pieces;
    text::splitlines(s->view(), keepends != 0, true, pieces);
    return str_pieces_list(t, pieces, s->is_ascii());
}

template <bool Reverse>
Value m_partition(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Reverse ? "rpartition" : "partition";
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    Str* sep = str_arg(t, args[1]);
    if (!sep) return Value::null();
    if (sep->len == 0) return raise(t, t.in.types.ValueError, "empty separator");
    std::string_view v = s->view();
    size_t p = Reverse ? v.rfind(sep->view()) : v.find(sep->view());
    Value empty(t.in.empty_str);
    if (p == v.npos)
        return Reverse ? make_tuple(t.in, {empty, empty, args[0]}) : make_tuple(t.in, {args[0], empty, empty});
    return make_tuple(t.in, {make_str(t.in, v.substr(0, p)), args[1], make_str(t.in, v.substr(p + sep->len))});
}

// strip/lstrip/rstrip(chars=None): which = 1 left, 2 right, 3 both.
template <int Which>
Value m_strip(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Which == 1 ? "lstrip" : Which == 2 ? "rstrip" : "strip";
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 0, 1)) return Value::null();
    Value chars = nargs > 1 ? args[1] : Value::none();
    if (!chars.is_none() && !is_kind(chars, Kind::Str))
        return raisef(t, t.in.types.TypeError, "{} arg must be None or str", name);
    std::string_view set = chars.is_none() ? std::string_view() : as<Str>(chars)->view();
    std::string_view v = s->view();
    // Whether the character at byte `at` (of `len` bytes) is one to strip.
    auto strip_it = [&](size_t at, int len) {
        if (chars.is_none()) {
            int n;
            return uni::is_space(text::char_at(v, at, true, &n));
        }
        return set.find(v.substr(at, size_t(len))) != std::string_view::npos;
    };
    size_t i = 0, j = v.size();
    int len;
    if (Which & 1)
        while (i < j) {
            text::char_at(v, i, true, &len);
            if (!strip_it(i, len)) break;
            i += size_t(len);
        }
    if (Which & 2)
        while (j > i) {
            text::char_before(v, j, true, &len);
            if (!strip_it(j - size_t(len), len)) break;
            j -= size_t(len);
        }
    if (i == 0 && j == v.size()) return args[0];
    return make_str(t.in, v.substr(i, j - i));
}

template <bool Suffix>
Value m_removeprefix(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Suffix ? "removesuffix" : "removeprefix";
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    if (!is_kind(args[1], Kind::Str))
        return raisef(t, t.in.types.TypeError, "{}() argument must be str, not {}", name, type_name(t.in, args[1]));
    std::string_view v = s->view(), a = as<Str>(args[1])->view();
    if (a.empty()) return args[0];
    bool match = v.size() >= a.size() && (Suffix ? v.substr(v.size() - a.size()) : v.substr(0, a.size())) == a;
    if (match)
        return make_str(t.in, Suffix ? v.substr(0, v.size() - a.size()) : v.substr(a.size()));
    return args[0];
}

}  // namespace

void add_str_search_methods(Interp& in) {
    add_methods(in, in.types.str,
                {{"find", m_find<false, false>},
                 {"rfind", m_find<true, false>},
                 {"index", m_find<false, true>},
                 {"rindex", m_find<true, true>},
                 {"count", m_count},
                 {"startswith", m_startswith<false>},
                 {"endswith", m_startswith<true>},
                 {"replace", m_replace},
                 {"split", m_split<false>},
                 {"rsplit", m_split<true>},
                 {"splitlines", m_splitlines},
                 {"partition", m_partition<false>},
                 {"rpartition", m_partition<true>},
                 {"strip", m_strip<3>},
                 {"lstrip", m_strip<1>},
                 {"rstrip", m_strip<2>},
                 {"removeprefix", m_removeprefix<false>},
                 {"removesuffix", m_removeprefix<true>}});
}

}  // namespace gs
