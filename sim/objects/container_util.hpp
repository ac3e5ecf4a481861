// Helpers shared by the container types (tuple, list, dict, set, range) and the builtin
// iterators, and the few operations one container file needs from another. Internal to
// sim/objects: the VM and the modules use the type slots and runtime.hpp instead.
#pragma once
#include "sim/vm/runtime.hpp"

namespace gs {

// PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality (so a list holding
// a NaN still equals itself), then ==. 1 equal, 0 not, -1 raised.
inline int eq_or_same(Thread& t, Value a, Value b) { return a.is(b) ? 1 : eq(t, a, b); }

// Keeps a value reachable while a native calls code that may run Python (see runtime.hpp).
// Scopes nest, so the value is normally the last root; it is searched for otherwise.
class TempRoot {
public:
    TempRoot(Thread& t, Value v) : t_(t), v_(v) { t_.temp_roots.push_back(v); }
    ~TempRoot() {
        auto& roots = t_.temp_roots;
        for (size_t i = roots.size(); i-- > 0;)
            if (roots[i].tag == v_.tag && roots[i].i == v_.i) {
                roots.erase(roots.begin() + long(i));
                return;
            }
    }
    TempRoot(const TempRoot&) = delete;
    TempRoot& operator=(const TempRoot&) = delete;

private:
    Thread& t_;
    Value v_;
};

// CPython's Py_ReprEnter / Py_ReprLeave: detects a container whose repr is already being
// built on this thread (a list that contains itself prints as [...]). The objects being
// printed are recorded in t.temp_roots as Null-tagged values carrying the pointer: the
// collector only follows Obj-tagged values, so the markers root nothing and cannot be
// mistaken for a real root, and no field on Thread is needed. The number of markers is
// the depth of nested container reprs, which counts toward the recursion limit as the
// C recursion of CPython's repr does.
class ReprGuard {
public:
    explicit ReprGuard(Thread& t) : t_(t) {}
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    // 1: entered (the guard leaves on destruction); 0: `o` is already being printed;
    // -1: RecursionError raised (nesting too deep).
    int enter(Object* o);

private:
    Thread& t_;
    Object* entered_ = nullptr;
};

// CPython's Py_EnterRecursiveCall(" in comparison") for the containers whose comparison
// recurses into their items (list, tuple, dict): comparing two deeply nested lists
// raises RecursionError instead of exhausting the C stack. The depth is kept in a marker
// on t.temp_roots (a Null-tagged value with an odd payload, so it neither roots anything
// nor looks like a ReprGuard marker); the innermost marker is normally the last entry.
class CompareDepth {
public:
    explicit CompareDepth(Thread& t) : t_(t) {}
    ~CompareDepth();
    CompareDepth(const CompareDepth&) = delete;
    CompareDepth& operator=(const CompareDepth&) = delete;
    // False with RecursionError raised when nesting is too deep.
    bool enter();
    // Enters before the first item comparison that may recurse (an object's), so that
    // containers of ints or floats never pay for the marker.
    bool cover(Value item) { return depth_ || !item.is_obj() || enter(); }

private:
    Thread& t_;
    int64_t depth_ = 0;  // this level's depth once entered
};

// "<list_iterator object at 0x...>", and the identity hash: for builtin types that
// define neither (iterators, dict_values), as `object` provides them in CPython.
Value identity_repr(Thread& t, Value self);
bool hash_by_identity(Thread& t, Value self, int64_t* out);

// PyNumber_Index: an int or bool, or the result of __index__ ("'float' object cannot be
// interpreted as an integer"). runtime.hpp's index_value calls __index__ without the
// writable slot call() requires before the arguments, so the containers use this.
bool to_index(Thread& t, Value v, int64_t* out);

// CPython's _PyIndex_Check: ints, bools and objects with __index__ may index a sequence.
bool is_index(Thread& t, Value v);

// A sequence subscript: converts an index key and wraps a negative one once (as
// sq_item callers do); the result may still be out of range. False when it raised.
bool seq_index(Thread& t, Value key, int64_t len, int64_t* out);

// When a sequence is the left operand of + or *, CPython tries the right operand's
// number slot (its __radd__ / __rmul__) before the sequence's own concat or repeat.
// True when that answered: *result is its answer, or Null if it raised.
bool try_right_binop(Thread& t, Value a, Value b, int op, Value* result);
// The repeat count of `seq * n`: an int or an __index__ object, else "can't multiply
// sequence by non-int of type 'float'". False when it raised.
bool seq_repeat_count(Thread& t, Value n, int64_t* count);
// Checks that a container of `items` Values fits the heap (MemoryError otherwise).
bool reserve_ok(Thread& t, uint64_t items);

// Argument checks worded as CPython's: METH_O ("list.append() takes exactly one argument
// (0 given)"), METH_NOARGS ("list.copy() takes no arguments (1 given)") and positional
// ranges ("insert expected 2 arguments, got 1"). `n` counts the arguments after self;
// keyword arguments are refused ("pop() takes no keyword arguments").
bool method_one_arg(Thread& t, const char* qualname, int n, Tuple* kwnames);
bool method_no_args(Thread& t, const char* qualname, int n, Tuple* kwnames);
bool method_nargs(Thread& t, const char* name, int n, Tuple* kwnames, int min, int max);
// The dunders CPython implements as slot wrappers (list.__len__, tuple.__getitem__...)
// word their count errors without a name: "expected 1 argument, got 0". __setitem__'s
// comes from an unnamed PyArg_UnpackTuple and so starts with a space.
bool wrapper_args(Thread& t, int n, Tuple* kwnames, int expected);
bool setitem_wrapper_args(Thread& t, int n, Tuple* kwnames);

// A start/stop argument of index() (list, tuple, range): an index, wrapped once if
// negative and clamped at 0 ("slice indices must be integers or have an __index__ method").
bool index_bound(Thread& t, Value v, int64_t len, int64_t* out);

// PySequence_Fast: the items of a list or tuple (copied), or of any other iterable. When
// v is not iterable and `type_error_msg` is given, that message replaces the TypeError.
bool sequence_items(Thread& t, Value v, std::vector<Value>* out, const char* type_error_msg);

// Raises KeyError(key): the key itself is the exception's argument.
Value raise_key_error(Thread& t, Value key);

// True for the builtin sequences that define * themselves (str, bytes, list, tuple).
bool is_builtin_seq(Value v);

// ---- list.cpp / list_sort.cpp ---------------------------------------------------------
List* list_from_iterable(Thread& t, Value iterable);       // list(iterable); null: raised
bool list_extend(Thread& t, List* l, Value iterable);       // list.extend
bool list_sort(Thread& t, List* l, Value key, bool reverse);  // list.sort (key may be None)

// ---- tuple.cpp ----------------------------------------------------------------------
Value tuple_from_iterable(Thread& t, Value iterable);       // tuple(iterable)

// ---- set.cpp / set_ops.cpp ------------------------------------------------------------
// make_new_set(type, iterable): a fresh set or frozenset (iterable may be Null).
Set* set_new_from(Thread& t, Type* type, Value iterable);
bool set_update_from(Thread& t, Set* s, Value iterable);             // set_update_internal
bool set_difference_update_from(Thread& t, Set* s, Value other);
bool set_symmetric_difference_update_from(Thread& t, Set* s, Value other);
// so & other for any iterable other (set_intersection): a new set of so's base type.
Set* set_intersection_with(Thread& t, Set* so, Value other);
// The frozenset constant CPython 3.11 compiles a set display of three or more constants
// into ({3, 11, 19} is BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1): frozenset(items)
// rebuilt from its own iteration order, as compile.c's merge_consts_recursive does. The
// display then copies it with set_update_from; its order is the one CPython prints.
Set* set_display_constant(Thread& t, const Value* items, uint32_t n);

// ---- dict.cpp -------------------------------------------------------------------------
// Lookup with a hash already known (a set or dict entry's), so a user __hash__ is not
// called twice. 1 found (*out set), 0 missing, -1 raised.
int dict_lookup_known(Thread& t, Dict* d, Value key, int64_t hash, Value* out);
// dict.update(arg) / dict(arg): a dict, a mapping with keys(), or an iterable of pairs.
bool dict_update_from(Thread& t, Dict* d, Value arg);
// The dict_keys / dict_values / dict_items view of d.
Value new_dict_view(Interp& in, Dict* d, ViewKind vk);
// dict_views.cpp: installs the three view types.
void init_dict_view_types(Interp& in);

// ---- iter.cpp ---------------------------------------------------------------------------
Iter* new_iter(Interp& in, Type* type, IterKind ik, Value src);
// An iterator over d's keys, values or items (ik DictKeys/Values/Items), backwards when
// `reverse` (Iter::step -1; CPython's dict_reverse*iterator).
Iter* new_dict_iter(Interp& in, Type* type, IterKind ik, Dict* d, bool reverse);
// A builtin iterator type that builtin_types.hpp does not list (the reverse dict
// iterators): created at start-up, it must be kept reachable by its creator.
Type* new_iterator_type(Interp& in, const char* name);
// dict.cpp: reversed() of a dict or view: the type is kept as the data of the type's
// __reversed__ native, so no table or global needs to hold it.
Value dict_reversed(Thread& t, Type* owner, Dict* d, IterKind ik);
// iter_builtins.cpp: enumerate, zip, map, filter, reversed.
void init_iter_constructors(Interp& in);

}  // namespace gs
