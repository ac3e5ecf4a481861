// Slice index resolution (see slice_util.hpp), after CPython's Objects/sliceobject.c.
#include "sim/objects/slice_util.hpp"

#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

// A slice bound: None keeps the default; otherwise an int or an __index__ object.
bool bound(Thread& t, Value v, int64_t dflt, int64_t* out) {
    if (v.is_none() || v.is_null()) {
        *out = dflt;
        return true;
    }
    if (v.is_intlike()) {
        *out = v.i;
        return true;
    }
    if (v.is_obj() && !lookup_special(t, v, t.in.names.__index__).is_null()) return index_value(t, v, out);
    if (!t.exc.is_null()) return false;
    raise(t, t.in.types.TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

// Clamps one bound into the sequence, as PySlice_AdjustIndices.
int64_t adjust(int64_t v, int64_t len, int64_t step) {
    if (v < 0) {
        v += len;
        if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= len) {
        v = step < 0 ? len - 1 : len;
    }
    return v;
}

}  // namespace

bool slice_indices(Thread& t, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
    if (!bound(t, s->step, 1, step)) return false;
    if (*step == 0) {
        raise(t, t.in.types.ValueError, "slice step cannot be zero");
        return false;
    }
    // As CPython: a step of -2**63 could not be negated when counting items.
    if (*step < -INT64_MAX) *step = -INT64_MAX;
    if (!bound(t, s->start, *step < 0 ? INT64_MAX : 0, start)) return false;
    if (!bound(t, s->stop, *step < 0 ? INT64_MIN : INT64_MAX, stop)) return false;
    *start = adjust(*start, len, *step);
    *stop = adjust(*stop, len, *step);
    if (*step < 0)
        *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else
        *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}

}  // namespace gs
