// The per-process heap and its tracing collector. Small objects live in 64 KB chunks of
// one block size each, large ones are allocated one by one and listed; collection is
// mark-and-sweep from the interpreter's roots, sweeping the chunks in address order.
//
// When it runs: only at safe points of the eval loop (back edges and calls), and only
// when no thread of the process is inside a native function that called back into
// Python. At such a point every live value is reachable from a frame, a thread or the
// interpreter, so natives may hold raw pointers between safe points without rooting
// them, which keeps the natives simple and the fast paths free of bookkeeping.
//
// The heap limit ([interpreter] heap_limit) is checked when memory is charged: past it,
// the allocation fails and the caller raises MemoryError.
#pragma once
#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

#include "sim/vm/object.hpp"

namespace gs {

struct Interp;

struct HeapStats {
    size_t collections = 0;
    size_t live_bytes = 0;       // after the last collection
    size_t peak_bytes = 0;
    size_t objects = 0;          // live objects after the last collection
};

class Heap {
public:
    Heap() = default;
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Allocates a T with `extra` trailing bytes. Never fails (the limit is enforced by
    // charge(), which callers creating large objects consult first).
    template <class T, class... A>
    T* make(Type* type, size_t extra, A&&... a) {
        size_t size = sizeof(T) + extra;
        void* mem = size <= kMaxSmall ? alloc_small(size) : ::operator new(size);
        T* obj = new (mem) T(std::forward<A>(a)...);
        obj->type = type;
        obj->gc_size = uint32_t(size > 0xffffffffu ? 0xffffffffu : size);
        if (size > kMaxSmall) large_.push_back(obj);
        bytes_ += size;
        if (__builtin_expect(bytes_ >= next_collect_, 0)) pressure();
        return obj;
    }

    // Accounts for memory an object acquires after allocation (a growing list).
    // False when the heap limit would be exceeded: the caller raises MemoryError.
    bool charge(size_t bytes) {
        bytes_ += bytes;
        if (bytes_ >= next_collect_) pressure();
        return !out_of_memory(bytes_);
    }
    // Whether `used` bytes should be reported as MemoryError now: once when the limit is
    // crossed, then again only if usage keeps growing, so that an except block can run
    // (and free memory) without failing in turn.
    bool out_of_memory(size_t used) {
        if (used <= limit_) {
            oom_at_ = 0;
            return false;
        }
        size_t step = limit_ / 16 > (size_t(1) << 20) ? limit_ / 16 : (size_t(1) << 20);
        if (oom_at_ && used < oom_at_ + step) return false;
        oom_at_ = used;
        return true;
    }
    // Whether an allocation of `bytes` may go ahead (a big one, checked beforehand);
    // false means: raise MemoryError (see out_of_memory for when that is reported).
    bool would_fit(size_t bytes) { return bytes_ + bytes <= limit_ || !out_of_memory(bytes_ + bytes); }
    // True when enough was allocated since the last collection to make one worthwhile.
    bool wants_collect() const { return bytes_ >= next_collect_; }

    void set_limit(size_t bytes) { limit_ = bytes; }
    void collect_at(size_t bytes) { next_collect_ = bytes; }
    // Called when a collection becomes due: the interpreter makes its threads stop at
    // their next safe point (see Interp), where the collection runs.
    void set_pressure_hook(void (*hook)(void*), void* ctx) {
        hook_ = hook;
        hook_ctx_ = ctx;
    }
    size_t limit() const { return limit_; }
    size_t bytes() const { return bytes_; }
    const HeapStats& stats() const { return stats_; }

    // Mark from the interpreter's roots, sweep the rest.
    void collect(Interp& in);
    // Marks one value during collection (used by root enumeration and OpaqueData).
    void mark_value(Value v);
    void mark(Object* o);

private:
    // Small objects come from per-size free lists carved out of 64 KB chunks: most
    // objects are small and short-lived, and malloc/free per object would dominate.
    static constexpr size_t kGranule = 16;
    static constexpr size_t kMaxSmall = 512;
    static constexpr size_t kClasses = kMaxSmall / kGranule;
    // A free block: its first word links it into its size's free list, and the byte
    // where an object keeps gc_mark says "free" (kFreeMark), so that the sweep, walking
    // a chunk block by block, tells free blocks from objects.
    struct FreeBlock {
        FreeBlock* next;
        uint8_t kind_pad;
        uint8_t mark;
    };
    static_assert(offsetof(FreeBlock, mark) == offsetof(Object, gc_mark));
    static constexpr uint8_t kFreeMark = 2;
    static constexpr size_t kChunk = 64 * 1024;
    struct Chunk {
        char* base;
        uint32_t block;   // the size of every block in it
    };
    void* alloc_small(size_t size) {
        size_t cls = (size + kGranule - 1) / kGranule - 1;
        FreeBlock* b = free_[cls];
        if (__builtin_expect(b == nullptr, 0)) b = refill(cls);
        free_[cls] = b->next;
        return b;
    }
    void free_small(void* p, size_t size) {
        size_t cls = (size + kGranule - 1) / kGranule - 1;
        auto* b = static_cast<FreeBlock*>(p);
        b->next = free_[cls];
        b->mark = kFreeMark;
        free_[cls] = b;
    }
    FreeBlock* refill(size_t cls);
    FreeBlock* free_[kClasses] = {};
    // Chunks are carved from 2 MB regions that the kernel may back with huge pages: a
    // program that builds a large live set then takes one page fault per 2 MB instead
    // of one per 4 KB (a third of the time of a string-building loop went to faults).
    std::vector<void*> regions_;
    char* region_next_ = nullptr;
    size_t region_left_ = 0;

    void pressure() {
        if (hook_) hook_(hook_ctx_);
    }
    void drain();
    void destroy(Object* o);

    // Calls f(o) for every object in the chunks, in address order (free blocks skipped);
    // f may free o.
    template <class F>
    void each_small(F&& f) {
        for (const Chunk& c : chunks_)
            for (char* p = c.base, *end = c.base + kChunk / c.block * c.block; p < end; p += c.block) {
                auto* o = reinterpret_cast<Object*>(p);
                if (o->gc_mark != kFreeMark) f(o);
            }
    }
    std::vector<Chunk> chunks_;      // every chunk of small objects, in carving order
    std::vector<Object*> large_;     // every object over kMaxSmall
    size_t bytes_ = 0;
    size_t oom_at_ = 0;
    size_t limit_ = size_t(4) << 30;
    size_t next_collect_ = size_t(16) << 20;
    HeapStats stats_;
    struct MarkStack;
    MarkStack* stack_ = nullptr;
    void (*hook_)(void*) = nullptr;
    void* hook_ctx_ = nullptr;
};

}  // namespace gs
