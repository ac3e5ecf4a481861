// printf-style formatting: str % args and bytes % args, after CPython 3.11's
// PyUnicode_Format and _PyBytes_FormatEx. One engine serves both; they differ only in how
// %s %r %a %c convert their argument and in whether widths count characters or bytes.
//
// A directive is %[(key)][flags][width][.precision][h|l|L]type with flags from "-+ #0"
// and '*' taking a width or precision from the arguments. The format is scanned as bytes:
// every directive character is ASCII.
#include <algorithm>
#include <cmath>

#include "sim/objects/format.hpp"
#include "sim/objects/format_util.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

enum : int { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct Directive {
    int flags = 0;
    int64_t width = -1, prec = -1;
    uint32_t ch = 0;
    bool numeric = false;  // a number: the sign and the '0' flag apply
};

class Formatter {
public:
    Formatter(Thread& t, std::string_view fmt, Value args, bool bytes_mode)
        : t_(t), fmt_(fmt), bytes_(bytes_mode), args_(args) {
        Interp& in = t.in;
        if (is_kind(args, Kind::Tuple) && args.o->type == in.types.tuple) {
            arglen_ = as<Tuple>(args)->n;
            argidx_ = 0;
        }
        // As CPython: any other argument that supports [] (but not a str, nor bytes for
        // bytes formats) may serve %(key)s directives.
        Type* tp = type_of(in, args);
        bool excluded = is_kind(args, Kind::Tuple) || is_kind(args, Kind::Str) ||
                        (bytes_mode && is_kind(args, Kind::Bytes));
        if (tp->slots.getitem && !excluded) dict_ = args;
    }

    Value run();

private:
    Value next_arg();
    bool parse(Directive* d);
    bool format_one(Directive* d, std::string* body);
    bool format_int(Value v, Directive* d, std::string* out);
    bool format_char(Value v, std::string* out);
    void output(const Directive& d, std::string_view body);
    Value not_all_converted() {
        return raisef(t_, t_.in.types.TypeError, "not all arguments converted during {} formatting",
                      bytes_ ? "bytes" : "string");
    }
    int64_t units(std::string_view s) const { return bytes_ ? int64_t(s.size()) : int64_t(utf8_count(s)); }

    Thread& t_;
    std::string_view fmt_;
    bool bytes_;
    Value args_;
    int64_t arglen_ = -1, argidx_ = -2;  // a lone argument: arglen -1, argidx -2 until used
    Value dict_;
    size_t pos_ = 0;
    std::string out_;
};

Value Formatter::next_arg() {
    if (argidx_ < arglen_) {
        int64_t i = argidx_++;
        return arglen_ < 0 ? args_ : as<Tuple>(args_)->items()[i];
    }
    return raise(t_, t_.in.types.TypeError, "not enough arguments for format string");
}

// CPython's unicode_format_arg_parse: everything after '%' up to the type character.
bool Formatter::parse(Directive* d) {
    Interp& in = t_.in;
    size_t n = fmt_.size();
    if (pos_ < n && fmt_[pos_] == '(') {
        if (dict_.is_null()) {
            raise(t_, in.types.TypeError, "format requires a mapping");
            return false;
        }
        size_t start = ++pos_;
        int depth = 1;
        while (depth > 0 && pos_ < n) {
            char c = fmt_[pos_++];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        if (depth > 0) {
            raise(t_, in.types.ValueError, "incomplete format key");
            return false;
        }
        std::string_view key = fmt_.substr(start, pos_ - 1 - start);
        Value k = bytes_ ? Value(new_bytes(in, key)) : make_str(in, key);
        Value v = getitem(t_, dict_, k);
        if (v.is_null()) return false;
        args_ = v;
        arglen_ = -1;
        argidx_ = -2;
    }
    auto next = [&]() -> int { return pos_ < n ? static_cast<unsigned char>(fmt_[pos_++]) : -1; };
    int c;
    for (;;) {
        c = next();
        int flag = c == '-' ? F_LJUST : c == '+' ? F_SIGN : c == ' ' ? F_BLANK
                 : c == '#' ? F_ALT : c == '0' ? F_ZERO : 0;
        if (!flag) break;
        d->flags |= flag;
    }
    auto star = [&](int64_t* out) {
        Value v = next_arg();
        if (v.is_null()) return false;
        if (!v.is_intlike()) {
            raise(t_, in.types.TypeError, "* wants int");
            return false;
        }
        *out = v.i;
        return true;
    };
    if (c == '*') {
        if (!star(&d->width)) return false;
        if (d->width < 0) {
            d->flags |= F_LJUST;
            d->width = -d->width;
        }
        c = next();
    } else if (c >= '0' && c <= '9') {
        d->width = c - '0';
        while ((c = next()) >= '0' && c <= '9') {
            if (d->width > (INT64_MAX - (c - '0')) / 10) {
                raise(t_, in.types.ValueError, "width too big");
                return false;
            }
            d->width = d->width * 10 + (c - '0');
        }
    }
    if (c == '.') {
        d->prec = 0;
        c = next();
        if (c == '*') {
            if (!star(&d->prec)) return false;
            if (d->prec > INT32_MAX || d->prec < INT32_MIN) {
                raise(t_, in.types.OverflowError, "Python int too large to convert to C int");
                return false;
            }
            if (d->prec < 0) d->prec = 0;
            c = next();
        } else if (c >= '0' && c <= '9') {
            d->prec = c - '0';
            while ((c = next()) >= '0' && c <= '9') {
                if (d->prec > (INT32_MAX - (c - '0')) / 10) {
                    raise(t_, in.types.ValueError, "precision too big");
                    return false;
                }
                d->prec = d->prec * 10 + (c - '0');
            }
        }
    }
    if (c == 'h' || c == 'l' || c == 'L') c = next();
    if (c < 0) {
        raise(t_, in.types.ValueError, "incomplete format");
        return false;
    }
    // The type character may be any character (for the error message): decode it whole.
    if (c >= 0x80 && !bytes_) {
        int len;
        c = int(utf8_decode(fmt_.data() + pos_ - 1, &len));
        pos_ += size_t(len - 1);
    }
    d->ch = uint32_t(c);
    return true;
}

// %d %i %u %o %x %X: [sign][0x][zeros up to the precision][digits], as _PyUnicode_FormatLong.
bool Formatter::format_int(Value v, Directive* d, std::string* out) {
    Interp& in = t_.in;
    char type = char(d->ch);
    bool needs_index = type == 'o' || type == 'x' || type == 'X';
    int64_t x;
    bool ok = true;
    if (v.is_intlike()) {
        x = v.i;
    } else if (v.is_float() && !needs_index) {
        double f = v.f;
        if (std::isnan(f)) {
            raise(t_, in.types.ValueError, "cannot convert float NaN to integer");
            return false;
        }
        if (std::isinf(f)) {
            raise(t_, in.types.OverflowError, "cannot convert float infinity to integer");
            return false;
        }
        if (std::trunc(f) >= 9223372036854775808.0 || std::trunc(f) < -9223372036854775808.0) {
            raise(t_, in.types.OverflowError, "int too large to convert (gilsim ints are 64-bit)");
            return false;
        }
        x = int64_t(std::trunc(f));
    } else if (v.is_obj() && !lookup_special(t_, v, in.names.__index__).is_null()) {
        ok = index_value(t_, v, &x);
    } else if (v.is_obj() && !needs_index && !lookup_special(t_, v, in.names.__int__).is_null()) {
        Value r = call_method(t_, v, in.names.__int__, {});
        if (r.is_null()) return false;
        if (!r.is_intlike()) {
            raisef(t_, in.types.TypeError, "__int__ returned non-int (type {})", type_name(in, r));
            return false;
        }
        x = r.i;
    } else {
        raisef(t_, in.types.TypeError, "%{} format: {} is required, not {}", type,
               needs_index ? "an integer" : "a real number", type_name(in, v));
        return false;
    }
    if (!ok) return false;
    int base = type == 'o' ? 8 : needs_index ? 16 : 10;
    std::string digits = uint_digits(magnitude(x), base, type == 'X');
    if (x < 0) *out += '-';
    if ((d->flags & F_ALT) && needs_index) {
        *out += '0';
        *out += type;
    }
    if (d->prec > int64_t(digits.size())) out->append(size_t(d->prec) - digits.size(), '0');
    *out += digits;
    d->numeric = true;
    return true;
}

bool Formatter::format_char(Value v, std::string* out) {
    Interp& in = t_.in;
    if (bytes_) {
        if (is_kind(v, Kind::Bytes) && as<Bytes>(v)->len == 1) {
            out->append(as<Bytes>(v)->view());
            return true;
        }
        int64_t x;
        if (!v.is_intlike() && !(v.is_obj() && !lookup_special(t_, v, in.names.__index__).is_null())) {
            raise(t_, in.types.TypeError, "%c requires an integer in range(256) or a single byte");
            return false;
        }
        if (!index_value(t_, v, &x)) return false;
        if (x < 0 || x > 255) {
            raise(t_, in.types.OverflowError, "%c arg not in range(256)");
            return false;
        }
        *out += char(x);
        return true;
    }
    if (is_kind(v, Kind::Str)) {
        if (as<Str>(v)->nchars != 1) {
            raise(t_, in.types.TypeError, "%c requires int or char");
            return false;
        }
        out->append(as<Str>(v)->view());
        return true;
    }
    int64_t x;
    if (!v.is_intlike() && !(v.is_obj() && !lookup_special(t_, v, in.names.__index__).is_null())) {
        raise(t_, in.types.TypeError, "%c requires int or char");
        return false;
    }
    if (!index_value(t_, v, &x)) return false;
    if (x < 0 || x > 0x10ffff) {
        raise(t_, in.types.OverflowError, "%c arg not in range(0x110000)");
        return false;
    }
    utf8_append(*out, uint32_t(x));
    return true;
}

// Converts the directive's argument to its text (not yet padded).
bool Formatter::format_one(Directive* d, std::string* body) {
    Interp& in = t_.in;
    Value v = next_arg();
    if (v.is_null()) return false;
    switch (d->ch) {
        case 's':
        case 'b':
            if (d->ch == 'b' && !bytes_) break;
            if (bytes_) {
                if (is_kind(v, Kind::Bytes)) {
                    body->append(as<Bytes>(v)->view());
                    return true;
                }
                Value m = lookup_special(t_, v, intern(in, "__bytes__"));
                if (m.is_null()) {
                    raisef(t_, in.types.TypeError,
                           "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                           type_name(in, v));
                    return false;
                }
                Value r = call_values(t_, m, {});
                if (r.is_null()) return false;
                if (!is_kind(r, Kind::Bytes)) {
                    raisef(t_, in.types.TypeError, "__bytes__ returned non-bytes (type {})", type_name(in, r));
                    return false;
                }
                body->append(as<Bytes>(r)->view());
                return true;
            }
            return str_into(t_, v, *body);
        case 'r':
        case 'a': {
            Value r = repr(t_, v);
            if (r.is_null()) return false;
            // bytes % has no non-ASCII text: %r is ascii() there, as in CPython.
            if (d->ch == 'a' || bytes_) *body += ascii_escape(as<Str>(r)->view());
            else *body += as<Str>(r)->view();
            return true;
        }
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
            return format_int(v, d, body);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double x;
            if (!arg_float(t_, v, &x)) return false;
            if (!check_result_size(t_, uint64_t(std::max<int64_t>(d->prec, 0)) + 400)) return false;
            *body = double_to_string(x, char(d->ch), d->prec < 0 ? 6 : int(d->prec), (d->flags & F_ALT) ? kDtoaAlt : 0);
            d->numeric = true;
            return true;
        }
        case 'c':
            return format_char(v, body);
        default:
            break;
    }
    uint32_t c = d->ch;
    // The index of the type character, in characters (bytes for bytes formats).
    int64_t index = units(fmt_.substr(0, pos_)) - 1;
    raisef(t_, in.types.ValueError, "unsupported format character '{}' (0x{:x}) at index {}",
           c >= 31 && c <= 126 ? char(c) : '?', c, index);
    return false;
}

// Pads and signs one converted argument, as CPython's unicode_format_arg_output.
void Formatter::output(const Directive& d, std::string_view body) {
    int64_t len = units(body);
    int64_t width = d.width;
    bool is_text = d.ch == 's' || d.ch == 'r' || d.ch == 'a' || d.ch == 'b';
    if (is_text && d.prec >= 0 && len > d.prec) {
        body = body.substr(0, bytes_ ? size_t(d.prec) : size_t(utf8_offset(body, d.prec)));
        len = d.prec;
    }
    char fill = d.numeric && (d.flags & F_ZERO) ? '0' : ' ';
    char sign = 0;
    if (d.numeric) {
        if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
            sign = body[0];
            body.remove_prefix(1);
            len--;
        } else if (d.flags & F_SIGN) {
            sign = '+';
        } else if (d.flags & F_BLANK) {
            sign = ' ';
        }
    }
    if (width < len) width = len;
    if (sign && width > len) width--;
    bool prefix = (d.flags & F_ALT) && (d.ch == 'x' || d.ch == 'X' || d.ch == 'o');
    std::string_view pfx;
    if (prefix) {
        pfx = body.substr(0, 2);
        body.remove_prefix(2);
        width = std::max<int64_t>(width - 2, 0);
        len -= 2;
    }
    // Zero padding goes between the sign/prefix and the digits; spaces go before them.
    if (fill == '0') {
        if (sign) out_ += sign;
        out_.append(pfx);
    }
    if (width > len && !(d.flags & F_LJUST)) {
        out_.append(size_t(width - len), fill);
        width = len;
    }
    if (fill == ' ') {
        if (sign) out_ += sign;
        out_.append(pfx);
    }
    out_.append(body);
    if (width > len) out_.append(size_t(width - len), ' ');
}

Value Formatter::run() {
    Interp& in = t_.in;
    size_t n = fmt_.size();
    while (pos_ < n) {
        size_t pct = fmt_.find('%', pos_);
        if (pct == fmt_.npos) {
            out_.append(fmt_.substr(pos_));
            break;
        }
        out_.append(fmt_.substr(pos_, pct - pos_));
        pos_ = pct + 1;
        if (pos_ < n && fmt_[pos_] == '%') {
            out_ += '%';
            pos_++;
            continue;
        }
        Directive d;
        if (!parse(&d)) return Value::null();
        std::string body;
        if (!format_one(&d, &body)) return Value::null();
        if (d.width > 0 && !check_result_size(t_, out_.size() + uint64_t(d.width) + body.size())) return Value::null();
        output(d, body);
        if (!dict_.is_null() && argidx_ < arglen_) return not_all_converted();
    }
    if (argidx_ < arglen_ && dict_.is_null()) return not_all_converted();
    if (bytes_) return Value(new_bytes(in, out_));
    return make_str(in, out_);
}

}  // namespace

Value str_percent(Thread& t, Str* fmt, Value args) { return Formatter(t, fmt->view(), args, false).run(); }

Value bytes_percent(Thread& t, Bytes* fmt, Value args) { return Formatter(t, fmt->view(), args, true).run(); }

}  // namespace gs
