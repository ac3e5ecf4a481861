// The random module: CPython's API (seed, random, randrange, choice, sample, gauss, ...)
// and its error messages, on a generator of gilsim's own.
//
// Notes about the implementation:
//   - Determinism. Every generator is seeded from the run's seed (Kernel::random_seed):
//     the same scenario and --seed give the same numbers; another seed, other numbers.
//     The sequences are not CPython's (docs: "sequences need not match CPython's").
//   - The generator is xoshiro256** (Blackman and Vigna), seeded through splitmix64: 256
//     bits of state, 64 good bits a step, and a state small enough for getstate().
//   - State lives in the objects, never in C++ globals: random.Random instances carry a
//     Generator payload, and the module's functions are bound methods of a hidden
//     instance, random._inst, as in CPython. Each simulated process imports its own.
//   - Seeds. seed(None) and Random() draw a fresh seed from the run's seed and a count
//     kept in random._inst (so they differ from each other, yet repeat run after run);
//     ints seed by their absolute value, floats by their hash (seed(5.0) == seed(5), as
//     in CPython), str and bytes by a hash of their bytes.
//   - Algorithms follow CPython's random.py where the result's distribution depends on
//     them (unbiased _randbelow by rejection, Box-Muller gauss with its cached second
//     value, Kinderman-Monahan normalvariate, bisection for weighted choices).
#include <algorithm>
#include <cmath>

#include "sim/lang/opcodes.hpp"
#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/modules/native_class.hpp"
#include "sim/modules/random_impl.hpp"
#include "sim/vm/args.hpp"

namespace gs::rnd {

namespace {

// Keys that do not collide between the kinds of seed.
constexpr uint64_t kStrSeedTag = 0x5354525345454421ull;
constexpr uint64_t kFreshSeedTag = 0x4652455348534545ull;

uint64_t fnv1a(std::string_view bytes) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : bytes) h = (h ^ c) * 0x100000001B3ull;
    return h;
}

Type* random_class(Thread& t) {
    Value m = dict_get_str(t.in.modules, intern(t.in, "random"));
    if (!is_kind(m, Kind::Module)) return nullptr;
    Value c = dict_get_str(as<Module>(m)->dict, intern(t.in, "Random"));
    return is_kind(c, Kind::Type) ? as<Type>(c) : nullptr;
}

// The n-th seed drawn from the run's seed (0: the module's own generator).
uint64_t derived_seed(Thread& t, uint64_t n) {
    Kernel* k = t.in.host.kernel();  // none in a bare interpreter: seed 0
    uint64_t key = (k ? k->random_seed(t) : 0) ^ kFreshSeedTag;
    return splitmix64(key) + n * 0x9E3779B97F4A7C15ull;
}

// A seed for seed(None) and Random(): the next one drawn from the run's seed.
uint64_t fresh_seed(Thread& t) {
    uint64_t n = 1;
    Value m = dict_get_str(t.in.modules, intern(t.in, "random"));
    if (is_kind(m, Kind::Module)) {
        Value inst = dict_get_str(as<Module>(m)->dict, intern(t.in, "_inst"));
        if (is_kind(inst, Kind::Opaque)) {
            auto* g = dynamic_cast<Generator*>(as<Opaque>(inst)->data.get());
            if (g) n = g->fresh_seeds++;
        }
    }
    return derived_seed(t, n);
}

// Seeds g from a Python value as Random.seed(a) does. False when it raised.
bool seed_from(Thread& t, Generator* g, Value a) {
    if (a.is_none()) {
        g->seed(fresh_seed(t));
    } else if (a.is_intlike()) {
        g->seed(a.i < 0 ? uint64_t(0) - uint64_t(a.i) : uint64_t(a.i));
    } else if (a.is_float()) {
        int64_t h;
        if (!hash(t, a, &h)) return false;
        g->seed(h < 0 ? uint64_t(0) - uint64_t(h) : uint64_t(h));
    } else if (is_kind(a, Kind::Str)) {
        g->seed(fnv1a(as<Str>(a)->view()) ^ kStrSeedTag);
    } else if (is_kind(a, Kind::Bytes)) {
        g->seed(fnv1a(as<Bytes>(a)->view()) ^ kStrSeedTag);
    } else {
        raise(t, t.in.types.TypeError,
              "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return false;
    }
    return true;
}

}  // namespace

Generator* gen_of(Thread& t, Value self, const char* method) {
    Type* cls = random_class(t);
    if (!cls) {
        raise(t, t.in.types.RuntimeError, "the random module is not loaded");
        return nullptr;
    }
    return payload<Generator>(t, self, cls, method);
}

// Binds a method's arguments (those after self) with the wording of a Python method's
// errors, which is what CPython's random.py gives: "Random.randint() missing 1 required
// positional argument: 'b'" (the counts include self). Parameters past `max_positional`
// are keyword-only.
bool bind(Thread& t, const char* fname, Value* args, int nargs, Tuple* kw, std::initializer_list<const char*> names,
          int required, int max_positional, std::initializer_list<Value*> out) {
    int npos = nargs - (kw ? int(kw->n) : 0);
    if (npos > max_positional) {
        if (required == max_positional)
            raisef(t, t.in.types.TypeError, "{}() takes {} positional argument{} but {} were given", fname,
                   max_positional + 1, max_positional ? "s" : "", npos + 1);
        else
            raisef(t, t.in.types.TypeError, "{}() takes from {} to {} positional arguments but {} were given", fname,
                   required + 1, max_positional + 1, npos + 1);
        return false;
    }
    Value* const* outs = out.begin();
    for (int i = 0; i < required; i++) *outs[i] = Value::null();
    if (!bind_args(t, fname, args, nargs, kw, names, 0, out)) return false;
    std::vector<const char*> missing;
    for (int i = 0; i < required; i++)
        if (outs[i]->is_null()) missing.push_back(names.begin()[i]);
    if (missing.empty()) return true;
    std::string list;
    for (size_t i = 0; i < missing.size(); i++) {
        if (i) list += i + 1 == missing.size() ? (missing.size() > 2 ? ", and " : " and ") : ", ";
        list += fmt::format("'{}'", missing[i]);
    }
    raisef(t, t.in.types.TypeError, "{}() missing {} required positional argument{}: {}", fname, missing.size(),
           missing.size() == 1 ? "" : "s", list);
    return false;
}

namespace {

// An int argument of randrange, as CPython 3.11 converts it: ints and __index__; other
// numbers only when int() gives an equal value (5.0, with a DeprecationWarning in CPython
// that gilsim does not print), else ValueError "non-integer <what> for randrange()".
bool range_arg(Thread& t, Value v, const char* what, int64_t* out) {
    if (index_value(t, v, out)) return true;
    if (!exc_pending_is(t, t.in.types.TypeError)) return false;
    take_exc(t);
    Value i = call_values(t, Value(t.in.types.int_), {v});
    if (i.is_null()) return false;
    int same = eq(t, i, v);
    if (same < 0) return false;
    if (!same) {
        raisef(t, t.in.types.ValueError, "non-integer {} for randrange()", what);
        return false;
    }
    return index_value(t, i, out);
}

// randrange(start, stop, step) once the arguments are ints. Null when it raised.
Value randrange_ints(Thread& t, Generator* g, int64_t start, int64_t stop, int64_t step) {
    __int128 width = __int128(stop) - start;
    if (step == 1) {
        if (width > 0) return Value::integer(int64_t(start + __int128(g->below(uint64_t(width)))));
        return raisef(t, t.in.types.ValueError, "empty range for randrange() ({}, {}, {})", start, stop,
                      int64_t(width));
    }
    // How many values the range holds: Python's (width + step -+ 1) // step.
    auto floordiv = [](__int128 a, __int128 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); };
    __int128 n;
    if (step > 0) n = floordiv(width + step - 1, step);
    else if (step < 0) n = floordiv(width + step + 1, step);
    else return raise(t, t.in.types.ValueError, "zero step for randrange()");
    if (n <= 0) return raise(t, t.in.types.ValueError, "empty range for randrange()");
    return Value::integer(int64_t(start + __int128(step) * __int128(g->below(uint64_t(n)))));
}

// ---- methods ----------------------------------------------------------------------------

Value r_seed(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "seed");
    Value a = Value::none(), version = Value::integer(2);
    if (!g || !bind(t, "Random.seed", args + 1, nargs - 1, kw, {"a", "version"}, 0, 2, {&a, &version}))
        return Value::null();
    return seed_from(t, g, a) ? Value::none() : Value::null();
}

Value r_random(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "random");
    if (!g || !bind_args(t, "Random.random", args + 1, nargs - 1, kw, {}, 0, {})) return Value::null();
    return Value::flt(g->random());
}

Value r_uniform(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "uniform");
    Value a, b;
    if (!g || !bind(t, "Random.uniform", args + 1, nargs - 1, kw, {"a", "b"}, 2, 2, {&a, &b})) return Value::null();
    double x, y;
    if (!arg_float(t, a, &x) || !arg_float(t, b, &y)) return Value::null();
    return Value::flt(x + (y - x) * g->random());
}

Value r_triangular(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "triangular");
    Value lo = Value::flt(0.0), hi = Value::flt(1.0), mode = Value::none();
    if (!g || !bind(t, "Random.triangular", args + 1, nargs - 1, kw, {"low", "high", "mode"}, 0, 3, {&lo, &hi, &mode}))
        return Value::null();
    double low, high, c = 0.5, m;
    if (!arg_float(t, lo, &low) || !arg_float(t, hi, &high)) return Value::null();
    double u = g->random();
    if (high == low) return Value::flt(low);  // CPython catches the ZeroDivisionError
    if (!mode.is_none()) {
        if (!arg_float(t, mode, &m)) return Value::null();
        c = (m - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return Value::flt(low + (high - low) * std::sqrt(u * c));
}

Value r_randrange(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "randrange");
    Value start, stop = Value::none(), step = Value::null();  // Null step: not given
    if (!g ||
        !bind(t, "Random.randrange", args + 1, nargs - 1, kw, {"start", "stop", "step"}, 1, 3, {&start, &stop, &step}))
        return Value::null();
    int64_t istart, istop, istep = 1;
    if (!range_arg(t, start, "arg 1", &istart)) return Value::null();
    if (stop.is_none()) {
        if (!step.is_null()) return raise(t, t.in.types.TypeError, "Missing a non-None stop argument");
        if (istart > 0) return Value::integer(int64_t(g->below(uint64_t(istart))));
        return raise(t, t.in.types.ValueError, "empty range for randrange()");
    }
    if (!range_arg(t, stop, "stop", &istop)) return Value::null();
    if (!step.is_null() && !range_arg(t, step, "step", &istep)) return Value::null();
    return randrange_ints(t, g, istart, istop, istep);
}

Value r_randint(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "randint");
    Value a, b;
    if (!g || !bind(t, "Random.randint", args + 1, nargs - 1, kw, {"a", "b"}, 2, 2, {&a, &b})) return Value::null();
    // randrange(a, b + 1), with b + 1 computed as Python computes it.
    Value stop = binary_op(t, b, Value::integer(1), int(BinOpKind::Add));
    if (stop.is_null()) return stop;
    int64_t istart, istop;
    if (!range_arg(t, a, "arg 1", &istart) || !range_arg(t, stop, "stop", &istop)) return Value::null();
    return randrange_ints(t, g, istart, istop, 1);
}

Value r_getrandbits(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "getrandbits");
    Value kv;
    if (!g || !bind(t, "Random.getrandbits", args + 1, nargs - 1, kw, {"k"}, 1, 1, {&kv})) return Value::null();
    int64_t k;
    if (!arg_int(t, kv, &k)) return Value::null();
    if (k < 0) return raise(t, t.in.types.ValueError, "number of bits must be non-negative");
    if (k > 63) return raise(t, t.in.types.OverflowError, "getrandbits() is limited to 63 bits (ints are 64-bit)");
    return Value::integer(int64_t(g->bits(int(k))));
}

Value r_randbytes(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "randbytes");
    Value nv;
    if (!g || !bind(t, "Random.randbytes", args + 1, nargs - 1, kw, {"n"}, 1, 1, {&nv})) return Value::null();
    int64_t n;
    if (!arg_int(t, nv, &n)) return Value::null();
    if (n < 0) return raise(t, t.in.types.ValueError, "number of bits must be non-negative");
    std::string out(size_t(n), '\0');
    for (int64_t i = 0; i < n; i += 8) {
        uint64_t w = g->next();
        for (int64_t j = i; j < std::min(n, i + 8); j++, w >>= 8) out[size_t(j)] = char(w & 0xFF);
    }
    return Value(new_bytes(t.in, out));
}


Value r_expovariate(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "expovariate");
    Value lv;
    if (!g || !bind(t, "Random.expovariate", args + 1, nargs - 1, kw, {"lambd"}, 1, 1, {&lv})) return Value::null();
    double lambd;
    if (!arg_float(t, lv, &lambd)) return Value::null();
    double num = -std::log(1.0 - g->random());
    if (lambd == 0.0) return raise(t, t.in.types.ZeroDivisionError, "float division by zero");
    return Value::flt(num / lambd);
}

// mu and sigma, both optional (0.0 and 1.0) for gauss and normalvariate, required for
// lognormvariate.
bool mu_sigma(Thread& t, const char* fname, Value* args, int nargs, Tuple* kw, int required, double* mu,
              double* sigma) {
    Value m = Value::flt(0.0), s = Value::flt(1.0);
    return bind(t, fname, args + 1, nargs - 1, kw, {"mu", "sigma"}, required, 2, {&m, &s}) && arg_float(t, m, mu) &&
           arg_float(t, s, sigma);
}

constexpr double kTwoPi = 6.283185307179586;

Value r_gauss(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "gauss");
    double mu, sigma;
    if (!g || !mu_sigma(t, "Random.gauss", args, nargs, kw, 0, &mu, &sigma)) return Value::null();
    double z;
    if (g->has_gauss) {
        z = g->gauss_next;
        g->has_gauss = false;
    } else {  // Box-Muller: two normal values from two uniform ones
        double x2pi = g->random() * kTwoPi;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - g->random()));
        z = std::cos(x2pi) * g2rad;
        g->gauss_next = std::sin(x2pi) * g2rad;
        g->has_gauss = true;
    }
    return Value::flt(mu + z * sigma);
}

double normal(Generator* g) {  // Kinderman and Monahan's ratio method
    static const double kMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
    for (;;) {
        double u1 = g->random();
        double u2 = 1.0 - g->random();
        double z = kMagic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -std::log(u2)) return z;
    }
}

Value r_normalvariate(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "normalvariate");
    double mu, sigma;
    if (!g || !mu_sigma(t, "Random.normalvariate", args, nargs, kw, 0, &mu, &sigma)) return Value::null();
    return Value::flt(mu + normal(g) * sigma);
}

Value r_lognormvariate(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "lognormvariate");
    double mu, sigma;
    if (!g || !mu_sigma(t, "Random.lognormvariate", args, nargs, kw, 2, &mu, &sigma)) return Value::null();
    return Value::flt(std::exp(mu + normal(g) * sigma));
}

// getstate(): (3, (eight 32-bit words), gauss_next or None); setstate() takes it back.
constexpr int64_t kStateVersion = 3;

Value r_getstate(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "getstate");
    if (!g || !bind_args(t, "Random.getstate", args + 1, nargs - 1, kw, {}, 0, {})) return Value::null();
    Tuple* words = new_tuple(t.in, 8);
    for (int i = 0; i < 4; i++) {
        words->items()[2 * i] = Value::integer(int64_t(g->s[i] >> 32));
        words->items()[2 * i + 1] = Value::integer(int64_t(g->s[i] & 0xFFFFFFFFu));
    }
    Value gauss = g->has_gauss ? Value::flt(g->gauss_next) : Value::none();
    return make_tuple(t.in, {Value::integer(kStateVersion), Value(words), gauss});
}

Value r_setstate(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "setstate");
    Value st;
    if (!g || !bind(t, "Random.setstate", args + 1, nargs - 1, kw, {"state"}, 1, 1, {&st})) return Value::null();
    if (!is_kind(st, Kind::Tuple) || as<Tuple>(st)->n != 3)
        return raise(t, t.in.types.TypeError, "state must be a tuple of (version, internal state, gauss_next)");
    Value* parts = as<Tuple>(st)->items();
    if (!parts[0].is_int() || parts[0].i != kStateVersion) {
        std::string v;
        if (!repr_into(t, parts[0], v)) return Value::null();
        return raisef(t, t.in.types.ValueError, "state with version {} passed to Random.setstate() of version {}", v,
                      kStateVersion);
    }
    if (!is_kind(parts[1], Kind::Tuple) || as<Tuple>(parts[1])->n != 8)
        return raise(t, t.in.types.ValueError, "state vector is the wrong size");
    uint64_t s[4] = {};
    for (int i = 0; i < 8; i++) {
        Value w = as<Tuple>(parts[1])->items()[i];
        if (!w.is_int() || w.i < 0 || w.i > int64_t(0xFFFFFFFFu))
            return raise(t, t.in.types.ValueError, "state vector holds a value that is not a 32-bit word");
        s[i / 2] |= uint64_t(w.i) << (i % 2 ? 0 : 32);
    }
    if (!(s[0] | s[1] | s[2] | s[3])) return raise(t, t.in.types.ValueError, "invalid state (all zero)");
    double gn = 0;
    if (!parts[2].is_none() && !arg_float(t, parts[2], &gn)) return Value::null();
    std::copy(s, s + 4, g->s);
    g->has_gauss = !parts[2].is_none();
    g->gauss_next = gn;
    return Value::none();
}

// Random(x=None): a generator of its own, seeded as seed(x) seeds.
Value r_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
    Value x = Value::none();
    if (!bind(t, "Random.__init__", args, nargs, kw, {"x"}, 0, 1, {&x})) return Value::null();
    auto g = std::make_unique<Generator>();
    if (!seed_from(t, g.get(), x)) return Value::null();
    return new_opaque(t.in, type, std::move(g));
}

// The module-level functions: CPython binds them to one hidden instance.
constexpr const char* kFunctions[] = {
    "seed",     "random",       "uniform",     "triangular", "randint",       "randrange",      "getrandbits",
    "randbytes", "choice",      "choices",     "shuffle",    "sample",        "expovariate",    "gauss",
    "normalvariate", "lognormvariate", "getstate", "setstate"};

}  // namespace

}  // namespace gs::rnd

namespace gs {

Module* make_random_module(Thread& t) {
    using namespace rnd;
    Interp& in = t.in;
    Module* m = new_module(in, "random");
    Type* cls = make_native_class(in, m, "Random",
                                  {{"seed", r_seed},
                                   {"random", r_random},
                                   {"uniform", r_uniform},
                                   {"triangular", r_triangular},
                                   {"randint", r_randint},
                                   {"randrange", r_randrange},
                                   {"getrandbits", r_getrandbits},
                                   {"randbytes", r_randbytes},
                                   {"choice", r_choice},
                                   {"choices", r_choices},
                                   {"shuffle", r_shuffle},
                                   {"sample", r_sample},
                                   {"expovariate", r_expovariate},
                                   {"gauss", r_gauss},
                                   {"normalvariate", r_normalvariate},
                                   {"lognormvariate", r_lognormvariate},
                                   {"getstate", r_getstate},
                                   {"setstate", r_setstate}});
    cls->slots.construct = r_construct;
    // The hidden instance, seeded with the run's first derived seed.
    auto g = std::make_unique<Generator>();
    g->seed(derived_seed(t, 0));
    Value inst = new_opaque(in, cls, std::move(g));
    dict_set_str(in, m->dict, intern(in, "_inst"), inst);
    for (const char* name : kFunctions) {
        Value bound = getattr(t, inst, intern(in, name));
        if (bound.is_null()) return nullptr;
        dict_set_str(in, m->dict, intern(in, name), bound);
    }
    return m;
}

}  // namespace gs
