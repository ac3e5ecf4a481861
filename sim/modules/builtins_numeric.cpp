// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, ord, chr.
//
// round() follows CPython's float___round__: without ndigits, round half to even to an
// int; with ndigits, the double is rounded in decimal, correctly (on its exact binary
// value, ties to even), and the decimal string converted back with a correctly rounding
// strtod. glibc's printf("%.*f") prints exact decimal expansions, so it does the rounding
// for ndigits >= 0; for ndigits < 0 the integer digits are rounded by hand.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "sim/modules/builtins_impl.hpp"
#include "sim/vm/eval_support.hpp"

namespace gs {

namespace {

using namespace builtins_detail;

// ---- abs ----------------------------------------------------------------------------------

Value b_abs(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "abs", nargs, kwnames)) return Value::null();
    Value v = args[0];
    if (v.is_intlike()) {
        if (v.i == INT64_MIN) return int_overflow(t);
        return Value::integer(v.i < 0 ? -v.i : v.i);
    }
    if (v.is_float()) return Value::flt(std::fabs(v.f));
    Value m = lookup_special(t, v, t.in.names.__abs__);
    if (!m.is_null()) return call_values(t, m, {});
    if (!t.exc.is_null()) return Value::null();
    return raisef(t, t.in.types.TypeError, "bad operand type for abs(): '{}'", type_name(t.in, v));
}

// ---- round ----------------------------------------------------------------------------------

// A float already rounded to an integral value, as an int (PyLong_FromDouble's errors).
Value float_to_int(Thread& t, double r) {
    if (std::isnan(r)) return raise(t, t.in.types.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(r)) return raise(t, t.in.types.OverflowError, "cannot convert float infinity to integer");
    if (r >= 9223372036854775808.0 || r < -9223372036854775808.0) return int_overflow(t);
    return Value::integer(int64_t(r));
}

// round(x): half to even, by the same steps as CPython (round() then fix exact halves).
Value round_float_to_int(Thread& t, double x) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return float_to_int(t, r);
}

// Adds one to a string of decimal digits.
void increment_digits(std::string& d) {
    size_t i = d.size();
    while (i > 0 && d[i - 1] == '9') d[--i] = '0';
    if (i == 0) d.insert(d.begin(), '1');
    else d[i - 1]++;
}

// The decimal string of |x| rounded to a multiple of 10**k (k >= 1), ties to even, as
// "<digits>e<k>". Only the integer part's digits matter, plus whether a fraction exists
// (a fraction turns an apparent tie into "above half").
std::string round_to_tens(double ax, int k) {
    double ip = std::trunc(ax);
    bool has_frac = ax != ip;
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", ip);  // exact: ip is an integer below 1e309
    std::string d = buf;
    if (d.size() <= size_t(k)) d.insert(0, size_t(k) + 1 - d.size(), '0');
    std::string upper = d.substr(0, d.size() - size_t(k));
    std::string lower = d.substr(d.size() - size_t(k));
    std::string half(size_t(k), '0');
    half[0] = '5';
    int c = lower.compare(half);
    bool up = c > 0 || (c == 0 && (has_frac || (upper.back() - '0') % 2 == 1));
    if (up) increment_digits(upper);
    upper += 'e';
    upper += std::to_string(k);
    return upper;
}

// round(x, ndigits) for a float (float___round___impl and double_round).
Value round_float_digits(Thread& t, double x, int64_t nd) {
    if (!std::isfinite(x)) return Value::flt(x);
    // Beyond these, x is its own rounding / rounds to zero (0.30103 bounds log10(2)).
    constexpr int kMaxDigits = int((53 - (-1021)) * 0.30103);  // 323
    constexpr int kMinDigits = -int((1024 + 1) * 0.30103);     // -308
    if (nd > kMaxDigits) return Value::flt(x);
    if (nd < kMinDigits) return Value::flt(0.0 * x);
    std::string dec;
    if (nd >= 0) {
        char buf[700];  // up to 309 integer digits, the point, 323 decimals
        std::snprintf(buf, sizeof buf, "%.*f", int(nd), x);
        dec = buf;
    } else {
        if (std::signbit(x)) dec = "-";
        dec += round_to_tens(std::fabs(x), int(-nd));
    }
    errno = 0;
    double r = std::strtod(dec.c_str(), nullptr);
    if (errno == ERANGE && std::fabs(r) >= 1.0)
        return raise(t, t.in.types.OverflowError, "rounded value too large to represent");
    return Value::flt(r);
}

// round(n, ndigits) for an int: a multiple of 10**-ndigits, ties to even (int.__round__).
Value round_int_digits(Thread& t, int64_t v, int64_t nd) {
    if (nd >= 0) return Value::integer(v);
    if (nd < -38) return Value::integer(0);  // 10**39 exceeds every 64-bit value twice over
    __int128 p = 1;
    for (int64_t i = 0; i < -nd; i++) p *= 10;
    __int128 x = v;
    __int128 q = x / p, r = x % p;
    if (r < 0) {  // floor division
        r += p;
        q -= 1;
    }
    if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
    __int128 res = q * p;
    if (res > INT64_MAX || res < INT64_MIN) return int_overflow(t);
    return Value::integer(int64_t(res));
}

Value b_round(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Value number, ndigits = Value::none();
    if (!parse_args(t, "round", args, nargs, kwnames, {"number", "ndigits"}, 1, {&number, &ndigits}))
        return Value::null();
    if (number.is_float() || number.is_intlike()) {
        if (ndigits.is_none())
            return number.is_float() ? round_float_to_int(t, number.f) : Value::integer(number.i);
        int64_t nd;
        if (!index_value(t, ndigits, &nd)) return Value::null();
        return number.is_float() ? round_float_digits(t, number.f, nd) : round_int_digits(t, number.i, nd);
    }
    Value m = lookup_special(t, number, in.names.__round__);
    if (m.is_null()) {
        if (!t.exc.is_null()) return Value::null();
        return raisef(t, in.types.TypeError, "type {} doesn't define __round__ method", type_name(in, number));
    }
    return ndigits.is_none() ? call_values(t, m, {}) : call_values(t, m, {ndigits});
}

// ---- divmod ---------------------------------------------------------------------------------

Value b_divmod(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "divmod", kwnames) || !check_positional(t, "divmod", nargs, 2, 2)) return Value::null();
    Value a = args[0], b = args[1];
    if (is_number(a) && is_number(b)) {
        bool fl = a.is_float() || b.is_float();
        // divmod names itself in its zero-division errors, unlike // and %.
        if (fl ? (b.is_float() ? b.f == 0.0 : b.i == 0) : b.i == 0)
            return raise(t, in.types.ZeroDivisionError, fl ? "float divmod()" : "integer division or modulo by zero");
        Value q = binary_op(t, a, b, int(BinOpKind::FloorDiv));
        if (q.is_null()) return q;
        Value r = binary_op(t, a, b, int(BinOpKind::Mod));
        if (r.is_null()) return r;
        return make_tuple(in, {q, r});
    }
    // Classes that define __divmod__ / __rdivmod__.
    Value m = lookup_special(t, a, intern(in, "__divmod__"));
    if (m.is_null() && !t.exc.is_null()) return m;
    if (!m.is_null()) {
        Value r = call_values(t, m, {b});
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    if (type_of(in, a) != type_of(in, b)) {
        Value rm = lookup_special(t, b, intern(in, "__rdivmod__"));
        if (rm.is_null() && !t.exc.is_null()) return rm;
        if (!rm.is_null()) {
            Value r = call_values(t, rm, {a});
            if (r.is_null() || !r.is(in.not_implemented)) return r;
        }
    }
    return raisef(t, in.types.TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(in, a),
                  type_name(in, b));
}

// ---- pow ----------------------------------------------------------------------------------------

uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return uint64_t((unsigned __int128)a * b % m); }

// v mod m in [0, m), for any signed v.
uint64_t reduce_mod(int64_t v, uint64_t m) {
    if (v >= 0) return uint64_t(v) % m;
    uint64_t r = (0 - uint64_t(v)) % m;
    return r ? m - r : 0;
}

// The inverse of a modulo m (extended Euclid); false when gcd(a, m) != 1.
bool mod_inverse(uint64_t a, uint64_t m, uint64_t* out) {
    __int128 old_r = a, r = m, old_s = 1, s = 0;
    while (r != 0) {
        __int128 q = old_r / r;
        __int128 tmp = old_r - q * r;
        old_r = r;
        r = tmp;
        tmp = old_s - q * s;
        old_s = s;
        s = tmp;
    }
    if (old_r != 1) return false;
    __int128 inv = old_s % __int128(m);
    if (inv < 0) inv += m;
    *out = uint64_t(inv);
    return true;
}

// pow(b, e, m) for ints, in the order of CPython's long_pow: a zero modulus is an error,
// a negative one makes the result non-positive, modulus 1 gives 0 before a negative
// exponent is considered, and a negative exponent inverts the base first.
Value int_modpow(Thread& t, int64_t b, int64_t e, int64_t m) {
    Interp& in = t.in;
    if (m == 0) return raise(t, in.types.ValueError, "pow() 3rd argument cannot be 0");
    bool negative_mod = m < 0;
    uint64_t um = negative_mod ? 0 - uint64_t(m) : uint64_t(m);
    if (um == 1) return Value::integer(0);
    uint64_t base = reduce_mod(b, um);
    uint64_t exp = e < 0 ? 0 - uint64_t(e) : uint64_t(e);
    if (e < 0 && !mod_inverse(base, um, &base))
        return raise(t, in.types.ValueError, "base is not invertible for the given modulus");
    uint64_t r = 1;
    while (exp) {
        if (exp & 1) r = mulmod(r, base, um);
        base = mulmod(base, base, um);
        exp >>= 1;
    }
    if (negative_mod && r != 0) return Value::integer(-int64_t(um - r));
    return Value::integer(int64_t(r));
}

Value b_pow(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Value base, exp, mod = Value::none();
    if (!parse_args(t, "pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, {&base, &exp, &mod}))
        return Value::null();
    if (mod.is_none()) return binary_op(t, base, exp, int(BinOpKind::Pow));
    if (base.is_intlike() && exp.is_intlike() && mod.is_intlike()) return int_modpow(t, base.i, exp.i, mod.i);
    // float's pow is reached when any operand is a float and accepts int/float operands,
    // then refuses the modulus.
    if (is_number(base) && is_number(exp) && (base.is_float() || exp.is_float() || mod.is_float()))
        return raise(t, in.types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    // Three-argument pow of a class goes to the base's __pow__ only (never __rpow__).
    Value m = lookup_special(t, base, in.names.binop[int(BinOpKind::Pow)]);
    if (m.is_null() && !t.exc.is_null()) return m;
    if (!m.is_null()) {
        Value r = call_values(t, m, {exp, mod});
        if (r.is_null() || !r.is(in.not_implemented)) return r;
    }
    return raisef(t, in.types.TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                  type_name(in, base), type_name(in, exp), type_name(in, mod));
}

// ---- hex, oct, bin ------------------------------------------------------------------------------

// "-0x1f": sign, prefix, then the magnitude's digits (bits per digit: 4, 3 or 1).
Value radix_string(Thread& t, Value* args, int nargs, Tuple* kwnames, const char* fname, int bits,
                   const char* prefix) {
    if (!one_arg(t, fname, nargs, kwnames)) return Value::null();
    int64_t v;
    if (!index_value(t, args[0], &v)) return Value::null();
    uint64_t mag = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
    char digits[65];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[mag & ((1u << bits) - 1)];
        mag >>= bits;
    } while (mag);
    std::string out = v < 0 ? "-" : "";
    out += prefix;
    while (n) out += digits[--n];
    return make_str(t.in, out);
}

Value b_hex(Thread& t, Value* a, int n, Tuple* kw) { return radix_string(t, a, n, kw, "hex", 4, "0x"); }
Value b_oct(Thread& t, Value* a, int n, Tuple* kw) { return radix_string(t, a, n, kw, "oct", 3, "0o"); }
Value b_bin(Thread& t, Value* a, int n, Tuple* kw) { return radix_string(t, a, n, kw, "bin", 1, "0b"); }

// ---- ord, chr -------------------------------------------------------------------------------------

Value b_ord(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!one_arg(t, "ord", nargs, kwnames)) return Value::null();
    Value v = args[0];
    int64_t len;
    if (is_kind(v, Kind::Str)) {
        Str* s = as<Str>(v);
        if (s->nchars == 1) {
            int n;
            return Value::integer(utf8_decode(s->data(), &n));
        }
        len = s->nchars;
    } else if (is_kind(v, Kind::Bytes)) {
        Bytes* b = as<Bytes>(v);
        if (b->len == 1) return Value::integer(b->data()[0]);
        len = b->len;
    } else {
        return raisef(t, in.types.TypeError, "ord() expected string of length 1, but {} found", type_name(in, v));
    }
    return raisef(t, in.types.TypeError, "ord() expected a character, but string of length {} found", len);
}

Value b_chr(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!one_arg(t, "chr", nargs, kwnames)) return Value::null();
    int64_t cp;
    if (!index_value(t, args[0], &cp)) return Value::null();
    // chr() takes a C int, so the range error comes second.
    if (cp > INT32_MAX || cp < INT32_MIN)
        return raise(t, in.types.OverflowError, "Python int too large to convert to C int");
    if (cp < 0 || cp > 0x10ffff) return raise(t, in.types.ValueError, "chr() arg not in range(0x110000)");
    if (cp < 128) return Value(in.char_strs[cp]);
    std::string s;
    utf8_append(s, uint32_t(cp));
    return Value(new_str_known(in, s, 1));
}

}  // namespace

void add_builtins_numeric(Interp& in) {
    add_functions(in, in.builtins,
                  {{"abs", b_abs}, {"round", b_round}, {"divmod", b_divmod}, {"pow", b_pow}, {"hex", b_hex},
                   {"oct", b_oct}, {"bin", b_bin}, {"ord", b_ord}, {"chr", b_chr}});
}

}  // namespace gs
