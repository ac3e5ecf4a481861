// list.sort: CPython 3.11's timsort (Objects/listobject.c, Objects/listsort.txt),
// reimplemented step for step.
//
// Why not std::stable_sort: for a consistent total order every stable sort gives the same
// result, but programs observe more than the result. A key's __lt__ may print, and when
// items cannot be compared the error names the two types in the order the sort happened
// to compare them ("'<' not supported between instances of 'str' and 'int'"). Both depend
// on the exact sequence of comparisons, so this follows CPython's: natural runs found by
// count_run, short runs extended by binary insertion to minrun, runs merged by the
// powersort policy with galloping merges.
//
// Every value the sort holds lives in a List rooted on the thread (the saved items, the
// keys, the merge buffer), so a key function or __lt__ running Python code is safe.
#include <algorithm>
#include <cstring>

#include "sim/objects/container_util.hpp"

namespace gs {

namespace {

constexpr int kMinGallop = 7;

// A position in the keys array and, in step, in the values array (values is null when
// there is no key function: the keys are the values).
struct SortSlice {
    Value* keys;
    Value* values;
};

void move_values(Value* dst, const Value* src, int64_t n) {
    if (n > 0) std::memmove(static_cast<void*>(dst), static_cast<const void*>(src), size_t(n) * sizeof(Value));
}

// s1[i..i+n) = s2[j..j+n) (ranges may overlap).
void slice_move(SortSlice s1, int64_t i, SortSlice s2, int64_t j, int64_t n) {
    move_values(s1.keys + i, s2.keys + j, n);
    if (s1.values) move_values(s1.values + i, s2.values + j, n);
}
void slice_copy1(SortSlice s1, int64_t i, SortSlice s2, int64_t j) {
    s1.keys[i] = s2.keys[j];
    if (s1.values) s1.values[i] = s2.values[j];
}
void advance(SortSlice& s, int64_t n) {
    s.keys += n;
    if (s.values) s.values += n;
}
void copy_incr(SortSlice& dst, SortSlice& src) {
    slice_copy1(dst, 0, src, 0);
    advance(dst, 1);
    advance(src, 1);
}
void copy_decr(SortSlice& dst, SortSlice& src) {
    slice_copy1(dst, 0, src, 0);
    advance(dst, -1);
    advance(src, -1);
}
void reverse_slice(SortSlice s, int64_t n) {
    std::reverse(s.keys, s.keys + n);
    if (s.values) std::reverse(s.values, s.values + n);
}

class MergeState {
public:
    MergeState(Thread& t, int64_t n, Value* basekeys, bool has_values, List* buffer)
        : t_(t), listlen_(n), basekeys_(basekeys), has_values_(has_values), buffer_(buffer) {}

    bool sort(SortSlice lo);

private:
    struct Run {
        SortSlice base;
        int64_t len;
        int power;
    };

    // x < y: -1 raised, 1 true, 0 false. Fast paths for the homogeneous cases CPython's
    // pre-sort check specialises; they compare exactly as the general path would.
    int islt(Value x, Value y) {
        if (x.tag == Tag::Int && y.tag == Tag::Int) return x.i < y.i;
        if (x.tag == Tag::Float && y.tag == Tag::Float) return x.f < y.f;
        if (is_kind(x, Kind::Str) && is_kind(y, Kind::Str) && x.o->type == t_.in.types.str &&
            y.o->type == t_.in.types.str)
            return as<Str>(x)->view() < as<Str>(y)->view();  // UTF-8 order = code point order
        return compare_bool(t_, x, y, CmpKind::Lt);
    }

    bool getmem(int64_t need);
    bool binarysort(SortSlice lo, Value* hi, Value* start);
    int64_t count_run(Value* lo, Value* hi, bool* descending);
    int64_t gallop_left(Value key, Value* a, int64_t n, int64_t hint);
    int64_t gallop_right(Value key, Value* a, int64_t n, int64_t hint);
    bool merge_lo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb);
    bool merge_hi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb);
    bool merge_at(size_t i);
    bool found_new_run(int64_t n2);
    bool merge_force_collapse();

    Thread& t_;
    int64_t listlen_;
    Value* basekeys_;
    bool has_values_;
    List* buffer_;           // the merge area: keys, then values
    SortSlice a_{nullptr, nullptr};
    int64_t alloced_ = 0;
    int min_gallop_ = kMinGallop;
    std::vector<Run> pending_;
};

bool MergeState::getmem(int64_t need) {
    if (need <= alloced_) return true;
    if (!reserve_ok(t_, uint64_t(need) * (has_values_ ? 2 : 1))) return false;
    buffer_->items.assign(size_t(need) * (has_values_ ? 2 : 1), Value::none());
    a_.keys = buffer_->items.data();
    a_.values = has_values_ ? a_.keys + need : nullptr;
    alloced_ = need;
    return true;
}

// Sorts [lo, hi) by binary insertion, [lo, start) being sorted already. Stable: an item
// goes after the items equal to it.
bool MergeState::binarysort(SortSlice lo, Value* hi, Value* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        Value* l = lo.keys;
        Value* r = start;
        Value pivot = *r;
        do {
            Value* p = l + ((r - l) >> 1);
            int k = islt(pivot, *p);
            if (k < 0) return false;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        for (Value* p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {  // the same move in the values array
            int64_t from = start - lo.keys, to = l - lo.keys;
            Value pv = lo.values[from];
            for (int64_t p = from; p > to; --p) lo.values[p] = lo.values[p - 1];
            lo.values[to] = pv;
        }
    }
    return true;
}

// The length of the run starting at lo: non-descending, or strictly descending (which
// the caller reverses; strictness keeps that stable). -1 raised.
int64_t MergeState::count_run(Value* lo, Value* hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    int k = islt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = islt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = islt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

// Where key belongs in the sorted a[0..n): left of any equal items. Gallops from hint
// by 1, 3, 7, ... then binary-searches the bracket. -1 raised.
int64_t MergeState::gallop_left(Value key, Value* a, int64_t n, int64_t hint) {
    a += hint;
    int64_t lastofs = 0, ofs = 1;
    int k = islt(*a, key);
    if (k < 0) return -1;
    if (k) {  // a[hint] < key: gallop right
        const int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = islt(a[ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {  // key <= a[hint]: gallop left
        const int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = islt(*(a - ofs), key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t tmp = lastofs;
        lastofs = hint - ofs;
        ofs = hint - tmp;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = islt(a[m], key);
        if (k < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

// As gallop_left, but right of any equal items.
int64_t MergeState::gallop_right(Value key, Value* a, int64_t n, int64_t hint) {
    a += hint;
    int64_t lastofs = 0, ofs = 1;
    int k = islt(key, *a);
    if (k < 0) return -1;
    if (k) {  // key < a[hint]: gallop left
        const int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = islt(key, *(a - ofs));
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t tmp = lastofs;
        lastofs = hint - ofs;
        ofs = hint - tmp;
    } else {  // a[hint] <= key: gallop right
        const int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = islt(key, a[ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = islt(key, a[m]);
        if (k < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

// Merges the adjacent runs ssa[0..na) and ssb[0..nb) in place, na <= nb, copying the
// first run to the merge area and filling from the left. The last item of ssa belongs
// at the very end (merge_at arranged that).
bool MergeState::merge_lo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    int64_t k, acount, bcount;
    int mg;
    bool result = false;
    SortSlice dest;
    if (!getmem(na)) return false;
    slice_move(a_, 0, ssa, 0, na);
    dest = ssa;
    ssa = a_;
    copy_incr(dest, ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    mg = min_gallop_;
    for (;;) {
        acount = bcount = 0;
        // One item at a time until a run wins mg times in a row.
        for (;;) {
            k = islt(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                copy_incr(dest, ssb);
                ++bcount;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= mg) break;
            } else {
                copy_incr(dest, ssa);
                ++acount;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= mg) break;
            }
        }
        // Galloping mode, until neither run wins by kMinGallop or more.
        ++mg;
        do {
            mg -= mg > 1;
            min_gallop_ = mg;
            k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_move(dest, 0, ssa, 0, k);
                advance(dest, k);
                advance(ssa, k);
                na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;  // only with an inconsistent comparison
            }
            copy_incr(dest, ssb);
            if (--nb == 0) goto succeed;
            k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_move(dest, 0, ssb, 0, k);
                advance(dest, k);
                advance(ssb, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            copy_incr(dest, ssa);
            if (--na == 1) goto copy_b;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++mg;
        min_gallop_ = mg;
    }
succeed:
    result = true;
fail:
    if (na) slice_move(dest, 0, ssa, 0, na);
    return result;
copy_b:
    slice_move(dest, 0, ssb, 0, nb);
    slice_copy1(dest, nb, ssa, 0);
    return true;
}

// The mirror image of merge_lo for na >= nb: copies the second run out and fills from
// the right.
bool MergeState::merge_hi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    int64_t k, acount, bcount;
    int mg;
    bool result = false;
    SortSlice dest, basea, baseb;
    if (!getmem(nb)) return false;
    dest = ssb;
    advance(dest, nb - 1);
    slice_move(a_, 0, ssb, 0, nb);
    basea = ssa;
    baseb = a_;
    ssb.keys = a_.keys + nb - 1;
    if (ssb.values) ssb.values = a_.values + nb - 1;
    advance(ssa, na - 1);
    copy_decr(dest, ssa);
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    mg = min_gallop_;
    for (;;) {
        acount = bcount = 0;
        for (;;) {
            k = islt(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                copy_decr(dest, ssa);
                ++acount;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= mg) break;
            } else {
                copy_decr(dest, ssb);
                ++bcount;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= mg) break;
            }
        }
        ++mg;
        do {
            mg -= mg > 1;
            min_gallop_ = mg;
            k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                advance(dest, -k);
                advance(ssa, -k);
                slice_move(dest, 1, ssa, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            copy_decr(dest, ssb);
            if (--nb == 1) goto copy_a;
            k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                advance(dest, -k);
                advance(ssb, -k);
                slice_move(dest, 1, ssb, 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;  // only with an inconsistent comparison
            }
            copy_decr(dest, ssa);
            if (--na == 0) goto succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++mg;
        min_gallop_ = mg;
    }
succeed:
    result = true;
fail:
    if (nb) slice_move(dest, -(nb - 1), baseb, 0, nb);
    return result;
copy_a:
    slice_move(dest, 1 - na, ssa, 1 - na, na);
    advance(dest, -na);
    advance(ssa, -na);
    slice_copy1(dest, 0, ssb, 0);
    return true;
}

// Merges pending runs i and i+1 (i is the second- or third-last run).
bool MergeState::merge_at(size_t i) {
    SortSlice ssa = pending_[i].base, ssb = pending_[i + 1].base;
    int64_t na = pending_[i].len, nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i + 3 == pending_.size()) pending_[i + 1] = pending_[i + 2];
    pending_.pop_back();
    // Items of a before where b starts, and of b after where a ends, are in place.
    int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return false;
    advance(ssa, k);
    na -= k;
    if (na == 0) return true;
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return nb == 0;
    return na <= nb ? merge_lo(ssa, na, ssb, nb) : merge_hi(ssa, na, ssb, nb);
}

// The powersort "power" of the boundary between run 1 (s1, n1) and run 2 (n2): the depth
// of the midpoint split that separates them in a list of n items.
int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;  // twice the midpoint of run 1
    int64_t b = a + n1 + n2;  // twice the midpoint of run 2
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

bool MergeState::found_new_run(int64_t n2) {
    if (pending_.empty()) return true;
    int64_t s1 = pending_.back().base.keys - basekeys_;
    int power = powerloop(s1, pending_.back().len, n2, listlen_);
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power)
        if (!merge_at(pending_.size() - 2)) return false;
    pending_.back().power = power;
    return true;
}

bool MergeState::merge_force_collapse() {
    while (pending_.size() > 1) {
        size_t n = pending_.size() - 2;
        if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
        if (!merge_at(n)) return false;
    }
    return true;
}

// n itself below 64; else a value in [32, 64] such that n / minrun is just below a
// power of two.
int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

bool MergeState::sort(SortSlice lo) {
    int64_t nremaining = listlen_;
    int64_t minrun = compute_minrun(nremaining);
    do {
        bool descending;
        int64_t n = count_run(lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) return false;
        if (descending) reverse_slice(lo, n);
        if (n < minrun) {
            int64_t force = nremaining <= minrun ? nremaining : minrun;
            if (!binarysort(lo, lo.keys + force, lo.keys + n)) return false;
            n = force;
        }
        if (!found_new_run(n)) return false;
        pending_.push_back({lo, n, 0});
        advance(lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse();
}

}  // namespace

bool list_sort(Thread& t, List* l, Value keyfunc, bool reverse) {
    Interp& in = t.in;
    // The list looks empty while it is sorted, so a comparison that mutates it cannot
    // disturb the sort; the mutation is detected and reported afterwards.
    List* saved = new_list(in);
    TempRoot saved_root(t, Value(saved));
    saved->items.swap(l->items);
    std::vector<Value>& values = saved->items;
    int64_t n = int64_t(values.size());
    List* keys = new_list(in);
    TempRoot keys_root(t, Value(keys));
    List* buffer = new_list(in);
    TempRoot buffer_root(t, Value(buffer));
    bool has_key = !keyfunc.is_none();
    bool ok = true;
    if (has_key) {
        keys->items.reserve(size_t(n));
        for (int64_t i = 0; i < n && ok; i++) {
            Value k = call_values(t, keyfunc, {values[size_t(i)]});
            if (k.is_null()) ok = false;
            else keys->items.push_back(k);
        }
    }
    bool keyfunc_failed = !ok;
    if (ok && n > 1) {
        // Stability in reverse: reverse, sort forwards, reverse back.
        if (reverse) {
            if (has_key) std::reverse(keys->items.begin(), keys->items.end());
            std::reverse(values.begin(), values.end());
        }
        SortSlice lo = has_key ? SortSlice{keys->items.data(), values.data()} : SortSlice{values.data(), nullptr};
        MergeState ms(t, n, lo.keys, has_key, buffer);
        ok = ms.sort(lo);
        if (reverse) std::reverse(values.begin(), values.end());
    }
    bool modified = !l->items.empty() || l->items.capacity() != 0;
    l->items.swap(saved->items);
    if (ok && modified && !keyfunc_failed) {
        raise(t, in.types.ValueError, "list modified during sort");
        return false;
    }
    return ok;
}

}  // namespace gs
