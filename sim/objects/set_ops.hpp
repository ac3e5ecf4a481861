// The set algebra behind set and frozenset (set_ops.cpp), shared with set.cpp. Each
// follows the function of CPython 3.11's Objects/setobject.c named in its comment: the
// order in which a result set is filled (and sized) decides its iteration order, which
// programs print, so the algorithms are CPython's rather than merely equivalent ones.
#pragma once
#include "sim/objects/container_util.hpp"

namespace gs {

// A mutable set keeps pop()'s search finger (CPython's so->finger) in Set::hash, which
// only a frozenset uses for its hash.
inline bool is_frozenset(Interp& in, const Set* s) { return s->type == in.types.frozenset; }
// The hash a frozenset has cached, else -1.
inline int64_t cached_hash(Interp& in, const Set* s) { return is_frozenset(in, s) ? s->hash : -1; }
// The type of a result computed from so: set or frozenset.
inline Type* base_type(Interp& in, const Set* s) { return is_frozenset(in, s) ? in.types.frozenset : in.types.set; }

// set_table_resize: rebuilds the table for `minused` entries, dropping dummies.
void set_resize_table(Set* s, size_t minused);

// Lookups with the hash already known (an entry's): 1 found/removed, 0 not, -1 raised.
int set_contains_hashed(Thread& t, Set* s, Value key, int64_t hash);
int set_discard_hashed(Thread& t, Set* s, Value key, int64_t hash);
// set_contains / set_discard_key for a value, where a set that cannot be hashed is looked
// up as the equal frozenset (so `{1} in {frozenset({1})}` works, as in CPython).
int set_contains_any(Thread& t, Set* s, Value key);
int set_discard_any(Thread& t, Set* s, Value key);

Set* set_copy(Thread& t, Set* so);                               // set_copy
Set* set_intersection_multi(Thread& t, Set* so, Value* others, int n);
Set* set_difference(Thread& t, Set* so, Value other);           // set_difference
Set* set_difference_multi(Thread& t, Set* so, Value* others, int n);
Set* set_symmetric_difference(Thread& t, Set* so, Value other);
// The contents of a and b trade places (set_swap_bodies), for the in-place updates.
void set_swap_bodies(Set* a, Set* b);

// 1 true, 0 false, -1 raised.
int set_issubset(Thread& t, Set* so, Value other);
int set_issuperset(Thread& t, Set* so, Value other);
int set_isdisjoint(Thread& t, Set* so, Value other);

}  // namespace gs
