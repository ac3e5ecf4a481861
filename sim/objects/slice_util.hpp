// Slice index resolution shared by every sequence type (str, bytes, list, tuple, range).
#pragma once
#include <cstdint>

namespace gs {

struct Thread;
struct Slice;

// Resolves a slice against a sequence of length `len` exactly as CPython's
// PySlice_Unpack + PySlice_AdjustIndices do: None bounds take the step's defaults,
// out-of-range bounds are clamped, negative ones count from the end. *count receives the
// number of items selected. False (TypeError / ValueError set) when a bound is not an
// integer (or __index__ object) or the step is zero.
bool slice_indices(Thread& t, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count);

}  // namespace gs
