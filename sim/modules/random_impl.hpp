// Internals of the random module shared by its two files: the generator (a Random
// instance's payload) and the argument binding with random.py's error wording.
// random_module.cpp: seeds, numbers and the module; random_sequences.cpp: choice,
// shuffle, sample, choices.
#pragma once
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <memory>

#include "sim/vm/runtime.hpp"

namespace gs::rnd {

inline uint64_t splitmix64(uint64_t& x) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// One stream of random numbers (a random.Random instance's state).
struct Generator : OpaqueData {
    uint64_t s[4] = {1, 2, 3, 4};
    bool has_gauss = false;      // gauss() makes values in pairs: the second waits here
    double gauss_next = 0;
    uint64_t fresh_seeds = 1;    // random._inst only: seeds drawn for seed(None), Random()

    // A forked process continues from a copy of the state, as after CPython's fork().
    std::unique_ptr<OpaqueData> clone_into(Interp&) override { return std::make_unique<Generator>(*this); }

    void seed(uint64_t key) {
        for (uint64_t& w : s) w = splitmix64(key);
        has_gauss = false;
    }
    uint64_t next() {  // xoshiro256**
        uint64_t result = rotl(s[1] * 5, 7) * 9;
        uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }
    // A float in [0.0, 1.0) with 53 random bits, as CPython's random().
    double random() { return double(next() >> 11) * 0x1.0p-53; }
    uint64_t bits(int k) { return k == 0 ? 0 : next() >> (64 - k); }
    // Uniform in [0, n) for n > 0, without bias: draw bit_width(n) bits until below n.
    uint64_t below(uint64_t n) {
        int k = 64 - std::countl_zero(n);
        uint64_t r = bits(k);
        while (r >= n) r = bits(k);
        return r;
    }
};

// The Generator of a random.Random instance (args[0] of its methods), or null with a
// TypeError raised.
Generator* gen_of(Thread& t, Value self, const char* method);

// Binds a method's arguments (those after self) with the wording of a Python method's
// errors, which is what CPython's random.py gives: "Random.randint() missing 1 required
// positional argument: 'b'" (the counts include self). Parameters past `max_positional`
// are keyword-only.
bool bind(Thread& t, const char* fname, Value* args, int nargs, Tuple* kw, std::initializer_list<const char*> names,
          int required, int max_positional, std::initializer_list<Value*> out);

// The sequence methods (random_sequences.cpp).
Value r_choice(Thread& t, Value* args, int nargs, Tuple* kw);
Value r_shuffle(Thread& t, Value* args, int nargs, Tuple* kw);
Value r_sample(Thread& t, Value* args, int nargs, Tuple* kw);
Value r_choices(Thread& t, Value* args, int nargs, Tuple* kw);

}  // namespace gs::rnd
