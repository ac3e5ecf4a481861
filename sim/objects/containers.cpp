// The data structures behind tuple, list, dict and set: allocation, and the hash tables.
// dict follows CPython's compact layout (entries in insertion order + an index table);
// set follows setobject.c's probing exactly, since set iteration order is visible in a
// program's output and must match CPython's for the same hashes.
#include "sim/objects/containers.hpp"

#include <cstring>

#include "sim/vm/runtime.hpp"

namespace gs {

Tuple* new_tuple(Interp& in, uint32_t n) {
    if (n == 0 && in.empty_tuple) return in.empty_tuple;
    Tuple* t = in.heap.make<Tuple>(in.types.tuple, sizeof(Value) * n);
    t->n = n;
    for (uint32_t i = 0; i < n; i++) new (&t->items()[i]) Value(Value::none());
    return t;
}

Tuple* new_tuple(Interp& in, const Value* items, uint32_t n) {
    Tuple* t = new_tuple(in, n);
    if (n) std::memcpy(static_cast<void*>(t->items()), items, sizeof(Value) * n);
    return t;
}

List* new_list(Interp& in, size_t reserve) {
    List* l = in.heap.make<List>(in.types.list, 0);
    if (reserve) l->items.reserve(reserve);
    return l;
}

bool list_charge(Thread& t, List* l) {
    size_t cap = l->items.capacity();
    if (cap <= l->charged) return true;
    size_t grown = (cap - l->charged) * sizeof(Value);
    l->charged = cap;
    if (!t.in.heap.charge(grown)) {
        // Drop what was added in this step so the program can recover from MemoryError.
        raise_no_memory(t);
        return false;
    }
    return true;
}

Dict* new_dict(Interp& in) { return in.heap.make<Dict>(in.types.dict, 0); }

Set* new_set(Interp& in, Type* type) {
    Set* s = in.heap.make<Set>(type ? type : in.types.set, 0);
    s->table.assign(8, SetEntry{0, Value()});
    return s;
}

// ---- dict -------------------------------------------------------------------------------

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

void dict_rebuild(Dict* d, size_t min_used) {
    size_t size = 8;
    while (size * 2 < min_used * 3 + 3) size <<= 1;
    // Compact the entries (drop deleted ones) and re-index.
    size_t w = 0;
    for (size_t r = 0; r < d->entries.size(); r++)
        if (!d->entries[r].key.is_null()) d->entries[w++] = d->entries[r];
    d->entries.resize(w);
    d->index.assign(size, kEmpty);
    size_t mask = size - 1;
    for (size_t k = 0; k < w; k++) {
        uint64_t perturb = uint64_t(d->entries[k].hash);
        size_t i = size_t(d->entries[k].hash) & mask;
        while (d->index[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        d->index[i] = int32_t(k);
    }
}

// Finds key: returns its index-table slot in *slot (or the slot to insert at) and the
// entry position (-1 when missing); -2 on error (an __eq__ raised).
int32_t dict_lookup(Thread* t, Dict* d, Value key, int64_t hash, size_t* slot) {
restart:
    if (d->index.empty()) {
        *slot = 0;
        return -1;
    }
    size_t mask = d->index.size() - 1;
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    size_t first_deleted = SIZE_MAX;
    bool key_is_str = is_kind(key, Kind::Str);
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) {
            *slot = first_deleted != SIZE_MAX ? first_deleted : i;
            return -1;
        }
        if (ix == kDeleted) {
            if (first_deleted == SIZE_MAX) first_deleted = i;
        } else {
            DictEntry& e = d->entries[size_t(ix)];
            if (e.key.is(key)) {
                *slot = i;
                return ix;
            }
            if (e.hash == hash) {
                if (key_is_str && is_kind(e.key, Kind::Str)) {
                    if (str_eq(as<Str>(e.key), as<Str>(key))) {
                        *slot = i;
                        return ix;
                    }
                } else if (!(key_is_str && e.key.tag != Tag::Obj) && t) {
                    uint64_t version = d->keys_version;
                    Value ek = e.key;
                    int r = eq(*t, ek, key);
                    if (r < 0) return -2;
                    if (d->keys_version != version) goto restart;  // the dict changed under us
                    if (r) {
                        *slot = i;
                        return ix;
                    }
                } else if (!t && e.key.tag != Tag::Obj && key.tag != Tag::Obj) {
                    // numeric keys compared without a thread (never needs Python code)
                    bool same = (e.key.tag == Tag::Float || key.tag == Tag::Float)
                                    ? (e.key.tag == Tag::Float ? e.key.f : double(e.key.i)) ==
                                          (key.tag == Tag::Float ? key.f : double(key.i))
                                    : e.key.i == key.i;
                    if (same) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void dict_insert_new(Dict* d, size_t slot, int64_t hash, Value key, Value value) {
    if (d->index.empty()) {
        dict_rebuild(d, 1);
        size_t dummy;
        dict_lookup(nullptr, d, key, hash, &dummy);
        slot = dummy;
    }
    d->entries.push_back({hash, key, value});
    d->index[slot] = int32_t(d->entries.size() - 1);
    d->used++;
    d->keys_version++;
    if (d->entries.size() * 3 >= d->index.size() * 2) dict_rebuild(d, d->used * 2 > 8 ? d->used * 2 : d->used);
}

}  // namespace

int dict_get(Thread& t, Dict* d, Value key, Value* out) {
    int64_t h;
    if (!hash(t, key, &h)) return -1;
    size_t slot;
    int32_t ix = dict_lookup(&t, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    *out = d->entries[size_t(ix)].value;
    return 1;
}

bool dict_set(Thread& t, Dict* d, Value key, Value value) {
    int64_t h;
    if (!hash(t, key, &h)) return false;
    size_t slot;
    int32_t ix = dict_lookup(&t, d, key, h, &slot);
    if (ix == -2) return false;
    if (ix >= 0) {
        d->entries[size_t(ix)].value = value;
        return true;
    }
    dict_insert_new(d, slot, h, key, value);
    return true;
}

int dict_del(Thread& t, Dict* d, Value key) {
    int64_t h;
    if (!hash(t, key, &h)) return -1;
    size_t slot;
    int32_t ix = dict_lookup(&t, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    d->entries[size_t(ix)].key = Value();
    d->entries[size_t(ix)].value = Value();
    d->index[slot] = kDeleted;
    d->used--;
    d->keys_version++;
    if (d->used == 0) {
        d->entries.clear();
        d->index.clear();
    }
    return 1;
}

int32_t dict_find_str(Dict* d, Str* key) {
    size_t slot;
    return std::max<int32_t>(-1, dict_lookup(nullptr, d, Value(key), str_hash(key), &slot));
}

Value dict_get_str(Dict* d, Str* key) {
    if (d->used == 0) return Value();
    int32_t ix = dict_find_str(d, key);
    return ix < 0 ? Value() : d->entries[size_t(ix)].value;
}

void dict_set_str(Interp& in, Dict* d, Str* key, Value value) {
    int64_t h = str_hash(key);
    size_t slot;
    int32_t ix = dict_lookup(nullptr, d, Value(key), h, &slot);
    if (ix >= 0) {
        d->entries[size_t(ix)].value = value;
        return;
    }
    dict_insert_new(d, slot, h, Value(key), value);
}

void dict_clear(Dict* d) {
    d->entries.clear();
    d->index.clear();
    d->used = 0;
    d->keys_version++;
}

Dict* dict_copy(Interp& in, Dict* src) {
    Dict* d = new_dict(in);
    for (auto& e : src->entries)
        if (!e.key.is_null()) d->entries.push_back(e);
    d->used = uint32_t(d->entries.size());
    if (d->used) dict_rebuild(d, d->used);
    return d;
}

// ---- set --------------------------------------------------------------------------------

namespace {

constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline bool active(const SetEntry& e) { return !e.key.is_null(); }
inline bool unused(const SetEntry& e) { return e.key.is_null() && e.hash == 0; }

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

void set_resize(Set* s, size_t minused) {
    size_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    std::vector<SetEntry> old;
    old.swap(s->table);
    s->table.assign(newsize, SetEntry{0, Value()});
    size_t mask = newsize - 1;
    for (auto& e : old)
        if (active(e)) insert_clean(s->table, mask, e.key, e.hash);
    s->fill = s->used;
}

// Compares an entry's key with key (identity, then str equality, then __eq__).
// 1 equal, 0 not, -1 error, 2 the table changed (restart).
int entry_eq(Thread& t, Set* s, SetEntry* e, Value key) {
    Value startkey = e->key;
    if (startkey.is(key)) return 1;
    if (is_kind(startkey, Kind::Str) && is_kind(key, Kind::Str)) return str_eq(as<Str>(startkey), as<Str>(key));
    const SetEntry* table = s->table.data();
    int r = eq(t, startkey, key);
    if (r < 0) return -1;
    if (r > 0) return 1;
    if (table != s->table.data() || !e->key.is(startkey)) return 2;
    return 0;
}

// Finds key: the active entry, or null. *err set on error.
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
            if (unused(*e)) return nullptr;
            if (active(*e) && e->hash == hash) {
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

}  // namespace

int set_add_hashed(Thread& t, Set* s, Value key, int64_t hash) {
restart:
    size_t mask = s->table.size() - 1;
    size_t i = size_t(hash) & mask;
    SetEntry* freeslot = nullptr;
    uint64_t perturb = uint64_t(hash);
    SetEntry* e;
    for (;;) {
        e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (unused(*e)) goto found_unused_or_dummy;
            if (active(*e) && e->hash == hash) {
                int r = entry_eq(t, s, e, key);
                if (r < 0) return -1;
                if (r == 1) return 0;
                if (r == 2) goto restart;
                mask = s->table.size() - 1;
            } else if (!active(*e) && e->hash == -1) {
                if (!freeslot) freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 1;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (size_t(s->fill) * 5 < mask * 3) return 1;
    set_resize(s, s->used > 50000 ? size_t(s->used) * 2 : size_t(s->used) * 4);
    return 1;
}

int set_contains(Thread& t, Set* s, Value key) {
    int64_t h;
    if (!hash(t, key, &h)) return -1;
    bool err;
    SetEntry* e = lookkey(t, s, key, h, &err);
    if (err) return -1;
    return e != nullptr;
}

int set_add(Thread& t, Set* s, Value key) {
    int64_t h;
    if (!hash(t, key, &h)) return -1;
    return set_add_hashed(t, s, key, h);
}

int set_discard(Thread& t, Set* s, Value key) {
    int64_t h;
    if (!hash(t, key, &h)) return -1;
    bool err;
    SetEntry* e = lookkey(t, s, key, h, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = Value();
    e->hash = -1;  // dummy
    s->used--;
    return 1;
}

void set_clear(Set* s) {
    s->table.assign(8, SetEntry{0, Value()});
    s->fill = s->used = 0;
}

// Adds every element of other (as setobject.c's set_merge does, including its shortcut
// of copying the table when this set is empty, which decides the resulting order).
int set_merge(Thread& t, Set* s, Set* other) {
    if (other == s || other->used == 0) return 0;
    if ((size_t(s->fill) + other->used) * 5 >= (s->table.size() - 1) * 3)
        set_resize(s, (size_t(s->used) + other->used) * 2);
    if (s->fill == 0 && s->table.size() == other->table.size() && other->fill == other->used) {
        for (size_t i = 0; i < other->table.size(); i++)
            if (active(other->table[i])) s->table[i] = other->table[i];
        s->fill = other->fill;
        s->used = other->used;
        return 0;
    }
    if (s->fill == 0) {
        size_t mask = s->table.size() - 1;
        s->fill = s->used = other->used;
        for (auto& e : other->table)
            if (active(e)) insert_clean(s->table, mask, e.key, e.hash);
        return 0;
    }
    for (size_t i = 0; i < other->table.size(); i++) {
        SetEntry e = other->table[i];
        if (active(e) && set_add_hashed(t, s, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

}  // namespace gs
