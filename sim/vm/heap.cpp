#include "sim/vm/heap.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#include "sim/vm/gen.hpp"
#include "sim/vm/interp.hpp"

namespace gs {

struct Heap::MarkStack {
    std::vector<Object*> items;
};

Heap::~Heap() {
    // Tear down what holds C++ resources or lives outside the chunks; the chunks
    // themselves are released wholesale below.
    each_small([this](Object* o) {
        switch (o->kind) {
            case Kind::Type: case Kind::List: case Kind::Dict: case Kind::Set: case Kind::Code:
            case Kind::Instance: case Kind::Exception: case Kind::Opaque: destroy(o); break;
            default: break;
        }
    });
    for (Object* o : large_) destroy(o);
    for (void* r : regions_) std::free(r);
    delete stack_;
}

Heap::FreeBlock* Heap::refill(size_t cls) {
    constexpr size_t kRegion = 2 * 1024 * 1024;
    size_t block = (cls + 1) * kGranule;
    if (region_left_ < kChunk) {
        void* r = std::aligned_alloc(kRegion, kRegion);
        if (!r) throw std::bad_alloc();
        madvise(r, kRegion, MADV_HUGEPAGE);  // a hint: fine if the kernel says no
        regions_.push_back(r);
        region_next_ = static_cast<char*>(r);
        region_left_ = kRegion;
    }
    char* chunk = region_next_;
    region_next_ += kChunk;
    region_left_ -= kChunk;
    chunks_.push_back({chunk, uint32_t(block)});
    FreeBlock* head = nullptr;
    for (size_t off = (kChunk / block - 1) * block;; off -= block) {
        auto* b = reinterpret_cast<FreeBlock*>(chunk + off);
        b->next = head;
        b->mark = kFreeMark;
        head = b;
        if (off == 0) break;
    }
    return head;
}

void Heap::mark(Object* o) {
    if (!o || o->gc_mark) return;
    o->gc_mark = 1;
    // Leaves (a string without a shared buffer, bytes, a range, a string buffer) refer
    // to nothing but their type: marked here, they cost no push and pop of the mark
    // stack, and a string-heavy heap is mostly leaves.
    switch (o->kind) {
        case Kind::Str:
            if (static_cast<Str*>(o)->owner()) break;
            [[fallthrough]];
        case Kind::Bytes:
        case Kind::Range:
        case Kind::StrBuffer:
            mark(o->type);
            return;
        default: break;
    }
    stack_->items.push_back(o);
}

void Heap::mark_value(Value v) {
    if (v.tag == Tag::Obj) mark(v.o);
}

namespace {

void visit_value(Value v, void* heap) { static_cast<Heap*>(heap)->mark_value(v); }

}  // namespace

// Pops objects off the mark stack and marks what they reference, until it is empty.
// Iterative so that deep structures (long linked lists) cannot overflow the C stack.
void Heap::drain() {
    auto& st = stack_->items;
    while (!st.empty()) {
        Object* o = st.back();
        st.pop_back();
        mark(o->type);
        switch (o->kind) {
            case Kind::Type: {
                auto* t = static_cast<Type*>(o);
                mark(t->name);
                mark(t->module);
                mark(t->base);
                mark(t->dict);
                mark(t->slot_names);
                for (Type* s : t->subclasses) mark(s);
                mark_value(t->init_cache);
                break;
            }
            case Kind::Str: mark(static_cast<Str*>(o)->owner()); break;
            case Kind::Tuple: {
                auto* t = static_cast<Tuple*>(o);
                for (uint32_t i = 0; i < t->n; i++) mark_value(t->items()[i]);
                break;
            }
            case Kind::List:
                for (Value v : static_cast<List*>(o)->items) mark_value(v);
                break;
            case Kind::Dict:
                for (auto& e : static_cast<Dict*>(o)->entries) {
                    mark_value(e.key);
                    mark_value(e.value);
                }
                break;
            case Kind::Set:
                for (auto& e : static_cast<Set*>(o)->table) mark_value(e.key);
                break;
            case Kind::Code: {
                auto* c = static_cast<Code*>(o);
                mark(c->name);
                mark(c->qualname);
                for (Str* s : c->varnames) mark(s);
                for (Str* s : c->cellvars) mark(s);
                for (Str* s : c->freevars) mark(s);
                for (Str* s : c->names) mark(s);
                for (Value v : c->consts) mark_value(v);
                for (auto& ic : c->caches) {
                    mark(ic.name);
                    mark(ic.type);
                    mark_value(ic.value);
                }
                break;
            }
            case Kind::Function: {
                auto* f = static_cast<Function*>(o);
                mark(f->code);
                mark(f->globals);
                mark(f->defaults);
                mark(f->kwdefaults);
                mark(f->closure);
                mark(f->name);
                mark(f->qualname);
                mark(f->attrs);
                break;
            }
            case Kind::Cell: mark_value(static_cast<Cell*>(o)->value); break;
            case Kind::BoundMethod: {
                auto* m = static_cast<BoundMethod*>(o);
                mark_value(m->func);
                mark_value(m->self);
                break;
            }
            case Kind::Native: {
                auto* n = static_cast<Native*>(o);
                mark(n->name);
                mark(n->owner);
                mark_value(n->self);
                mark_value(n->data);
                break;
            }
            case Kind::Module: {
                auto* m = static_cast<Module*>(o);
                mark(m->name);
                mark(m->dict);
                break;
            }
            case Kind::Exception: {
                auto* e = static_cast<ExceptionObj*>(o);
                mark(e->args);
                for (auto& tb : e->tb) mark(tb.code);
                mark_value(e->cause);
                mark_value(e->context);
                mark_value(e->notes);
                mark_value(e->value);
                mark_value(e->name);
                mark_value(e->obj);
                [[fallthrough]];
            }
            case Kind::Instance:
                for (Value v : static_cast<Instance*>(o)->slots) mark_value(v);
                break;
            case Kind::Slice: {
                auto* s = static_cast<Slice*>(o);
                mark_value(s->start);
                mark_value(s->stop);
                mark_value(s->step);
                break;
            }
            case Kind::Iter: {
                auto* it = static_cast<Iter*>(o);
                mark_value(it->src);
                mark_value(it->a);
                mark_value(it->b);
                break;
            }
            case Kind::DictView: mark(static_cast<DictView*>(o)->dict); break;
            case Kind::Property:
            case Kind::StaticMethod:
            case Kind::ClassMethod: {
                auto* w = static_cast<Wrapper*>(o);
                mark_value(w->func);
                mark_value(w->fset);
                mark_value(w->fdel);
                break;
            }
            case Kind::Super: {
                auto* s = static_cast<Super*>(o);
                mark(s->start);
                mark_value(s->self);
                break;
            }
            case Kind::Opaque: {
                auto* op = static_cast<Opaque*>(o);
                if (op->data) op->data->trace(visit_value, this);
                break;
            }
            case Kind::Traceback: mark_value(static_cast<TracebackObj*>(o)->exc); break;
            case Kind::Generator: mark_generator(*this, static_cast<Generator*>(o)); break;
            case Kind::Bytes:
            case Kind::Range:
            case Kind::StrBuffer: break;
        }
    }
}

void Heap::destroy(Object* o) {
    size_t size = o->gc_size;  // read before the destructor ends the object's lifetime
    switch (o->kind) {
        case Kind::Type: static_cast<Type*>(o)->~Type(); break;
        case Kind::List: static_cast<List*>(o)->~List(); break;
        case Kind::Dict: static_cast<Dict*>(o)->~Dict(); break;
        case Kind::Set: static_cast<Set*>(o)->~Set(); break;
        case Kind::Code: static_cast<Code*>(o)->~Code(); break;
        case Kind::Instance: static_cast<Instance*>(o)->~Instance(); break;
        case Kind::Exception: static_cast<ExceptionObj*>(o)->~ExceptionObj(); break;
        case Kind::Opaque: static_cast<Opaque*>(o)->~Opaque(); break;
        default: o->~Object(); break;  // the remaining layouts hold no C++ resources
    }
    if (size <= kMaxSmall) free_small(o, size);
    else ::operator delete(o);
}

// The size an object really occupies, including what its containers grew to.
static size_t live_size(Object* o) {
    size_t n = o->gc_size;
    switch (o->kind) {
        case Kind::List: n += static_cast<List*>(o)->items.capacity() * sizeof(Value); break;
        case Kind::Dict: {
            auto* d = static_cast<Dict*>(o);
            n += d->entries.capacity() * sizeof(DictEntry) + d->index.capacity() * 4;
            break;
        }
        case Kind::Set: n += static_cast<Set*>(o)->table.capacity() * sizeof(SetEntry); break;
        case Kind::Instance:
        case Kind::Exception:
            n += static_cast<Instance*>(o)->slots.capacity() * sizeof(Value);
            break;
        default: break;
    }
    return n;
}

void Heap::collect(Interp& in) {
    if (!stack_) stack_ = new MarkStack;
    in.mark_roots();
    drain();
    size_t live = 0, count = 0;
    // Sweep the chunks block by block, in address order (the memory is read once, in
    // sequence, rather than chasing a list across it), then the large objects.
    each_small([&](Object* o) {
        if (o->gc_mark || o->immortal) {
            o->gc_mark = 0;
            live += live_size(o);
            count++;
        } else {
            destroy(o);
        }
    });
    size_t kept = 0;
    for (Object* o : large_) {
        if (o->gc_mark || o->immortal) {
            o->gc_mark = 0;
            live += live_size(o);
            count++;
            large_[kept++] = o;
        } else {
            destroy(o);
        }
    }
    large_.resize(kept);
    bytes_ = live;
    stats_.collections++;
    stats_.live_bytes = live;
    stats_.objects = count;
    if (live > stats_.peak_bytes) stats_.peak_bytes = live;
    // Collect again after allocating twice as much as survived (at least 16 MB), so the
    // cost of collection stays proportional to allocation, a small share of it. Near the limit, collect sooner,
    // so that garbage is not what crosses it; but never in steps so small that the
    // collector runs at every safe point.
    size_t grow = std::max(live, size_t(16) << 20);
    size_t floor = std::max(limit_ / 16, size_t(1) << 20);
    if (live < limit_) grow = std::min(grow, std::max((limit_ - live) / 2, floor));
    else grow = floor;
    next_collect_ = live + grow;
}

}  // namespace gs
