// The set algebra of set and frozenset, after CPython 3.11's Objects/setobject.c (see
// set_ops.hpp for why the algorithms themselves, not just their results, must match).
//
// Loops over a table copy the entry they are on and re-read the table size each step,
// since a key's __eq__ may run Python code that resizes the set being iterated.
#include "sim/objects/set_ops.hpp"

namespace gs {

namespace {

// Probing constants of setobject.c (also used by containers.cpp, whose probe sequence
// lookups must follow exactly to find what it inserted).
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

void insert_clean(std::vector<SetEntry>& table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = uint64_t(hash);
    size_t i = size_t(hash) & mask;
    for (;;) {
        SetEntry* e = &table[i];
        if (e->key.is_null()) goto found;
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; j++) {
                e++;
                if (e->key.is_null()) goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

// 1 equal, 0 not, -1 raised, 2 the table changed during __eq__ (look again).
int entry_eq(Thread& t, Set* s, SetEntry* e, Value key) {
    Value startkey = e->key;
    if (startkey.is(key)) return 1;
    if (is_kind(startkey, Kind::Str) && is_kind(key, Kind::Str)) return str_eq(as<Str>(startkey), as<Str>(key));
    const SetEntry* table = s->table.data();
    TempRoot root(t, startkey);
    int r = eq(t, startkey, key);
    if (r < 0) return -1;
    if (table != s->table.data() || !e->key.is(startkey)) return 2;
    return r > 0 ? 1 : 0;
}

// set_lookkey: the active entry holding key, or null (*err set when __eq__ raised).
SetEntry* lookkey(Thread& t, Set* s, Value key, int64_t hash, bool* err) {
    *err = false;
restart:
    size_t mask = s->table.size() - 1;
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    for (;;) {
        SetEntry* e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (e->key.is_null() && e->hash == 0) return nullptr;
            if (!e->key.is_null() && e->hash == hash) {
                int r = entry_eq(t, s, e, key);
                if (r < 0) {
                    *err = true;
                    return nullptr;
                }
                if (r == 1) return e;
                if (r == 2) goto restart;
                mask = s->table.size() - 1;
            }
            e++;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// The set a set-typed operand converts to when it cannot be hashed as a key.
bool retry_as_frozenset(Thread& t, Value key) {
    return is_kind(key, Kind::Set) && key.o->type == t.in.types.set && exc_pending_is(t, t.in.types.TypeError);
}

Set* copy_and_difference(Thread& t, Set* so, Value other) {
    Set* result = set_copy(t, so);
    if (!result) return nullptr;
    TempRoot root(t, Value(result));
    return set_difference_update_from(t, result, other) ? result : nullptr;
}

}  // namespace

void set_resize_table(Set* s, size_t minused) {
    size_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    std::vector<SetEntry> old;
    old.swap(s->table);
    s->table.assign(newsize, SetEntry{0, Value()});
    for (auto& e : old)
        if (!e.key.is_null()) insert_clean(s->table, newsize - 1, e.key, e.hash);
    s->fill = s->used;
}

int set_contains_hashed(Thread& t, Set* s, Value key, int64_t hash) {
    bool err;
    SetEntry* e = lookkey(t, s, key, hash, &err);
    return err ? -1 : e != nullptr;
}

int set_discard_hashed(Thread& t, Set* s, Value key, int64_t hash) {
    bool err;
    SetEntry* e = lookkey(t, s, key, hash, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = Value();
    e->hash = -1;  // a dummy: probing continues past it
    s->used--;
    return 1;
}

int set_contains_any(Thread& t, Set* s, Value key) {
    int r = set_contains(t, s, key);
    if (r >= 0 || !retry_as_frozenset(t, key)) return r;
    take_exc(t);
    Set* tmp = set_new_from(t, t.in.types.frozenset, key);
    if (!tmp) return -1;
    TempRoot root(t, Value(tmp));
    return set_contains(t, s, Value(tmp));
}

int set_discard_any(Thread& t, Set* s, Value key) {
    int r = set_discard(t, s, key);
    if (r >= 0 || !retry_as_frozenset(t, key)) return r;
    take_exc(t);
    Set* tmp = set_new_from(t, t.in.types.frozenset, key);
    if (!tmp) return -1;
    TempRoot root(t, Value(tmp));
    return set_discard(t, s, Value(tmp));
}

Set* set_new_from(Thread& t, Type* type, Value iterable) {
    Set* s = new_set(t.in, type);
    if (iterable.is_null()) return s;
    TempRoot root(t, Value(s));
    return set_update_from(t, s, iterable) ? s : nullptr;
}

Set* set_copy(Thread& t, Set* so) { return set_new_from(t, base_type(t.in, so), Value(so)); }

// set_update_internal: a set merges table to table; a dict adds its keys with the hashes
// it stored, after sizing the table once for all of them; anything else is iterated.
bool set_update_from(Thread& t, Set* s, Value other) {
    if (is_kind(other, Kind::Set)) return set_merge(t, s, as<Set>(other)) == 0;
    if (is_kind(other, Kind::Dict)) {
        Dict* d = as<Dict>(other);
        size_t mask = s->table.size() - 1;
        if ((size_t(s->fill) + d->used) * 5 >= mask * 3) set_resize_table(s, (size_t(s->used) + d->used) * 2);
        for (size_t i = 0; i < d->entries.size(); i++) {
            DictEntry e = d->entries[i];
            if (e.key.is_null()) continue;
            TempRoot root(t, e.key);
            if (set_add_hashed(t, s, e.key, e.hash) < 0) return false;
        }
        return true;
    }
    return for_each(t, other, [&](Value v) { return set_add(t, s, v) >= 0; });
}

// set_intersection: iterates the smaller set (or the iterable), keeping the items the
// other contains; with an iterable it stops once every item of so has been found.
Set* set_intersection_with(Thread& t, Set* so, Value other) {
    if (other.is(Value(so))) return set_copy(t, so);
    Set* result = new_set(t.in, base_type(t.in, so));
    TempRoot root(t, Value(result));
    if (is_kind(other, Kind::Set)) {
        Set* big = so;
        Set* small = as<Set>(other);
        if (small->used > big->used) std::swap(big, small);
        for (size_t i = 0; i < small->table.size(); i++) {
            SetEntry e = small->table[i];
            if (e.key.is_null()) continue;
            TempRoot rk(t, e.key);
            int rv = set_contains_hashed(t, big, e.key, e.hash);
            if (rv < 0) return nullptr;
            if (rv && set_add_hashed(t, result, e.key, e.hash) < 0) return nullptr;
        }
        return result;
    }
    bool done = false;
    bool ok = for_each(t, other, [&](Value key) {
        int64_t h;
        if (!hash(t, key, &h)) return false;
        int rv = set_contains_hashed(t, so, key, h);
        if (rv < 0) return false;
        if (rv) {
            if (set_add_hashed(t, result, key, h) < 0) return false;
            if (result->used >= so->used) {
                done = true;
                return false;
            }
        }
        return true;
    });
    return ok || done ? result : nullptr;
}

Set* set_display_constant(Thread& t, const Value* items, uint32_t n) {
    Set* first = set_new_from(t, t.in.types.frozenset, Value(new_tuple(t.in, items, n)));
    if (!first) return nullptr;
    TempRoot root(t, Value(first));
    std::vector<Value> order;
    for (auto& e : first->table)
        if (!e.key.is_null()) order.push_back(e.key);
    Tuple* again = new_tuple(t.in, order.data(), uint32_t(order.size()));
    return set_new_from(t, t.in.types.frozenset, Value(again));
}

Set* set_intersection_multi(Thread& t, Set* so, Value* others, int n) {
    if (n == 0) return set_copy(t, so);
    Set* result = so;
    for (int i = 0; i < n; i++) {
        TempRoot root(t, Value(result));
        result = set_intersection_with(t, result, others[i]);
        if (!result) return nullptr;
    }
    return result;
}

// set_difference_update_internal, including its final resize when over a quarter of the
// table is dummies (which changes the order of what is left).
bool set_difference_update_from(Thread& t, Set* so, Value other) {
    if (other.is(Value(so))) {
        set_clear(so);
        return true;
    }
    if (is_kind(other, Kind::Set)) {
        Set* o = as<Set>(other);
        // When the other set is much larger, only the common items matter.
        if ((o->used >> 3) > so->used) {
            o = set_intersection_with(t, so, other);
            if (!o) return false;
        }
        TempRoot root(t, Value(o));
        for (size_t i = 0; i < o->table.size(); i++) {
            SetEntry e = o->table[i];
            if (e.key.is_null()) continue;
            TempRoot rk(t, e.key);
            if (set_discard_hashed(t, so, e.key, e.hash) < 0) return false;
        }
    } else if (!for_each(t, other, [&](Value key) { return set_discard(t, so, key) >= 0; })) {
        return false;
    }
    if (size_t(so->fill - so->used) <= (so->table.size() - 1) / 4) return true;
    set_resize_table(so, so->used > 50000 ? size_t(so->used) * 2 : size_t(so->used) * 4);
    return true;
}

// set_difference: builds the result from so's items missing from other, unless so is
// much larger than other, in which case it copies so and removes other's items.
Set* set_difference(Thread& t, Set* so, Value other) {
    int64_t other_size;
    if (is_kind(other, Kind::Set)) other_size = as<Set>(other)->used;
    else if (is_kind(other, Kind::Dict)) other_size = as<Dict>(other)->used;
    else return copy_and_difference(t, so, other);
    if (int64_t(so->used >> 2) > other_size) return copy_and_difference(t, so, other);
    Set* result = new_set(t.in, base_type(t.in, so));
    TempRoot root(t, Value(result));
    for (size_t i = 0; i < so->table.size(); i++) {
        SetEntry e = so->table[i];
        if (e.key.is_null()) continue;
        TempRoot rk(t, e.key);
        Value ignored;
        int rv = is_kind(other, Kind::Dict) ? dict_lookup_known(t, as<Dict>(other), e.key, e.hash, &ignored)
                                            : set_contains_hashed(t, as<Set>(other), e.key, e.hash);
        if (rv < 0) return nullptr;
        if (!rv && set_add_hashed(t, result, e.key, e.hash) < 0) return nullptr;
    }
    return result;
}

Set* set_difference_multi(Thread& t, Set* so, Value* others, int n) {
    if (n == 0) return set_copy(t, so);
    Set* result = set_difference(t, so, others[0]);
    if (!result) return nullptr;
    TempRoot root(t, Value(result));
    for (int i = 1; i < n; i++)
        if (!set_difference_update_from(t, result, others[i])) return nullptr;
    return result;
}

// set_symmetric_difference_update: each item of other is removed if present, else added;
// a non-set other is first made into a set (so its duplicates count once).
bool set_symmetric_difference_update_from(Thread& t, Set* so, Value other) {
    if (other.is(Value(so))) {
        set_clear(so);
        return true;
    }
    auto toggle = [&](Value key, int64_t h) {
        TempRoot rk(t, key);
        int rv = set_discard_hashed(t, so, key, h);
        if (rv < 0) return false;
        return rv == 1 || set_add_hashed(t, so, key, h) >= 0;
    };
    if (is_kind(other, Kind::Dict)) {
        Dict* d = as<Dict>(other);
        for (size_t i = 0; i < d->entries.size(); i++) {
            DictEntry e = d->entries[i];
            if (!e.key.is_null() && !toggle(e.key, e.hash)) return false;
        }
        return true;
    }
    Set* o = is_kind(other, Kind::Set) ? as<Set>(other) : set_new_from(t, base_type(t.in, so), other);
    if (!o) return false;
    TempRoot root(t, Value(o));
    for (size_t i = 0; i < o->table.size(); i++) {
        SetEntry e = o->table[i];
        if (!e.key.is_null() && !toggle(e.key, e.hash)) return false;
    }
    return true;
}

// set_symmetric_difference: a new set from `other` (of so's base type), updated with so.
// Building from other first decides the table's layout, and so the result's order.
Set* set_symmetric_difference(Thread& t, Set* so, Value other) {
    Set* result = set_new_from(t, base_type(t.in, so), other);
    if (!result) return nullptr;
    TempRoot root(t, Value(result));
    return set_symmetric_difference_update_from(t, result, Value(so)) ? result : nullptr;
}

void set_swap_bodies(Set* a, Set* b) {
    a->table.swap(b->table);
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
}

int set_issubset(Thread& t, Set* so, Value other) {
    if (!is_kind(other, Kind::Set)) {
        Set* tmp = set_intersection_with(t, so, other);
        if (!tmp) return -1;
        return tmp->used == so->used;
    }
    Set* o = as<Set>(other);
    if (so->used > o->used) return 0;
    for (size_t i = 0; i < so->table.size(); i++) {
        SetEntry e = so->table[i];
        if (e.key.is_null()) continue;
        TempRoot rk(t, e.key);
        int rv = set_contains_hashed(t, o, e.key, e.hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

int set_issuperset(Thread& t, Set* so, Value other) {
    if (is_kind(other, Kind::Set)) return set_issubset(t, as<Set>(other), Value(so));
    int result = 1;
    bool ok = for_each(t, other, [&](Value key) {
        int rv = set_contains(t, so, key);
        if (rv <= 0) result = rv;
        return rv > 0;
    });
    return !ok && result == 1 ? -1 : result;
}

int set_isdisjoint(Thread& t, Set* so, Value other) {
    if (other.is(Value(so))) return so->used == 0;
    if (is_kind(other, Kind::Set)) {
        Set* big = so;
        Set* small = as<Set>(other);
        if (small->used > big->used) std::swap(big, small);
        for (size_t i = 0; i < small->table.size(); i++) {
            SetEntry e = small->table[i];
            if (e.key.is_null()) continue;
            TempRoot rk(t, e.key);
            int rv = set_contains_hashed(t, big, e.key, e.hash);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    int result = 1;
    bool ok = for_each(t, other, [&](Value key) {
        int rv = set_contains(t, so, key);
        if (rv != 0) result = rv < 0 ? -1 : 0;
        return rv == 0;
    });
    return !ok && result == 1 ? -1 : result;
}

}  // namespace gs
