// bytes methods that search, cut and pad, and the ASCII-only case methods and
// predicates: find rfind index rindex count startswith endswith replace split rsplit
// splitlines partition rpartition strip lstrip rstrip removeprefix removesuffix
// upper lower swapcase title capitalize is*() ljust rjust center zfill expandtabs.
// The algorithms are str's (str_util.hpp) run on raw bytes.
#include "sim/objects/format_util.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

namespace {

Bytes* self_of(Thread& t, Value* args, int nargs, const char* name) {
    return static_cast<Bytes*>(method_self(t, t.in.types.bytes, args, nargs, name));
}

Value make_bytes(Thread& t, std::string_view v) { return Value(new_bytes(t.in, v)); }

bool bytes_arg(Thread& t, Value v, std::string_view* out) {
    if (is_kind(v, Kind::Bytes)) {
        *out = as<Bytes>(v)->view();
        return true;
    }
    raisef(t, t.in.types.TypeError, "a bytes-like object is required, not '{}'", type_name(t.in, v));
    return false;
}

// The sub argument of find/count/index: bytes, or an int naming one byte.
bool sub_arg(Thread& t, Value v, std::string* storage, std::string_view* out) {
    if (is_kind(v, Kind::Bytes)) {
        *out = as<Bytes>(v)->view();
        return true;
    }
    if (!v.is_intlike() && !(v.is_obj() && !lookup_special(t, v, t.in.names.__index__).is_null())) {
        raisef(t, t.in.types.TypeError, "argument should be integer or bytes-like object, not '{}'",
               type_name(t.in, v));
        return false;
    }
    int64_t x;
    if (!index_value(t, v, &x)) return false;
    if (x < 0 || x > 255) {
        raise(t, t.in.types.ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *storage = std::string(1, char(x));
    *out = *storage;
    return true;
}

// ---- searching -----------------------------------------------------------------------------

struct Search {
    Bytes* b = nullptr;
    std::string storage;
    std::string_view sub;
    int64_t start = 0, end = 0;
};

bool search_args(Thread& t, const char* name, Value* args, int nargs, Tuple* kw, Search* out) {
    out->b = self_of(t, args, nargs, name);
    if (!out->b || !method_args(t, "bytes", name, nargs, kw, 1, 3, ArgStyle::GetArgs)) return false;
    if (!sub_arg(t, args[1], &out->storage, &out->sub)) return false;
    if (!opt_index(t, nargs > 2 ? args[2] : Value(), 0, &out->start)) return false;
    if (!opt_index(t, nargs > 3 ? args[3] : Value(), INT64_MAX, &out->end)) return false;
    adjust_indices(&out->start, &out->end, out->b->len);
    return true;
}

template <bool Reverse, bool Raise>
Value m_find(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Raise ? (Reverse ? "rindex" : "index") : (Reverse ? "rfind" : "find");
    Search a;
    if (!search_args(t, name, args, nargs, kw, &a)) return Value::null();
    std::string_view v = a.b->view();
    int64_t r = Reverse ? text::rfind(v, a.sub, size_t(a.start), size_t(a.end))
                        : text::find(v, a.sub, size_t(a.start), size_t(a.end));
    if (r < 0 && Raise) return raise(t, t.in.types.ValueError, "subsection not found");
    return Value::integer(r);
}

Value m_count(Thread& t, Value* args, int nargs, Tuple* kw) {
    Search a;
    if (!search_args(t, "count", args, nargs, kw, &a)) return Value::null();
    return Value::integer(text::count(a.b->view(), a.sub, size_t(a.start), size_t(a.end)));
}

template <bool AtEnd>
Value m_startswith(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = AtEnd ? "endswith" : "startswith";
    Bytes* b = self_of(t, args, nargs, name);
    int64_t start, end;
    if (!b || !method_args(t, "bytes", name, nargs, kw, 1, 3, ArgStyle::GetArgs)) return Value::null();
    if (!opt_index(t, nargs > 2 ? args[2] : Value(), 0, &start)) return Value::null();
    if (!opt_index(t, nargs > 3 ? args[3] : Value(), INT64_MAX, &end)) return Value::null();
    adjust_indices(&start, &end, b->len);
    auto match = [&](std::string_view sub) {
        int64_t e = end - int64_t(sub.size());
        if (e < start) return false;
        return b->view().substr(size_t(AtEnd ? e : start), sub.size()) == sub;
    };
    Value what = args[1];
    if (is_kind(what, Kind::Tuple)) {
        Tuple* tu = as<Tuple>(what);
        for (uint32_t i = 0; i < tu->n; i++) {
            std::string_view sub;
            if (!bytes_arg(t, tu->items()[i], &sub)) return Value::null();
            if (match(sub)) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!is_kind(what, Kind::Bytes))
        return raisef(t, t.in.types.TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                      type_name(t.in, what));
    return Value::boolean(match(as<Bytes>(what)->view()));
}

// ---- cutting -------------------------------------------------------------------------------

Value m_replace(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "replace");
    std::string_view old, rep;
    int64_t count = -1;
    if (!b || !method_args(t, "bytes", "replace", nargs, kw, 2, 3) || !bytes_arg(t, args[1], &old) ||
        !bytes_arg(t, args[2], &rep) || (nargs > 3 && !int_arg(t, args[3], &count)))
        return Value::null();
    uint64_t hits = old.empty() ? b->len + 1 : b->len / old.size();
    if (rep.size() > old.size() && !check_result_size(t, b->len + hits * (rep.size() - old.size())))
        return Value::null();
    return make_bytes(t, text::replace(b->view(), old, rep, count, false));
}

template <bool Reverse>
Value m_split(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Reverse ? "rsplit" : "split";
    Bytes* b = self_of(t, args, nargs, name);
    Value sep = Value::none(), maxv;
    if (!b || !kw_args(t, name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, {&sep, &maxv})) return Value::null();
    int64_t maxsplit = -1;
    if (!maxv.is_null() && !int_arg(t, maxv, &maxsplit)) return Value::null();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    text::Pieces pieces;
    if (sep.is_none()) {
        if (Reverse) text::rsplit_ws(b->view(), maxsplit, false, pieces);
        else text::split_ws(b->view(), maxsplit, false, pieces);
    } else {
        std::string_view s;
        if (!bytes_arg(t, sep, &s)) return Value::null();
        if (s.empty()) return raise(t, t.in.types.ValueError, "empty separator");
        if (Reverse) text::rsplit(b->view(), s, maxsplit, pieces);
        else text::split(b->view(), s, maxsplit, pieces);
    }
    return bytes_pieces_list(t, pieces);
}

Value m_splitlines(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "splitlines");
    Value keep;
    if (!b || !kw_args(t, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, {&keep})) return Value::null();
    int64_t keepends = 0;
    if (!keep.is_null() && !int_arg(t, keep, &keepends)) return Value::null();
    text::Pieces pieces;
    text::splitlines(b->view(), keepends != 0, false, pieces);
    return bytes_pieces_list(t, pieces);
}

template <bool Reverse>
Value m_partition(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Reverse ? "rpartition" : "partition";
    Bytes* b = self_of(t, args, nargs, name);
    std::string_view sep;
    if (!b || !method_args(t, "bytes", name, nargs, kw, 1, 1, ArgStyle::One) || !bytes_arg(t, args[1], &sep))
        return Value::null();
    if (sep.empty()) return raise(t, t.in.types.ValueError, "empty separator");
    std::string_view v = b->view();
    size_t p = Reverse ? v.rfind(sep) : v.find(sep);
    Value empty = make_bytes(t, "");
    if (p == v.npos)
        return Reverse ? make_tuple(t.in, {empty, empty, args[0]}) : make_tuple(t.in, {args[0], empty, empty});
    return make_tuple(t.in, {make_bytes(t, v.substr(0, p)), args[1], make_bytes(t, v.substr(p + sep.size()))});
}

// strip/lstrip/rstrip(bytes=None): which = 1 left, 2 right, 3 both.
template <int Which>
Value m_strip(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Which == 1 ? "lstrip" : Which == 2 ? "rstrip" : "strip";
    Bytes* b = self_of(t, args, nargs, name);
    if (!b || !method_args(t, "bytes", name, nargs, kw, 0, 1)) return Value::null();
    std::string_view set = " \t\n\r\x0b\x0c";
    if (nargs > 1 && !args[1].is_none() && !bytes_arg(t, args[1], &set)) return Value::null();
    std::string_view v = b->view();
    size_t i = 0, j = v.size();
    if (Which & 1)
        while (i < j && set.find(v[i]) != set.npos) i++;
    if (Which & 2)
        while (j > i && set.find(v[j - 1]) != set.npos) j--;
    if (i == 0 && j == v.size()) return args[0];
    return make_bytes(t, v.substr(i, j - i));
}

template <bool Suffix>
Value m_removeprefix(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Suffix ? "removesuffix" : "removeprefix";
    Bytes* b = self_of(t, args, nargs, name);
    std::string_view a;
    if (!b || !method_args(t, "bytes", name, nargs, kw, 1, 1, ArgStyle::One) || !bytes_arg(t, args[1], &a))
        return Value::null();
    std::string_view v = b->view();
    if (a.empty() || v.size() < a.size()) return args[0];
    if (Suffix ? v.substr(v.size() - a.size()) == a : v.substr(0, a.size()) == a)
        return make_bytes(t, Suffix ? v.substr(0, v.size() - a.size()) : v.substr(a.size()));
    return args[0];
}

// ---- ASCII case ------------------------------------------------------------------------------

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char to_upper(char c) { return is_lower(c) ? char(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? char(c + 32) : c; }

enum class CaseOp { Upper, Lower, Swapcase, Title, Capitalize };

template <CaseOp Op>
Value m_case(Thread& t, Value* args, int nargs, Tuple* kw) {
    static constexpr const char* kNames[] = {"upper", "lower", "swapcase", "title", "capitalize"};
    const char* name = kNames[int(Op)];
    Bytes* b = self_of(t, args, nargs, name);
    if (!b || !method_args(t, "bytes", name, nargs, kw, 0, 0)) return Value::null();
    std::string out(b->view());
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); i++) {
        char c = out[i];
        switch (Op) {
            case CaseOp::Upper: out[i] = to_upper(c); break;
            case CaseOp::Lower: out[i] = to_lower(c); break;
            case CaseOp::Swapcase: out[i] = is_lower(c) ? to_upper(c) : to_lower(c); break;
            case CaseOp::Title:
                out[i] = prev_cased ? to_lower(c) : to_upper(c);
                prev_cased = is_upper(c) || is_lower(c);
                break;
            case CaseOp::Capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        }
    }
    return make_bytes(t, out);
}

enum class Pred { Alpha, Alnum, Digit, Space, Upper, Lower, Title, Ascii };

bool test(std::string_view v, Pred p) {
    auto all = [&](auto ok) {
        for (char c : v)
            if (!ok(c)) return false;
        return !v.empty();
    };
    auto alpha = [](char c) { return is_upper(c) || is_lower(c); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    switch (p) {
        case Pred::Alpha: return all(alpha);
        case Pred::Alnum: return all([&](char c) { return alpha(c) || digit(c); });
        case Pred::Digit: return all(digit);
        case Pred::Space: return all([](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
        case Pred::Ascii:
            for (char c : v)
                if (static_cast<unsigned char>(c) >= 0x80) return false;
            return true;
        default: break;
    }
    bool cased = false, prev_cased = false;
    for (char c : v) {
        if (p == Pred::Upper) {
            if (is_lower(c)) return false;
            cased |= is_upper(c);
        } else if (p == Pred::Lower) {
            if (is_upper(c)) return false;
            cased |= is_lower(c);
        } else if (is_upper(c)) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (is_lower(c)) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return cased;
}

template <Pred P>
Value m_is(Thread& t, Value* args, int nargs, Tuple* kw) {
    static constexpr const char* kNames[] = {"isalpha", "isalnum", "isdigit", "isspace",
                                             "isupper", "islower", "istitle", "isascii"};
    const char* name = kNames[int(P)];
    Bytes* b = self_of(t, args, nargs, name);
    if (!b || !method_args(t, "bytes", name, nargs, kw, 0, 0)) return Value::null();
    return Value::boolean(test(b->view(), P));
}

// ---- padding ---------------------------------------------------------------------------------

template <char Which>
Value m_justify(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Which == '<' ? "ljust" : Which == '>' ? "rjust" : "center";
    Bytes* b = self_of(t, args, nargs, name);
    int64_t width;
    if (!b || !method_args(t, "bytes", name, nargs, kw, 1, 2) || !int_arg(t, args[1], &width)) return Value::null();
    char fill = ' ';
    if (nargs > 2) {
        if (!is_kind(args[2], Kind::Bytes) || as<Bytes>(args[2])->len != 1)
            return raisef(t, t.in.types.TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name,
                          type_name(t.in, args[2]));
        fill = char(as<Bytes>(args[2])->data()[0]);
    }
    int64_t marg = width - b->len;
    if (marg <= 0) return args[0];
    if (!check_result_size(t, uint64_t(width))) return Value::null();
    int64_t left = Which == '<' ? 0 : Which == '>' ? marg : marg / 2 + (marg & width & 1);
    std::string out(size_t(left), fill);
    out.append(b->view());
    out.append(size_t(marg - left), fill);
    return make_bytes(t, out);
}

Value m_zfill(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "zfill");
    int64_t width;
    if (!b || !method_args(t, "bytes", "zfill", nargs, kw, 1, 1, ArgStyle::One) || !int_arg(t, args[1], &width))
        return Value::null();
    int64_t fill = width - b->len;
    if (fill <= 0) return args[0];
    if (!check_result_size(t, uint64_t(width))) return Value::null();
    std::string out(size_t(fill), '0');
    out.append(b->view());
    if (b->len && (b->data()[0] == '+' || b->data()[0] == '-')) {
        out[0] = char(b->data()[0]);
        out[size_t(fill)] = '0';
    }
    return make_bytes(t, out);
}

Value m_expandtabs(Thread& t, Value* args, int nargs, Tuple* kw) {
    Bytes* b = self_of(t, args, nargs, "expandtabs");
    Value tabv;
    int64_t tabsize = 8;
    if (!b || !kw_args(t, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0, {&tabv})) return Value::null();
    if (!tabv.is_null() && !int_arg(t, tabv, &tabsize)) return Value::null();
    std::string out;
    int64_t col = 0;
    for (char c : b->view()) {
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if (!check_result_size(t, out.size() + uint64_t(incr))) return Value::null();
                out.append(size_t(incr), ' ');
                col += incr;
            }
        } else {
            out += c;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return make_bytes(t, out);
}

}  // namespace

void add_bytes_methods(Interp& in) {
    add_methods(in, in.types.bytes,
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
                 {"removesuffix", m_removeprefix<true>},
                 {"upper", m_case<CaseOp::Upper>},
                 {"lower", m_case<CaseOp::Lower>},
                 {"swapcase", m_case<CaseOp::Swapcase>},
                 {"title", m_case<CaseOp::Title>},
                 {"capitalize", m_case<CaseOp::Capitalize>},
                 {"isalpha", m_is<Pred::Alpha>},
                 {"isalnum", m_is<Pred::Alnum>},
                 {"isdigit", m_is<Pred::Digit>},
                 {"isspace", m_is<Pred::Space>},
                 {"isupper", m_is<Pred::Upper>},
                 {"islower", m_is<Pred::Lower>},
                 {"istitle", m_is<Pred::Title>},
                 {"isascii", m_is<Pred::Ascii>},
                 {"ljust", m_justify<'<'>},
                 {"rjust", m_justify<'>'>},
                 {"center", m_justify<'^'>},
                 {"zfill", m_zfill},
                 {"expandtabs", m_expandtabs}});
}

}  // namespace gs
