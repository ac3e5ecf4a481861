// The random module's methods on sequences: choice, shuffle, sample and choices, with
// CPython's error messages. Elements are read (and shuffle writes them) through
// __getitem__/__setitem__, so they work on any sequence, as random.py's do.
#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <vector>

#include "sim/modules/random_impl.hpp"
#include "sim/vm/args.hpp"

namespace gs::rnd {

namespace {

// k distinct indexes of range(n), in selection order.
std::vector<int64_t> sample_indexes(Generator* g, int64_t n, int64_t k) {
    std::vector<int64_t> out;
    out.reserve(size_t(k));
    if (n <= 4 * k + 21) {
        // A pool of the indexes not chosen yet, at pool[0 : n - i].
        std::vector<int64_t> pool(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; i++) pool[size_t(i)] = i;
        for (int64_t i = 0; i < k; i++) {
            size_t j = g->below(uint64_t(n - i));
            out.push_back(pool[j]);
            pool[j] = pool[size_t(n - i - 1)];
        }
    } else {
        // Few picks from many: draw again on a repeat.
        std::unordered_set<int64_t> chosen;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = int64_t(g->below(uint64_t(n)));
            while (!chosen.insert(j).second) j = int64_t(g->below(uint64_t(n)));
            out.push_back(j);
        }
    }
    return out;
}

// A list of population[i] for each index (through __getitem__). Null when it raised.
Value pick(Thread& t, Value population, const std::vector<int64_t>& indexes) {
    List* result = new_list(t.in, indexes.size());
    t.temp_roots.push_back(Value(result));
    for (int64_t i : indexes) {
        Value v = getitem(t, population, Value::integer(i));
        if (v.is_null()) {
            t.temp_roots.pop_back();
            return v;
        }
        result->items.push_back(v);
    }
    t.temp_roots.pop_back();
    return Value(result);
}

// Weights (or cumulative weights) as doubles; `cumulative` false accumulates them.
bool weight_list(Thread& t, Value weights, bool cumulative, std::vector<double>* out) {
    double sum = 0;
    return for_each(t, weights, [&](Value w) {
        double x;
        if (!arg_float(t, w, &x)) return false;
        sum = cumulative ? x : sum + x;
        out->push_back(sum);
        return true;
    });
}

}  // namespace

Value r_choice(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "choice");
    Value seq;
    if (!g || !bind(t, "Random.choice", args + 1, nargs - 1, kw, {"seq"}, 1, 1, {&seq})) return Value::null();
    int64_t n = length(t, seq);
    if (n < 0) return Value::null();
    if (n == 0) return raise(t, t.in.types.IndexError, "Cannot choose from an empty sequence");
    return getitem(t, seq, Value::integer(int64_t(g->below(uint64_t(n)))));
}

Value r_shuffle(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "shuffle");
    Value x;
    if (!g || !bind(t, "Random.shuffle", args + 1, nargs - 1, kw, {"x"}, 1, 1, {&x})) return Value::null();
    int64_t n = length(t, x);
    if (n < 0) return Value::null();
    if (is_kind(x, Kind::List) && x.o->type == t.in.types.list) {
        auto& items = as<List>(x)->items;
        for (size_t i = items.size(); i-- > 1;) std::swap(items[i], items[g->below(i + 1)]);
        return Value::none();
    }
    // Any mutable sequence: x[i], x[j] = x[j], x[i] through its __getitem__/__setitem__.
    for (int64_t i = n - 1; i > 0; i--) {
        Value vi = Value::integer(i), vj = Value::integer(int64_t(g->below(uint64_t(i + 1))));
        Value a = getitem(t, x, vi);
        if (a.is_null()) return a;
        t.temp_roots.push_back(a);
        Value b = getitem(t, x, vj);
        bool ok = !b.is_null();
        if (ok) {
            t.temp_roots.push_back(b);
            ok = setitem(t, x, vi, b) && setitem(t, x, vj, a);
            t.temp_roots.pop_back();
        }
        t.temp_roots.pop_back();
        if (!ok) return Value::null();
    }
    return Value::none();
}

Value r_sample(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "sample");
    Value population, kv, counts = Value::none();
    if (!g || !bind(t, "Random.sample", args + 1, nargs - 1, kw, {"population", "k", "counts"}, 2, 2,
                    {&population, &kv, &counts}))
        return Value::null();
    // collections.abc.Sequence: dicts and sets are refused (sorted() them first).
    if (!(is_kind(population, Kind::List) || is_kind(population, Kind::Tuple) || is_kind(population, Kind::Str) ||
          is_kind(population, Kind::Bytes) || is_kind(population, Kind::Range)))
        return raise(t, t.in.types.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = length(t, population), k;
    if (n < 0 || !arg_int(t, kv, &k)) return Value::null();
    if (counts.is_none()) {
        if (k < 0 || k > n) return raise(t, t.in.types.ValueError, "Sample larger than population or is negative");
        return pick(t, population, sample_indexes(g, n, k));
    }
    // Repeated elements: population[i] stands for counts[i] copies of itself.
    std::vector<int64_t> cum;
    bool all_ints = true;
    int64_t total = 0;
    if (!for_each(t, counts, [&](Value c) {
            if (c.is_intlike()) total += c.i;
            else all_ints = false;
            cum.push_back(total);
            return true;
        }))
        return Value::null();
    if (int64_t(cum.size()) != n)
        return raise(t, t.in.types.ValueError, "The number of counts does not match the population");
    if (cum.empty()) return raise(t, t.in.types.IndexError, "pop from empty list");
    if (!all_ints) return raise(t, t.in.types.TypeError, "Counts must be integers");
    if (total <= 0) return raise(t, t.in.types.ValueError, "Total of counts must be greater than zero");
    if (k < 0 || k > total) return raise(t, t.in.types.ValueError, "Sample larger than population or is negative");
    std::vector<int64_t> picks = sample_indexes(g, total, k);
    for (int64_t& s : picks) s = int64_t(std::upper_bound(cum.begin(), cum.end() - 1, s) - cum.begin());
    return pick(t, population, picks);
}

Value r_choices(Thread& t, Value* args, int nargs, Tuple* kw) {
    Generator* g = gen_of(t, args[0], "choices");
    Value population, weights = Value::none(), cum_weights = Value::none(), kv = Value::integer(1);
    if (!g || !bind(t, "Random.choices", args + 1, nargs - 1, kw, {"population", "weights", "cum_weights", "k"}, 1, 2,
                    {&population, &weights, &cum_weights, &kv}))
        return Value::null();
    int64_t n = length(t, population), k;
    if (n < 0 || !arg_int(t, kv, &k)) return Value::null();
    std::vector<int64_t> picks;
    if (cum_weights.is_none() && weights.is_none()) {
        for (int64_t i = 0; i < k; i++) picks.push_back(int64_t(std::floor(g->random() * double(n))));
        return pick(t, population, picks);
    }
    std::vector<double> cum;
    if (cum_weights.is_none()) {
        if (weights.is_intlike())  // choices(population, 3) meant k=3
            return raisef(t, t.in.types.TypeError, "The number of choices must be a keyword argument: k={}",
                          weights.i);
        if (!weight_list(t, weights, false, &cum)) return Value::null();
    } else if (!weights.is_none()) {
        return raise(t, t.in.types.TypeError, "Cannot specify both weights and cumulative weights");
    } else if (!weight_list(t, cum_weights, true, &cum)) {
        return Value::null();
    }
    if (int64_t(cum.size()) != n)
        return raise(t, t.in.types.ValueError, "The number of weights does not match the population");
    if (cum.empty()) return raise(t, t.in.types.IndexError, "list index out of range");
    double total = cum.back();
    if (total <= 0.0) return raise(t, t.in.types.ValueError, "Total of weights must be greater than zero");
    if (!std::isfinite(total)) return raise(t, t.in.types.ValueError, "Total of weights must be finite");
    // bisect_right(cum_weights, random() * total, 0, n - 1)
    for (int64_t i = 0; i < k; i++)
        picks.push_back(int64_t(std::upper_bound(cum.begin(), cum.end() - 1, g->random() * total) - cum.begin()));
    return pick(t, population, picks);
}

}  // namespace gs::rnd
