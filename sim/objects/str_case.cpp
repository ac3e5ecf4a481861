// str methods about characters: case conversion (upper lower casefold swapcase title
// capitalize, with Unicode's full mappings and the final-sigma rule), the is*()
// predicates, padding (ljust rjust center zfill expandtabs) and maketrans/translate.
// The character properties come from str_unicode.hpp; ASCII text takes fast paths that
// give the same results.
#include "sim/objects/format_util.hpp"
#include "sim/objects/str_unicode.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

namespace {

Str* self_of(Thread& t, Value* args, int nargs, const char* name) {
    return static_cast<Str*>(method_self(t, t.in.types.str, args, nargs, name));
}

std::vector<uint32_t> code_points(Str* s) {
    std::vector<uint32_t> cps;
    cps.reserve(s->nchars);
    for (uint32_t i = 0; i < s->len;) {
        int n;
        cps.push_back(utf8_decode(s->data() + i, &n));
        i += uint32_t(n);
    }
    return cps;
}

// ---- case conversion ----------------------------------------------------------------------

enum class CaseOp { Upper, Lower, Casefold, Swapcase, Title, Capitalize };

// Capital sigma lowers to final sigma (U+03C2) when it ends a word: preceded by a cased
// letter and not followed by one, case-ignorable characters skipped both ways (CPython's
// handle_capital_sigma).
uint32_t lower_sigma(const std::vector<uint32_t>& cps, size_t i) {
    size_t j = i;
    while (j > 0 && uni::has(cps[j - 1], uni::kCaseIgnorable)) j--;
    bool final_sigma = j > 0 && uni::has(cps[j - 1], uni::kCased);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < cps.size() && uni::has(cps[k], uni::kCaseIgnorable)) k++;
        final_sigma = k == cps.size() || !uni::has(cps[k], uni::kCased);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

void append_mapped(std::string& out, const std::vector<uint32_t>& cps, size_t i, uni::Case kind) {
    uint32_t c = cps[i];
    if (kind == uni::Case::Lower && c == 0x3A3) {
        utf8_append(out, lower_sigma(cps, i));
        return;
    }
    uint32_t mapped[3];
    int n = uni::case_map(c, kind, mapped);
    for (int k = 0; k < n; k++) utf8_append(out, mapped[k]);
}

std::string convert_ascii(std::string_view s, CaseOp op) {
    std::string out(s);
    auto upper = [](char c) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; };
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
    auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); i++) {
        char c = out[i];
        switch (op) {
            case CaseOp::Upper: out[i] = upper(c); break;
            case CaseOp::Lower:
            case CaseOp::Casefold: out[i] = lower(c); break;
            case CaseOp::Swapcase: out[i] = c >= 'a' && c <= 'z' ? upper(c) : lower(c); break;
            case CaseOp::Title:
                out[i] = prev_cased ? lower(c) : upper(c);
                prev_cased = letter(c);
                break;
            case CaseOp::Capitalize: out[i] = i == 0 ? upper(c) : lower(c); break;
        }
    }
    return out;
}

std::string convert(Str* s, CaseOp op) {
    if (s->is_ascii()) return convert_ascii(s->view(), op);
    std::vector<uint32_t> cps = code_points(s);
    std::string out;
    out.reserve(s->len + 8);
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t c = cps[i];
        switch (op) {
            case CaseOp::Upper: append_mapped(out, cps, i, uni::Case::Upper); break;
            case CaseOp::Lower: append_mapped(out, cps, i, uni::Case::Lower); break;
            case CaseOp::Casefold: append_mapped(out, cps, i, uni::Case::Fold); break;
            case CaseOp::Swapcase:
                if (uni::has(c, uni::kUpper)) append_mapped(out, cps, i, uni::Case::Lower);
                else if (uni::has(c, uni::kLower)) append_mapped(out, cps, i, uni::Case::Upper);
                else utf8_append(out, c);
                break;
            case CaseOp::Title:
                append_mapped(out, cps, i, prev_cased ? uni::Case::Lower : uni::Case::Title);
                prev_cased = uni::has(c, uni::kCased);
                break;
            case CaseOp::Capitalize:
                append_mapped(out, cps, i, i == 0 ? uni::Case::Title : uni::Case::Lower);
                break;
        }
    }
    return out;
}

template <CaseOp Op>
Value m_case(Thread& t, Value* args, int nargs, Tuple* kw) {
    static constexpr const char* kNames[] = {"upper", "lower", "casefold", "swapcase", "title", "capitalize"};
    const char* name = kNames[int(Op)];
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 0, 0)) return Value::null();
    return make_str(t.in, convert(s, Op));
}

// ---- predicates -----------------------------------------------------------------------------

enum class Pred { Alpha, Alnum, Decimal, Digit, Numeric, Space, Printable, Ascii, Upper, Lower, Title, Identifier };

bool test(Str* s, Pred p) {
    std::string_view v = s->view();
    auto all = [&](auto ok) {
        for (size_t i = 0; i < v.size();) {
            int n;
            if (!ok(text::char_at(v, i, true, &n))) return false;
            i += size_t(n);
        }
        return true;
    };
    auto prop = [&](uint16_t mask) { return all([mask](uint32_t c) { return uni::has(c, mask); }); };
    bool empty = v.empty();
    switch (p) {
        case Pred::Alpha: return !empty && prop(uni::kAlpha);
        case Pred::Alnum: return !empty && all([](uint32_t c) { return uni::is_alnum(c); });
        case Pred::Decimal: return !empty && prop(uni::kDecimal);
        case Pred::Digit: return !empty && prop(uni::kDigit);
        case Pred::Numeric: return !empty && prop(uni::kNumeric);
        case Pred::Space: return !empty && all([](uint32_t c) { return uni::is_space(c); });
        case Pred::Printable: return prop(uni::kPrintable);
        case Pred::Ascii: return s->is_ascii();
        case Pred::Identifier: {
            if (empty) return false;
            bool first = true;
            return all([&first](uint32_t c) {
                bool ok = first ? c == '_' || uni::has(c, uni::kXidStart) : uni::has(c, uni::kXidContinue);
                first = false;
                return ok;
            });
        }
        default: break;
    }
    // isupper / islower / istitle: at least one cased character, and case rules on all.
    bool cased = false, prev_cased = false;
    bool ok = all([&](uint32_t c) {
        uint16_t f = uni::props(c);
        bool up = f & uni::kUpper, low = f & uni::kLower, title = f & uni::kTitle;
        if (p == Pred::Upper) {
            if (low || title) return false;
            cased |= up;
        } else if (p == Pred::Lower) {
            if (up || title) return false;
            cased |= low;
        } else if (up || title) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (low) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
        return true;
    });
    return ok && cased;
}

template <Pred P>
Value m_is(Thread& t, Value* args, int nargs, Tuple* kw) {
    static constexpr const char* kNames[] = {"isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
                                             "isprintable", "isascii", "isupper", "islower", "istitle",
                                             "isidentifier"};
    const char* name = kNames[int(P)];
    Str* s = self_of(t, args, nargs, name);
    if (!s || !method_args(t, "str", name, nargs, kw, 0, 0)) return Value::null();
    return Value::boolean(test(s, P));
}

// ---- padding ----------------------------------------------------------------------------------

// s padded to `width` characters with `left` fill characters before it.
Value pad(Thread& t, Str* s, int64_t left, int64_t right, std::string_view fill) {
    if (!check_result_size(t, s->len + uint64_t(left + right) * fill.size())) return Value::null();
    std::string out;
    append_fill(out, fill, left);
    out.append(s->view());
    append_fill(out, fill, right);
    return Value(new_str_known(t.in, out, uint32_t(s->nchars + left + right)));
}

// ljust / rjust / center(width, fillchar=' '): which = '<', '>', '^'.
template <char Which>
Value m_justify(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = Which == '<' ? "ljust" : Which == '>' ? "rjust" : "center";
    Str* s = self_of(t, args, nargs, name);
    int64_t width;
    if (!s || !method_args(t, "str", name, nargs, kw, 1, 2) || !int_arg(t, args[1], &width)) return Value::null();
    std::string_view fill = " ";
    if (nargs > 2) {
        if (!is_kind(args[2], Kind::Str))
            return raisef(t, t.in.types.TypeError, "The fill character must be a unicode character, not {}",
                          type_name(t.in, args[2]));
        if (as<Str>(args[2])->nchars != 1)
            return raise(t, t.in.types.TypeError, "The fill character must be exactly one character long");
        fill = as<Str>(args[2])->view();
    }
    int64_t marg = width - s->nchars;
    if (marg <= 0) return args[0];
    int64_t left = Which == '<' ? 0 : Which == '>' ? marg : marg / 2 + (marg & width & 1);
    return pad(t, s, left, marg - left, fill);
}

Value m_zfill(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "zfill");
    int64_t width;
    if (!s || !method_args(t, "str", "zfill", nargs, kw, 1, 1, ArgStyle::One) || !int_arg(t, args[1], &width))
        return Value::null();
    int64_t fill = width - s->nchars;
    if (fill <= 0) return args[0];
    if (!check_result_size(t, uint64_t(width) + s->len)) return Value::null();
    std::string out(size_t(fill), '0');
    out.append(s->view());
    // A leading sign moves in front of the zeros.
    if (s->len && (s->data()[0] == '+' || s->data()[0] == '-')) {
        out[0] = s->data()[0];
        out[size_t(fill)] = '0';
    }
    return Value(new_str_known(t.in, out, uint32_t(width)));
}

Value m_expandtabs(Thread& t, Value* args, int nargs, Tuple* kw) {
    Str* s = self_of(t, args, nargs, "expandtabs");
    Value tabv;
    int64_t tabsize = 8;
    if (!s || !kw_args(t, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0, {&tabv})) return Value::null();
    if (!tabv.is_null() && !int_arg(t, tabv, &tabsize)) return Value::null();
    std::string out;
    int64_t col = 0;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        int n;
        uint32_t c = text::char_at(v, i, true, &n);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if (!check_result_size(t, out.size() + uint64_t(incr))) return Value::null();
                out.append(size_t(incr), ' ');
                col += incr;
            }
        } else {
            out.append(v.substr(i, size_t(n)));
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        i += size_t(n);
    }
    return make_str(t.in, out);
}

// ---- maketrans / translate ------------------------------------------------------------------

// str.maketrans(x[, y[, z]]) -> {code point: code point, str or None}. Static: args[0] is
// the type.
Value m_maketrans(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    if (!method_args(t, "str", "maketrans", nargs, kw, 1, 3)) return Value::null();
    Dict* d = new_dict(in);
    if (nargs == 2) {
        if (!is_kind(args[1], Kind::Dict))
            return raise(t, in.types.TypeError, "if you give only one argument to maketrans it must be a dict");
        for (const DictEntry& e : as<Dict>(args[1])->entries) {
            if (e.key.is_null()) continue;
            Value key = e.key;
            if (is_kind(key, Kind::Str)) {
                if (as<Str>(key)->nchars != 1)
                    return raise(t, in.types.ValueError, "string keys in translate table must be of length 1");
                int n;
                key = Value::integer(utf8_decode(as<Str>(key)->data(), &n));
            } else if (!key.is_intlike()) {
                return raise(t, in.types.TypeError, "keys in translate table must be strings or integers");
            }
            if (!dict_set(t, d, Value::integer(key.i), e.value)) return Value::null();
        }
        return Value(d);
    }
    for (int i = 1; i < nargs; i++)
        if (!is_kind(args[i], Kind::Str))
            return raisef(t, in.types.TypeError, "maketrans() argument {} must be str, not {}", i,
                          type_name(in, args[i]));
    Str* x = as<Str>(args[1]);
    Str* y = as<Str>(args[2]);
    if (x->nchars != y->nchars)
        return raise(t, in.types.ValueError, "the first two maketrans arguments must have equal length");
    std::vector<uint32_t> xs = code_points(x), ys = code_points(y);
    for (size_t i = 0; i < xs.size(); i++)
        if (!dict_set(t, d, Value::integer(xs[i]), Value::integer(ys[i]))) return Value::null();
    if (nargs == 4)
        for (uint32_t c : code_points(as<Str>(args[3])))
            if (!dict_set(t, d, Value::integer(c), Value::none())) return Value::null();
    return Value(d);
}

Value m_translate(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    Str* s = self_of(t, args, nargs, "translate");
    if (!s || !method_args(t, "str", "translate", nargs, kw, 1, 1, ArgStyle::One)) return Value::null();
    Value table = args[1];
    std::string out;
    for (uint32_t c : code_points(s)) {
        Value r = getitem(t, table, Value::integer(c));
        if (r.is_null()) {
            // A missing entry (LookupError) leaves the character as it is.
            if (!exc_pending_is(t, in.types.LookupError)) return Value::null();
            take_exc(t);
            utf8_append(out, c);
            continue;
        }
        if (r.is_none()) continue;
        if (r.is_intlike()) {
            if (r.i < 0 || r.i > 0x10ffff)
                return raise(t, in.types.ValueError, "character mapping must be in range(0x110000)");
            utf8_append(out, uint32_t(r.i));
        } else if (is_kind(r, Kind::Str)) {
            out.append(as<Str>(r)->view());
        } else {
            return raise(t, in.types.TypeError, "character mapping must return integer, None or str");
        }
    }
    return make_str(in, out);
}

}  // namespace

void add_str_case_methods(Interp& in) {
    add_methods(in, in.types.str,
                {{"upper", m_case<CaseOp::Upper>},
                 {"lower", m_case<CaseOp::Lower>},
                 {"casefold", m_case<CaseOp::Casefold>},
                 {"swapcase", m_case<CaseOp::Swapcase>},
                 {"title", m_case<CaseOp::Title>},
                 {"capitalize", m_case<CaseOp::Capitalize>},
                 {"isalpha", m_is<Pred::Alpha>},
                 {"isalnum", m_is<Pred::Alnum>},
                 {"isdecimal", m_is<Pred::Decimal>},
                 {"isdigit", m_is<Pred::Digit>},
                 {"isnumeric", m_is<Pred::Numeric>},
                 {"isspace", m_is<Pred::Space>},
                 {"isprintable", m_is<Pred::Printable>},
                 {"isascii", m_is<Pred::Ascii>},
                 {"isupper", m_is<Pred::Upper>},
                 {"islower", m_is<Pred::Lower>},
                 {"istitle", m_is<Pred::Title>},
                 {"isidentifier", m_is<Pred::Identifier>},
                 {"ljust", m_justify<'<'>},
                 {"rjust", m_justify<'>'>},
                 {"center", m_justify<'^'>},
                 {"zfill", m_zfill},
                 {"expandtabs", m_expandtabs},
                 {"maketrans", m_maketrans, 1},
                 {"translate", m_translate}});
}

}  // namespace gs
