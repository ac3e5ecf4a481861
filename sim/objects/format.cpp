// repr() of str and bytes, and format(value, spec) for int, float and str: the
// format-spec mini-language
//     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// after CPython 3.11's Python/formatter_unicode.c, whose error messages and padding
// rules programs observe. Floats are converted by glibc's printf, which rounds correctly
// like CPython's dtoa; only the layout around the digits is done here.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "sim/objects/format.hpp"
#include "sim/objects/format_util.hpp"
#include "sim/objects/str_unicode.hpp"

namespace gs {

namespace {

const char kHexDigits[] = "0123456789abcdef";

// \xhh, \uhhhh or \Uhhhhhhhh: the shortest escape that holds cp, as repr() and ascii().
void append_escape(std::string& out, uint32_t cp) {
    int digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
    out += '\\';
    out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int k = digits - 1; k >= 0; k--) out += kHexDigits[(cp >> (4 * k)) & 15];
}

// Single quotes unless the text has a single quote and no double quote (CPython's rule,
// for str and bytes alike).
char pick_quote(std::string_view s) {
    bool single = s.find('\'') != s.npos, dbl = s.find('"') != s.npos;
    return single && !dbl ? '"' : '\'';
}

// The escapes that str and bytes reprs share: the quote, backslash, \t \n \r, and \xhh
// for the other ASCII control characters. False if c needs no escape.
bool append_ascii_escape(std::string& out, unsigned char c, char quote) {
    switch (c) {
        case '\t': out += "\\t"; return true;
        case '\n': out += "\\n"; return true;
        case '\r': out += "\\r"; return true;
        case '\\': out += "\\\\"; return true;
        default: break;
    }
    if (c == static_cast<unsigned char>(quote)) {
        out += '\\';
        out += char(c);
        return true;
    }
    if (c < ' ' || c == 0x7f) {
        append_escape(out, c);
        return true;
    }
    return false;
}

}  // namespace

std::string str_repr(std::string_view s) {
    char q = pick_quote(s);
    std::string out;
    out.reserve(s.size() + 2);
    out += q;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (!append_ascii_escape(out, c, q)) out += char(c);
            i++;
            continue;
        }
        int n;
        uint32_t cp = utf8_decode(s.data() + i, &n);
        // Printable non-ASCII text stays as it is; the rest (\xa0, \u200b, \u2028...)
        // is escaped, as Py_UNICODE_ISPRINTABLE decides.
        if (uni::has(cp, uni::kPrintable))
            out.append(s.substr(i, size_t(n)));
        else
            append_escape(out, cp);
        i += size_t(n);
    }
    out += q;
    return out;
}

std::string ascii_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            out += s[i++];
            continue;
        }
        int n;
        append_escape(out, utf8_decode(s.data() + i, &n));
        i += size_t(n);
    }
    return out;
}

std::string bytes_repr(std::string_view b) {
    char q = pick_quote(b);
    std::string out;
    out.reserve(b.size() + 3);
    out += 'b';
    out += q;
    for (char ch : b) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (!append_ascii_escape(out, c, q)) {
            if (c >= 0x80) append_escape(out, c);
            else out += ch;
        }
    }
    out += q;
    return out;
}

// ---- shared helpers ------------------------------------------------------------------

std::string uint_digits(uint64_t v, int base, bool upper) {
    const char* digits = upper ? "0123456789ABCDEF" : kHexDigits;
    char buf[64];
    int n = 0;
    do {
        buf[n++] = digits[v % uint64_t(base)];
        v /= uint64_t(base);
    } while (v);
    std::string out;
    out.reserve(size_t(n));
    while (n) out += buf[--n];
    return out;
}

bool check_result_size(Thread& t, uint64_t bytes) {
    if (bytes >= UINT32_MAX || !t.in.heap.would_fit(bytes)) {
        raise_no_memory(t);
        return false;
    }
    return true;
}

namespace {

// The significant digits of |v| (no trailing zeros; "0" for zero) and the position of the
// decimal point relative to them: v = 0.DIGITS * 10**decpt. ndigits 0 asks for the
// shortest digits that round-trip (repr), else for ndigits correctly rounded ones.
std::string float_digits(double v, int ndigits, int* decpt) {
    std::string sci;  // d.ddde+XX
    if (ndigits == 0) {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
        sci.assign(buf, r.ptr);
    } else {
        int n = std::snprintf(nullptr, 0, "%.*e", ndigits - 1, std::fabs(v));
        sci.resize(size_t(n) + 1);
        std::snprintf(sci.data(), sci.size(), "%.*e", ndigits - 1, std::fabs(v));
        sci.resize(size_t(n));
    }
    size_t e = sci.find('e');
    std::string digits;
    digits.reserve(e);
    for (size_t i = 0; i < e; i++)
        if (sci[i] != '.') digits += sci[i];
    int exp = std::atoi(sci.c_str() + e + 1);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    *decpt = digits == "0" ? 1 : exp + 1;
    return digits;
}

// CPython's format_float_short for the 'g' and 'r' codes, which decide between fixed and
// exponent notation from the decimal point's position, strip trailing zeros (unless
// '#'), and may force a ".0".
std::string format_short(double v, char code, int precision, int flags) {
    bool alt = flags & kDtoaAlt, add_dot_0 = flags & kDtoaAddDot0;
    int decpt;
    std::string digits = float_digits(v, code == 'r' ? 0 : precision, &decpt);
    int ndigits = int(digits.size());
    bool use_exp;
    int vdigits_end = ndigits;
    if (code == 'r') {
        use_exp = decpt <= -4 || decpt > 16;
    } else {
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt) vdigits_end = precision;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vdigits_end = std::max(vdigits_end, decpt + 1);
    else vdigits_end = std::max(vdigits_end, decpt);

    std::string out = std::signbit(v) ? "-" : "";
    if (decpt <= 0) {
        out.append(size_t(decpt - vdigits_start), '0');
        out += '.';
        out.append(size_t(-decpt), '0');
    } else {
        out.append(size_t(-vdigits_start), '0');
    }
    if (decpt > 0 && decpt <= ndigits) {
        out.append(digits, 0, size_t(decpt));
        out += '.';
        out.append(digits, size_t(decpt));
    } else {
        out += digits;
    }
    if (ndigits < decpt) {
        out.append(size_t(decpt - ndigits), '0');
        out += '.';
        out.append(size_t(vdigits_end - decpt), '0');
    } else {
        out.append(size_t(vdigits_end - ndigits), '0');
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (use_exp) {
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%+.02d", exp);
        out += eb;
    }
    return out;
}

}  // namespace

std::string double_to_string(double v, char type, int precision, int flags) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    // CPython never shows a sign on a NaN, whatever its sign bit.
    if (std::isnan(v)) return upper ? "NAN" : "nan";
    if (std::isinf(v)) return std::string(v < 0 ? "-" : "") + (upper ? "INF" : "inf");
    std::string s;
    char code = char(type | 0x20);
    if (code == 'g' || code == 'r') {
        if (code == 'g' && precision == 0) precision = 1;
        s = format_short(v, code, precision, flags);
        if (upper)
            for (char& c : s) c = c == 'e' ? 'E' : c;
    } else {
        // 'e' and 'f': printf's rounding and layout are CPython's ('#' keeps the point).
        char spec[8] = "%";
        std::strcat(spec, (flags & kDtoaAlt) ? "#.*" : ".*");
        size_t k = std::strlen(spec);
        spec[k] = type;
        spec[k + 1] = 0;
        int n = std::snprintf(nullptr, 0, spec, precision, v);
        s.resize(size_t(n) + 1);
        std::snprintf(s.data(), s.size(), spec, precision, v);
        s.resize(size_t(n));
    }
    if ((flags & kDtoaNoNeg0) && s[0] == '-') {
        size_t end = s.find_first_of("eE");
        bool zero = true;
        for (size_t i = 1; i < s.size() && i < end; i++)
            if (s[i] >= '1' && s[i] <= '9') zero = false;
        if (zero) s.erase(0, 1);
    }
    return s;
}

// ---- the format-spec mini-language ---------------------------------------------------

namespace {

struct Spec {
    std::string fill = " ";      // one character, UTF-8
    bool fill_given = false, align_given = false;
    char align = 0;
    char sign = 0;
    bool no_neg_0 = false, alternate = false;
    int64_t width = -1;
    char grouping = 0;           // ',' or '_'
    int group_size = 3;          // 4 for '_' with b, o, x, X
    int64_t precision = -1;
    uint32_t type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// A run of decimal digits: the count consumed, or -1 (ValueError) on overflow.
int get_integer(Thread& t, const std::vector<uint32_t>& s, size_t* pos, int64_t* out) {
    int64_t acc = 0;
    int n = 0;
    for (; *pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++, n++) {
        int d = int(s[*pos] - '0');
        if (acc > (INT64_MAX - d) / 10) {
            raise(t, t.in.types.ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return n;
}

// "'c'" for printable ASCII, "'\x1'" otherwise, as CPython words type codes in errors.
std::string code_name(uint32_t c) {
    if (c > 32 && c < 128) return std::string(1, char(c));
    return fmt::format("\\x{:x}", c);
}

Value unknown_code(Thread& t, uint32_t type, std::string_view type_name) {
    return raisef(t, t.in.types.ValueError, "Unknown format code '{}' for object of type '{}'", code_name(type),
                  type_name);
}

// CPython's parse_internal_render_format_spec.
bool parse_spec(Thread& t, Str* spec, std::string_view type_name, char default_type, char default_align, Spec* f) {
    std::vector<uint32_t> s;
    s.reserve(spec->nchars);
    for (uint32_t i = 0; i < spec->len;) {
        int n;
        s.push_back(utf8_decode(spec->data() + i, &n));
        i += uint32_t(n);
    }
    size_t pos = 0, end = s.size();
    f->align = default_align;
    f->type = uint32_t(default_type);
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        f->fill.clear();
        utf8_append(f->fill, s[pos]);
        f->align = char(s[pos + 1]);
        f->fill_given = f->align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        f->align = char(s[pos]);
        f->align_given = true;
        pos++;
    }
    if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = char(s[pos++]);
    if (pos < end && s[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < end && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    // A leading '0' means zero padding after the sign, unless a fill was given.
    if (!f->fill_given && pos < end && s[pos] == '0') {
        f->fill.assign(1, '0');
        if (!f->align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int consumed = get_integer(t, s, &pos, &f->width);
    if (consumed < 0) return false;
    if (consumed == 0) f->width = -1;
    if (pos < end && s[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < end && s[pos] == '_') {
        if (f->grouping) {
            raise(t, t.in.types.ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        f->grouping = '_';
        pos++;
    }
    if (pos < end && s[pos] == ',' && f->grouping == '_') {
        raise(t, t.in.types.ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < end && s[pos] == '.') {
        pos++;
        consumed = get_integer(t, s, &pos, &f->precision);
        if (consumed < 0) return false;
        if (consumed == 0) {
            raise(t, t.in.types.ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (end - pos > 1) {
        raisef(t, t.in.types.ValueError, "Invalid format specifier '{}' for object of type '{}'", spec->view(),
               type_name);
        return false;
    }
    if (end - pos == 1) f->type = s[pos];
    if (f->grouping) {
        switch (f->type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                // Underscores every four digits in binary, octal and hex (PEP 515).
                if (f->grouping == '_') {
                    f->group_size = 4;
                    break;
                }
                [[fallthrough]];
            default:
                raisef(t, t.in.types.ValueError, "Cannot specify '{}' with '{}'.", f->grouping, code_name(f->type));
                return false;
        }
    }
    return true;
}

// The digits with separators every `group` digits from the right, zero-padded on the left
// to at least min_width characters (the '0' flag pads through the grouping: '0,001,234').
// CPython's _PyUnicode_InsertThousandsGrouping with a repeating group size.
std::string group_digits(std::string_view digits, int group, char sep, int64_t min_width) {
    std::string rev;  // built right to left
    int64_t remaining = int64_t(digits.size());
    size_t src = digits.size();
    bool use_sep = false;
    auto emit = [&](int64_t l) {
        int64_t zeros = std::max<int64_t>(0, l - remaining);
        int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
        if (use_sep) rev += sep;
        for (int64_t i = 0; i < chars; i++) rev += digits[--src];
        rev.append(size_t(zeros), '0');
        remaining -= chars;
        min_width -= l;
    };
    bool done = false;
    if (sep) {
        for (;;) {
            emit(std::min<int64_t>(group, std::max({remaining, min_width, int64_t(1)})));
            if (remaining <= 0 && min_width <= 0) {
                done = true;
                break;
            }
            min_width -= 1;
            use_sep = true;
        }
    }
    if (!done) emit(std::max({remaining, min_width, int64_t(1)}));
    return std::string(rev.rbegin(), rev.rend());
}

// Lays out [sign][prefix][digits][rest] in the field, as CPython's calc_number_widths and
// fill_number. `rest` (decimal point, fraction, exponent, '%') is never grouped.
Value layout_number(Thread& t, const Spec& f, char sign, std::string_view prefix, std::string_view digits,
                    std::string_view rest) {
    int64_t rest_chars = int64_t(utf8_count(rest));
    int64_t non_digits = (sign ? 1 : 0) + int64_t(prefix.size()) + rest_chars;
    int64_t min_width = f.fill == "0" && f.align == '=' ? f.width - non_digits : 0;
    if (!check_result_size(t, uint64_t(std::max<int64_t>(min_width, 0)) * 2 + digits.size() * 2))
        return Value::null();
    std::string grouped = digits.empty() ? std::string() : group_digits(digits, f.group_size, f.grouping, min_width);
    int64_t pad = f.width - (non_digits + int64_t(grouped.size()));
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f.align) {
            case '<': rpad = pad; break;
            case '^': lpad = pad / 2; rpad = pad - lpad; break;
            case '=': spad = pad; break;
            default: lpad = pad; break;
        }
        if (!check_result_size(t, uint64_t(pad) * f.fill.size())) return Value::null();
    }
    std::string out;
    append_fill(out, f.fill, lpad);
    if (sign) out += sign;
    out.append(prefix);
    append_fill(out, f.fill, spad);
    out += grouped;
    out.append(rest);
    append_fill(out, f.fill, rpad);
    return make_str(t.in, out);
}

char sign_for(const Spec& f, bool negative) {
    if (negative) return '-';
    return f.sign == '+' || f.sign == ' ' ? f.sign : 0;
}

Value format_float_spec(Thread& t, double v, const Spec& f) {
    if (f.precision > INT32_MAX) return raise(t, t.in.types.ValueError, "precision too big");
    char type = char(f.type);
    int precision = int(f.precision);
    int flags = (f.alternate ? kDtoaAlt : 0) | (f.no_neg_0 ? kDtoaNoNeg0 : 0);
    int default_precision = 6;
    if (type == 0) {
        // No type: repr() without a precision, else 'g' that always shows a fraction.
        flags |= kDtoaAddDot0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';  // the C locale: no grouping, '.' as the point
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        v *= 100;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    if (!check_result_size(t, uint64_t(precision) + 400)) return Value::null();
    std::string s = double_to_string(v, type, precision, flags);
    bool negative = s[0] == '-';
    std::string_view body(s);
    if (negative) body.remove_prefix(1);
    size_t ndigits = 0;
    while (ndigits < body.size() && body[ndigits] >= '0' && body[ndigits] <= '9') ndigits++;
    std::string rest(body.substr(ndigits));
    if (percent) rest += '%';
    return layout_number(t, f, sign_for(f, negative), "", body.substr(0, ndigits), rest);
}

Value format_int_spec(Thread& t, int64_t v, const Spec& f, std::string_view type_name) {
    uint32_t type = f.type;
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float_spec(t, double(v), f);
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            break;
        default:
            return unknown_code(t, type, type_name);
    }
    if (f.precision != -1) return raise(t, t.in.types.ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        return raise(t, t.in.types.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (f.sign) return raise(t, t.in.types.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return raise(t, t.in.types.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10ffff) return raise(t, t.in.types.OverflowError, "%c arg not in range(0x110000)");
        // The character is laid out as an ungrouped remainder, as CPython does.
        std::string ch;
        utf8_append(ch, uint32_t(v));
        return layout_number(t, f, 0, "", "", ch);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    std::string digits = uint_digits(magnitude(v), base, type == 'X');
    std::string_view prefix;
    if (f.alternate) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    return layout_number(t, f, sign_for(f, v < 0), prefix, digits, "");
}

}  // namespace

Value format_int_as(Thread& t, int64_t v, Str* spec, std::string_view type_name) {
    if (!spec || !spec->len) return make_str(t.in, int_repr(v));
    Spec f;
    if (!parse_spec(t, spec, type_name, 'd', '>', &f)) return Value::null();
    return format_int_spec(t, v, f, type_name);
}

Value format_int(Thread& t, int64_t v, Str* spec) { return format_int_as(t, v, spec, "int"); }

Value format_float(Thread& t, double v, Str* spec) {
    if (!spec || !spec->len) return make_str(t.in, float_repr(v));
    Spec f;
    if (!parse_spec(t, spec, "float", 0, '>', &f)) return Value::null();
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            return format_float_spec(t, v, f);
        default:
            return unknown_code(t, f.type, "float");
    }
}

Value format_str(Thread& t, Str* s, Str* spec) {
    if (!spec || !spec->len) return Value(s);
    Spec f;
    if (!parse_spec(t, spec, "str", 's', '<', &f)) return Value::null();
    if (f.type != 's') return unknown_code(t, f.type, "str");
    if (f.sign == ' ') return raise(t, t.in.types.ValueError, "Space not allowed in string format specifier");
    if (f.sign) return raise(t, t.in.types.ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return raise(t, t.in.types.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return raise(t, t.in.types.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return raise(t, t.in.types.ValueError, "'=' alignment not allowed in string format specifier");
    std::string_view body = s->view();
    int64_t nchars = s->nchars;
    if (f.precision >= 0 && f.precision < nchars) {
        body = body.substr(0, str_byte_offset(s, f.precision));
        nchars = f.precision;
    }
    int64_t pad = f.width - nchars;
    if (pad <= 0) return body.size() == s->len ? Value(s) : make_str(t.in, body);
    if (!check_result_size(t, body.size() + uint64_t(pad) * f.fill.size())) return Value::null();
    int64_t lpad = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    std::string out;
    append_fill(out, f.fill, lpad);
    out.append(body);
    append_fill(out, f.fill, pad - lpad);
    return make_str(t.in, out);
}

}  // namespace gs
