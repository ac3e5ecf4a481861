// tuple, list, dict and set: the layouts and the operations the VM and natives share.
// Operations that may run Python code (__hash__, __eq__ of user classes) take the Thread
// and report failure: -1 / false / Value::null() means an exception is set on the thread.
#pragma once
#include <vector>

#include "sim/vm/object.hpp"

namespace gs {

struct Thread;
struct Interp;

struct Tuple : Object {
    uint32_t n = 0;
    int64_t hash = -1;
    Value* items() { return reinterpret_cast<Value*>(this + 1); }
    const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
    Tuple() : Object(Kind::Tuple) {}
};

struct List : Object {
    std::vector<Value> items;
    size_t charged = 0;            // capacity already charged to the heap
    List() : Object(Kind::List) {}
};

// Insertion-ordered hash map, laid out as CPython's compact dict: an entries array in
// insertion order and a sparse index table of positions into it.
struct DictEntry {
    int64_t hash;
    Value key;      // Null: deleted
    Value value;
};
struct Dict : Object {
    std::vector<DictEntry> entries;
    std::vector<int32_t> index;    // -1 empty, -2 deleted, else position in entries
    uint32_t used = 0;             // live entries
    uint64_t keys_version = 0;     // changes whenever a key is added or removed
    Dict() : Object(Kind::Dict) {}
};

// set and frozenset, laid out as CPython's setobject.c (open addressing, linear probes
// then perturbation) so that iteration order matches CPython's for the same hashes.
struct SetEntry {
    int64_t hash;   // 0 with Null key: unused; -1 with Null key: dummy (deleted)
    Value key;
};
struct Set : Object {
    std::vector<SetEntry> table;   // size is a power of two, >= 8
    uint32_t fill = 0;             // active + dummy
    uint32_t used = 0;             // active
    int64_t hash = -1;             // frozenset only
    Set() : Object(Kind::Set) {}
};

Tuple* new_tuple(Interp& in, uint32_t n);   // items are None until set
Tuple* new_tuple(Interp& in, const Value* items, uint32_t n);
List* new_list(Interp& in, size_t reserve = 0);
Dict* new_dict(Interp& in);
Set* new_set(Interp& in, Type* type = nullptr);  // type: set (default) or frozenset

// Charges the heap for a list's growth since the last call (appends grow the vector
// behind the heap's back). False, with MemoryError raised, past the heap limit.
bool list_charge(Thread& t, List* l);

// dict. Lookup returns 1 found (value in *out), 0 missing, -1 error.
int dict_get(Thread& t, Dict* d, Value key, Value* out);
bool dict_set(Thread& t, Dict* d, Value key, Value value);
int dict_del(Thread& t, Dict* d, Value key);        // 1 deleted, 0 missing, -1 error
// Str-keyed fast paths that cannot fail (string hashing and equality never call Python).
Value dict_get_str(Dict* d, Str* key);              // Null when missing
void dict_set_str(Interp& in, Dict* d, Str* key, Value value);
int32_t dict_find_str(Dict* d, Str* key);           // entry position or -1
void dict_clear(Dict* d);
Dict* dict_copy(Interp& in, Dict* d);

// set. 1 present/added, 0 absent, -1 error.
int set_contains(Thread& t, Set* s, Value key);
int set_add(Thread& t, Set* s, Value key);
int set_discard(Thread& t, Set* s, Value key);
int set_add_hashed(Thread& t, Set* s, Value key, int64_t hash);   // hash already known
int set_merge(Thread& t, Set* s, Set* other);                    // 0 ok, -1 error
void set_clear(Set* s);

}  // namespace gs
