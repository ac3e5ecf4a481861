// int, bool, float and None: arithmetic with CPython's semantics (floor division and
// modulo round toward negative infinity, int ** negative is a float, mixed int/float
// compare exactly), their constructors, reprs and the few methods programs use.
// ints are 64-bit: a result that does not fit raises OverflowError (the one deviation
// language.md allows).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "sim/objects/format.hpp"
#include "sim/objects/init.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/eval_support.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

std::string int_repr(int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string float_repr(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, r.ptr);  // e.g. "-1.2345e+17"
    bool neg = sci[0] == '-';
    if (neg) sci.erase(0, 1);
    size_t epos = sci.find('e');
    std::string digits = sci.substr(0, epos);
    int exp = std::atoi(sci.c_str() + epos + 1);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    int decpt = exp + 1;  // position of the decimal point relative to the digits
    std::string out = neg ? "-" : "";
    int nd = int(digits.size());
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0." + std::string(size_t(-decpt), '0') + digits;
        } else if (decpt >= nd) {
            out += digits + std::string(size_t(decpt - nd), '0') + ".0";
        } else {
            out += digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
        }
    } else {
        out += digits.substr(0, 1);
        if (nd > 1) out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += eb;
    }
    return out;
}

namespace {

bool is_num(Value v) { return v.tag == Tag::Int || v.tag == Tag::Bool || v.tag == Tag::Float; }
double to_double(Value v) { return v.tag == Tag::Float ? v.f : double(v.i); }

Value zero_div(Thread& t, const char* msg) { return raise(t, t.in.types.ZeroDivisionError, msg); }

Value int_pow(Thread& t, int64_t base, int64_t exp) {
    if (exp < 0) {
        if (base == 0) return zero_div(t, "0.0 cannot be raised to a negative power");
        return Value::flt(std::pow(double(base), double(exp)));
    }
    int64_t result = 1;
    int64_t b = base;
    while (exp) {
        if (exp & 1)
            if (__builtin_mul_overflow(result, b, &result)) return int_overflow(t);
        exp >>= 1;
        if (exp && __builtin_mul_overflow(b, b, &b)) return int_overflow(t);
    }
    return Value::integer(result);
}

Value float_floordiv_mod(Thread& t, double vx, double wx, bool want_div, bool want_mod, Value* mod_out) {
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    if (mod_out) *mod_out = Value::flt(mod);
    (void)want_div;
    (void)want_mod;
    return Value::flt(floordiv);
}

Value float_pow(Thread& t, double x, double y) {
    if (x == 0 && y < 0) return zero_div(t, "0.0 cannot be raised to a negative power");
    if (x < 0 && y != std::floor(y) && std::isfinite(y))
        return raise(t, t.in.types.ValueError,
                     "negative number cannot be raised to a fractional power (gilsim has no complex numbers)");
    errno = 0;
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return raise(t, t.in.types.OverflowError, "(34, 'Numerical result out of range')");
    return Value::flt(r);
}

Value int_binop(Thread& t, Value a, Value b, int op) {
    if (!is_num(a) || !is_num(b)) return t.in.not_implemented;
    op %= kInplace;
    if (a.tag == Tag::Float || b.tag == Tag::Float) {
        double x = to_double(a), y = to_double(b);
        switch (BinOpKind(op)) {
            case BinOpKind::Add: return Value::flt(x + y);
            case BinOpKind::Sub: return Value::flt(x - y);
            case BinOpKind::Mul: return Value::flt(x * y);
            case BinOpKind::TrueDiv:
                if (y == 0) return zero_div(t, "float division by zero");
                return Value::flt(x / y);
            case BinOpKind::FloorDiv:
                if (y == 0) return zero_div(t, "float floor division by zero");
                return float_floordiv_mod(t, x, y, true, false, nullptr);
            case BinOpKind::Mod: {
                if (y == 0) return zero_div(t, "float modulo");
                Value m;
                float_floordiv_mod(t, x, y, false, true, &m);
                return m;
            }
            case BinOpKind::Pow: return float_pow(t, x, y);
            default: return t.in.not_implemented;
        }
    }
    int64_t x = a.i, y = b.i, r;
    bool both_bool = a.tag == Tag::Bool && b.tag == Tag::Bool;
    switch (BinOpKind(op)) {
        case BinOpKind::Add: if (__builtin_add_overflow(x, y, &r)) return int_overflow(t); return Value::integer(r);
        case BinOpKind::Sub: if (__builtin_sub_overflow(x, y, &r)) return int_overflow(t); return Value::integer(r);
        case BinOpKind::Mul: if (__builtin_mul_overflow(x, y, &r)) return int_overflow(t); return Value::integer(r);
        case BinOpKind::TrueDiv:
            if (y == 0) return zero_div(t, "division by zero");
            return Value::flt(double(x) / double(y));
        case BinOpKind::FloorDiv:
            if (y == 0) return zero_div(t, "integer division or modulo by zero");
            if (x == INT64_MIN && y == -1) return int_overflow(t);
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
            return Value::integer(r);
        case BinOpKind::Mod:
            if (y == 0) return zero_div(t, "integer modulo by zero");
            if (y == -1) return Value::integer(0);
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return Value::integer(r);
        case BinOpKind::Pow: return int_pow(t, x, y);
        case BinOpKind::LShift:
            if (y < 0) return raise(t, t.in.types.ValueError, "negative shift count");
            if (x == 0) return Value::integer(0);
            if (y >= 63 || (x > 0 ? x > (INT64_MAX >> y) : x < (INT64_MIN >> y))) return int_overflow(t);
            return Value::integer(int64_t(uint64_t(x) << y));
        case BinOpKind::RShift:
            if (y < 0) return raise(t, t.in.types.ValueError, "negative shift count");
            return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
        case BinOpKind::And: return both_bool ? Value::boolean(x & y) : Value::integer(x & y);
        case BinOpKind::Or: return both_bool ? Value::boolean(x | y) : Value::integer(x | y);
        case BinOpKind::Xor: return both_bool ? Value::boolean(x ^ y) : Value::integer(x ^ y);
        default: return t.in.not_implemented;
    }
}

Value int_unary(Thread& t, Value v, int op) {
    switch (Opcode(op)) {
        case Opcode::UNARY_NEGATIVE:
            if (v.tag == Tag::Float) return Value::flt(-v.f);
            if (v.i == INT64_MIN) return int_overflow(t);
            return Value::integer(-v.i);
        case Opcode::UNARY_POSITIVE: return v.tag == Tag::Float ? v : Value::integer(v.i);
        case Opcode::UNARY_INVERT:
            if (v.tag == Tag::Float) return t.in.not_implemented;
            return Value::integer(~v.i);
        default: return t.in.not_implemented;
    }
}

Value num_compare(Thread& t, Value a, Value b, int op) {
    if (!is_num(a) || !is_num(b)) return t.in.not_implemented;
    return compare(t, a, b, CmpKind(op));
}

Value int_repr_slot(Thread& t, Value v) {
    if (v.tag == Tag::Bool) return Value(intern(t.in, v.i ? "True" : "False"));
    return Value(new_str_int(t.in, v.i));
}
Value float_repr_slot(Thread& t, Value v) { return make_str(t.in, float_repr(v.f)); }
Value none_repr(Thread& t, Value) { return Value(intern(t.in, "None")); }
Value ni_repr(Thread& t, Value) { return Value(intern(t.in, "NotImplemented")); }
Value ellipsis_repr(Thread& t, Value) { return Value(intern(t.in, "Ellipsis")); }

bool num_hash(Thread& t, Value v, int64_t* out) { return hash(t, v, out); }

Value int_format(Thread& t, Value v, Str* spec) {
    if (v.tag == Tag::Bool && (!spec || spec->len == 0)) return int_repr_slot(t, v);
    return format_int(t, v.i, spec);
}
Value float_format(Thread& t, Value v, Str* spec) { return format_float(t, v.f, spec); }

// int(x) parsing: optional sign, base prefix, underscores between digits.
bool parse_int(std::string_view s, int base, int64_t* out) {
    size_t i = 0, n = s.size();
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (i < n && ws(s[i])) i++;
    while (n > i && ws(s[n - 1])) n--;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (n - i >= 2 && s[i] == '0') {
        char p = char(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            if (i < n && s[i] == '_') i++;
        }
    }
    if (base == 0) {
        base = 10;
        // base 0 forbids leading zeros in a non-zero decimal literal
        if (n - i > 1 && s[i] == '0') {
            for (size_t k = i; k < n; k++)
                if (s[k] != '0' && s[k] != '_') return false;
        }
    }
    if (i >= n) return false;
    uint64_t acc = 0;
    bool prev_us = true;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            if (prev_us) return false;
            prev_us = true;
            continue;
        }
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= base) return false;
        if (acc > (uint64_t(1) << 63) / uint64_t(base)) return false;  // too big: reported as overflow
        acc = acc * uint64_t(base) + uint64_t(d);
        if (acc > (uint64_t(1) << 63)) return false;
        prev_us = false;
    }
    if (prev_us) return false;
    if (!neg && acc > uint64_t(INT64_MAX)) return false;
    *out = neg ? int64_t(0 - acc) : int64_t(acc);
    return true;
}

Value int_from_float(Thread& t, double d) {
    if (std::isnan(d)) return raise(t, t.in.types.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(t, t.in.types.OverflowError, "cannot convert float infinity to integer");
    double tr = std::trunc(d);
    if (tr >= 9223372036854775808.0 || tr < -9223372036854775808.0) return int_overflow(t);
    return Value::integer(int64_t(tr));
}

Value int_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Value x = Value::null(), base = Value::null();
    if (!bind_args(t, "int", args, nargs, kwnames, {"x", "base"}, 0, {&x, &base})) return Value::null();
    if (x.is_null()) return Value::integer(0);
    if (!base.is_null()) {
        int64_t b;
        if (!index_value(t, base, &b)) return Value::null();
        if (!is_kind(x, Kind::Str) && !is_kind(x, Kind::Bytes))
            return raise(t, in.types.TypeError, "int() can't convert non-string with explicit base");
        if (b != 0 && (b < 2 || b > 36)) return raise(t, in.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
        std::string_view s = is_kind(x, Kind::Str) ? as<Str>(x)->view() : as<Bytes>(x)->view();
        int64_t v;
        if (!parse_int(s, int(b), &v)) {
            std::string r = is_kind(x, Kind::Str) ? str_repr(s) : bytes_repr(s);
            return raisef(t, in.types.ValueError, "invalid literal for int() with base {}: {}", b, r);
        }
        return Value::integer(v);
    }
    if (x.tag == Tag::Int) return x;
    if (x.tag == Tag::Bool) return Value::integer(x.i);
    if (x.tag == Tag::Float) return int_from_float(t, x.f);
    if (is_kind(x, Kind::Str) || is_kind(x, Kind::Bytes)) {
        std::string_view s = is_kind(x, Kind::Str) ? as<Str>(x)->view() : as<Bytes>(x)->view();
        int64_t v;
        if (!parse_int(s, 10, &v)) {
            std::string r = is_kind(x, Kind::Str) ? str_repr(s) : bytes_repr(s);
            return raisef(t, in.types.ValueError, "invalid literal for int() with base 10: {}", r);
        }
        return Value::integer(v);
    }
    for (Str* name : {in.names.__int__, in.names.__index__}) {
        Value m = lookup_special(t, x, name);
        if (!m.is_null()) {
            Value r = call_values(t, m, {});
            if (r.is_null()) return r;
            if (!r.is_intlike())
                return raisef(t, in.types.TypeError, "__int__ returned non-int (type {})", type_name(in, r));
            return Value::integer(r.i);
        }
    }
    return raisef(t, in.types.TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                  type_name(in, x));
}

bool parse_float(std::string_view s, double* out) {
    size_t i = 0, n = s.size();
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (i < n && ws(s[i])) i++;
    while (n > i && ws(s[n - 1])) n--;
    std::string body(s.substr(i, n - i));
    std::string lower;
    for (char c : body) lower += char(std::tolower(static_cast<unsigned char>(c)));
    std::string_view l = lower;
    bool neg = false;
    if (!l.empty() && (l[0] == '+' || l[0] == '-')) {
        neg = l[0] == '-';
        l.remove_prefix(1);
    }
    if (l == "inf" || l == "infinity") {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (l == "nan") {
        *out = neg ? -NAN : NAN;
        return true;
    }
    // Digits with single underscores between them, '.', exponent.
    std::string clean;
    char prev = 0;
    for (size_t k = 0; k < body.size(); k++) {
        char c = body[k];
        if (c == '_') {
            if (!std::isdigit(static_cast<unsigned char>(prev)) || k + 1 >= body.size() ||
                !std::isdigit(static_cast<unsigned char>(body[k + 1])))
                return false;
            prev = c;
            continue;
        }
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
            return false;
        clean += c;
        prev = c;
    }
    if (clean.empty()) return false;
    const char* b = clean.c_str();
    if (*b == '+') b++;
    auto r = std::from_chars(b, clean.c_str() + clean.size(), *out);
    if (r.ec == std::errc::result_out_of_range) {
        *out = std::strtod(clean.c_str(), nullptr);
        return r.ptr == clean.c_str() + clean.size();
    }
    return r.ec == std::errc() && r.ptr == clean.c_str() + clean.size();
}

Value float_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "float", kwnames) || !check_nargs(t, "float", nargs, 0, 1)) return Value::null();
    if (nargs == 0) return Value::flt(0.0);
    Value x = args[0];
    if (x.tag == Tag::Float) return x;
    if (x.is_intlike()) return Value::flt(double(x.i));
    if (is_kind(x, Kind::Str)) {
        double d;
        if (!parse_float(as<Str>(x)->view(), &d))
            return raisef(t, in.types.ValueError, "could not convert string to float: {}", str_repr(as<Str>(x)->view()));
        if (std::isnan(d)) {
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            bits = (bits & 0xFFF8000000000000ULL) | (++in.nan_serial & 0x0007FFFFFFFFFFFFULL);
            std::memcpy(&d, &bits, 8);
        }
        return Value::flt(d);
    }
    Value m = lookup_special(t, x, in.names.__float__);
    if (!m.is_null()) {
        Value r = call_values(t, m, {});
        if (r.is_null() || r.tag == Tag::Float) return r;
        return raisef(t, in.types.TypeError, "{}.__float__ returned non-float (type {})", type_name(in, x),
                      type_name(in, r));
    }
    m = lookup_special(t, x, in.names.__index__);
    if (!m.is_null()) {
        Value r = call_values(t, m, {});
        if (r.is_null()) return r;
        return Value::flt(double(r.i));
    }
    return raisef(t, in.types.TypeError, "float() argument must be a string or a real number, not '{}'",
                  type_name(in, x));
}

Value bool_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "bool", kwnames) || !check_nargs(t, "bool", nargs, 0, 1)) return Value::null();
    if (nargs == 0) return Value::boolean(false);
    int b = truthy(t, args[0]);
    return b < 0 ? Value::null() : Value::boolean(b);
}

Value none_construct(Thread& t, Type*, Value*, int nargs, Tuple*) {
    if (nargs) return raise(t, t.in.types.TypeError, "NoneType takes no arguments");
    return Value::none();
}

Value int_bit_length(Thread& t, Value* args, int nargs, Tuple*) {
    int64_t v = args[0].i;
    uint64_t a = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    int n = 0;
    while (a) {
        n++;
        a >>= 1;
    }
    return Value::integer(n);
}

Value int_bit_count(Thread& t, Value* args, int nargs, Tuple*) {
    int64_t v = args[0].i;
    uint64_t a = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return Value::integer(__builtin_popcountll(a));
}

Value float_is_integer(Thread& t, Value* args, int nargs, Tuple*) {
    double d = args[0].f;
    return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value float_as_integer_ratio(Thread& t, Value* args, int nargs, Tuple*) {
    double d = args[0].f;
    if (std::isinf(d)) return raise(t, t.in.types.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) return raise(t, t.in.types.ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); i++) {
        m *= 2.0;
        e--;
    }
    if (std::fabs(m) >= 9.2e18) return int_overflow(t);
    int64_t num = int64_t(m), den = 1;
    if (e > 0) {
        if (e > 62) return int_overflow(t);
        num <<= e;
    } else {
        if (-e > 62) return int_overflow(t);
        den <<= -e;
    }
    return make_tuple(t.in, {Value::integer(num), Value::integer(den)});
}

// The numbers protocol's attributes (CPython's getset descriptors on int and float).
Value num_getattr(Thread& t, Value v, Str* name) {
    std::string_view n = name->view();
    bool is_float = v.tag == Tag::Float;
    Value self = v.tag == Tag::Bool ? Value::integer(v.i) : v;
    if (n == "real") return self;
    if (n == "imag") return is_float ? Value::flt(0.0) : Value::integer(0);
    if (!is_float && n == "numerator") return self;
    if (!is_float && n == "denominator") return Value::integer(1);
    return Value::null();
}

Value conj_identity(Thread& t, Value* args, int nargs, Tuple*) {
    return args[0].tag == Tag::Bool ? Value::integer(args[0].i) : args[0];
}

}  // namespace

void init_number_types(Interp& in) {
    Types& T = in.types;
    for (Type* tp : {T.int_, T.bool_, T.float_}) {
        tp->slots.binop = int_binop;
        tp->slots.unary = int_unary;
        tp->slots.compare = num_compare;
        tp->slots.hash = num_hash;
        tp->slots.getattr = num_getattr;
    }
    T.int_->slots.repr = int_repr_slot;
    T.bool_->slots.repr = int_repr_slot;
    T.float_->slots.repr = float_repr_slot;
    T.int_->slots.format = int_format;
    T.bool_->slots.format = int_format;
    T.float_->slots.format = float_format;
    T.int_->slots.construct = int_construct;
    T.bool_->slots.construct = bool_construct;
    T.float_->slots.construct = float_construct;
    T.none_type->slots.repr = none_repr;
    T.none_type->slots.construct = none_construct;
    T.none_type->slots.hash = num_hash;
    T.not_implemented_type->slots.repr = ni_repr;
    T.ellipsis_type->slots.repr = ellipsis_repr;
    add_methods(in, T.int_,
                {{"bit_length", int_bit_length}, {"bit_count", int_bit_count}, {"conjugate", conj_identity},
                 {"__index__", conj_identity}});
    add_methods(in, T.float_,
                {{"is_integer", float_is_integer},
                 {"as_integer_ratio", float_as_integer_ratio},
                 {"conjugate", conj_identity}});
}

}  // namespace gs
